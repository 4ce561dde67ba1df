"""The cache backend: Redis, failing open to a per-process memory cache while Redis is down.

When a Redis call fails (refused, timed out, reset), the process marks Redis down, logs one
warning and serves every cache call from a local ``LocMemCache``: pages keep working and rate
limits keep counting (per process). Redis is tried again every ``RETRY_SECONDS``; when it
answers, the keys written while it was down are invalidated there (``incr`` replayed for
counters and versions, ``delete`` for the rest), the local cache is emptied and one line is
logged. Short socket timeouts make a dead Redis cost milliseconds.
"""

import logging
import threading
import time

from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger("portal.cache")

RETRY_SECONDS = 5  # how long a process serves locally before trying Redis again
LOG_EVERY_SECONDS = 60  # at most one "unreachable" warning a minute per process
PENDING_MAX = 10_000  # keys remembered for invalidation when Redis returns
FAILURES = (RedisError, OSError)


class _State:
    """Whether Redis is reachable, shared by the threads of a process (one per location)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.down_until = 0.0  # time.monotonic() until which calls go to the local cache
        self.last_warning = -LOG_EVERY_SECONDS
        self.pending = {}  # key -> "incr" | "delete", replayed on Redis when it returns
        self.lost = 0  # keys not remembered because PENDING_MAX was reached


_states = {}
_states_lock = threading.Lock()


def _fail_open(name, replay=None):
    """A cache method that calls Redis, or the local cache while Redis is unreachable."""
    redis_method = getattr(RedisCache, name)

    def method(self, *args, **kwargs):
        if self._redis_available():
            try:
                return redis_method(self, *args, **kwargs)
            except FAILURES as exc:
                self._mark_down(exc)
        if replay:
            self._remember(replay, args[0] if args else kwargs.get("key", kwargs.get("data")))
        return getattr(self.local, name)(*args, **kwargs)

    method.__name__ = name
    method.__doc__ = redis_method.__doc__
    return method


class FailOpenRedisCache(RedisCache):
    """Django's Redis cache that never raises on a Redis outage (see the module docstring)."""

    def __init__(self, server, params):
        options = dict(params.get("OPTIONS") or {})
        options.setdefault("socket_connect_timeout", 0.25)
        options.setdefault("socket_timeout", 0.5)
        super().__init__(server, {**params, "OPTIONS": options})
        location = server if isinstance(server, str) else ",".join(server)
        with _states_lock:
            self._state = _states.setdefault(location, _State())
        self.local = LocMemCache(
            f"fail-open:{location}",
            {"TIMEOUT": params.get("TIMEOUT", 300), "OPTIONS": {"MAX_ENTRIES": 5000}},
        )

    # --- every public operation of Django's cache API goes through _fail_open -------------
    add = _fail_open("add")  # adds invalidate nothing
    get = _fail_open("get")
    set = _fail_open("set", "delete")
    touch = _fail_open("touch")
    delete = _fail_open("delete", "delete")
    get_many = _fail_open("get_many")
    has_key = _fail_open("has_key")
    incr = _fail_open("incr", "incr")
    set_many = _fail_open("set_many", "delete")
    delete_many = _fail_open("delete_many", "delete")
    clear = _fail_open("clear")

    def ping(self):
        """Ask Redis directly (no fallback); raises the client's error when it is unreachable."""
        return self._cache.get_client(write=True).ping()

    @property
    def is_down(self):
        """True while this process serves the cache locally."""
        return self._state.down_until > 0

    # --- state ----------------------------------------------------------------------------
    def _redis_available(self):
        state = self._state
        if not state.down_until:
            return True
        if time.monotonic() < state.down_until or not state.lock.acquire(blocking=False):
            return False
        try:  # one thread probes Redis; the others stay local meanwhile
            self.ping()
            self._replay()
        except FAILURES:
            state.down_until = time.monotonic() + RETRY_SECONDS
            return False
        finally:
            state.lock.release()
        self.local.clear()
        logger.warning("cache: Redis is reachable again; local fallback emptied")
        state.down_until = 0.0
        return True

    def _mark_down(self, exc):
        state = self._state
        with state.lock:
            now = time.monotonic()
            state.down_until = now + RETRY_SECONDS
            if now - state.last_warning >= LOG_EVERY_SECONDS:
                state.last_warning = now
                logger.warning(
                    "cache: Redis unreachable (%s: %s); serving from a local in-process cache "
                    "and retrying every %ss",
                    type(exc).__name__,
                    exc,
                    RETRY_SECONDS,
                )

    def _remember(self, op, keys):
        if keys is None:
            return
        keys = [keys] if isinstance(keys, str) else list(keys)
        pending = self._state.pending
        for key in keys:
            if key in pending or len(pending) < PENDING_MAX:
                if pending.get(key) != "incr":  # a replayed incr also invalidates
                    pending[key] = op
            else:
                self._state.lost += 1

    def _replay(self):
        """Invalidate on Redis what was written locally during the outage (caller holds lock)."""
        state = self._state
        for key, op in list(state.pending.items()):
            if op == "incr":
                try:
                    RedisCache.incr(self, key)
                except ValueError:  # not in Redis: nothing stale to outdate
                    pass
            else:
                RedisCache.delete(self, key)
            del state.pending[key]
        if state.lost:
            logger.warning(
                "cache: %s keys written during the Redis outage could not be invalidated",
                state.lost,
            )
            state.lost = 0
