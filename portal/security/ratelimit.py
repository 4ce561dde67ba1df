"""Fixed-window counters in the cache (Redis in production), shared by the apps' rate limits."""

from django.core.cache import cache


def hit(key, window):
    """Count one event under ``key``; the count resets ``window`` seconds after the first."""
    cache.add(key, 0, window)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)
        return 1


def count(key):
    """Events counted under ``key`` in the current window."""
    return cache.get(key) or 0
