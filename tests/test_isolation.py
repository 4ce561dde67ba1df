"""The suite touches only what it was given: its own Redis keys, never a whole database."""

import pytest
from django.conf import settings
from django.core.cache import cache

from conftest import clear_own_cache

pytestmark = pytest.mark.skipif(not settings.REDIS_URL, reason="needs Redis: set REDIS_URL")


def test_clearing_the_cache_leaves_other_keys_in_the_same_redis_database():
    redis = cache._cache.get_client(write=True)
    redis.set("someone-else:session", "keep")
    try:
        cache.set("ours", "drop")
        clear_own_cache(cache)
        assert cache.get("ours") is None
        assert redis.get("someone-else:session") == b"keep"
    finally:
        redis.delete("someone-else:session")


def test_each_test_process_writes_under_its_own_prefix():
    assert cache.key_prefix.startswith("rrhub-test-")
    assert cache.make_key("x").startswith(f"{cache.key_prefix}:")
