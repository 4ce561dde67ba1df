"""Versioned cache namespaces: cached entries of a namespace all go stale at once on a bump.

Keys embed the namespace's current version, so invalidating is one ``incr`` instead of a
search for keys to delete; stale entries simply expire.
"""

from django.core.cache import cache
from django.db import transaction


def _version_key(namespace):
    return f"{namespace}:version"


def version(namespace):
    """The namespace's current version (1 when nothing was cached yet)."""
    return cache.get_or_set(_version_key(namespace), 1, None)


def version_keys(namespaces):
    """``{cache key: namespace}`` of the keys holding the namespaces' versions, to read them
    in one ``get_many`` with other keys (a missing key: nothing cached yet, or evicted; the
    next bump stores one, so a snapshot holding None still goes stale)."""
    return {_version_key(ns): ns for ns in namespaces}


def versioned_key(namespace, *parts):
    """A cache key of ``namespace`` that stops matching after the next :func:`bump`."""
    return ":".join([namespace, str(version(namespace)), *map(str, parts)])


def bump(namespace):
    """Make every entry of ``namespace`` stale, now and again when the transaction commits
    (a reader that cached the old state while the change was committing is caught too)."""
    _incr(namespace)
    transaction.on_commit(lambda: _incr(namespace))


def _incr(namespace):
    try:
        cache.incr(_version_key(namespace))
    except ValueError:  # the key expired or was evicted: start a new version
        cache.set(_version_key(namespace), 2, None)
