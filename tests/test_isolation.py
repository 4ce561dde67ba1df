"""The suite touches only what it was given: its own Redis keys, never a whole database."""

import pytest
from django.conf import settings
from django.core.cache import cache

from conftest import clear_own_cache

needs_redis = pytest.mark.skipif(not settings.REDIS_URL, reason="needs Redis: set REDIS_URL")


@needs_redis
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


@needs_redis
def test_each_test_process_writes_under_its_own_prefix():
    assert cache.key_prefix.startswith("rrhub-test-")
    assert cache.make_key("x").startswith(f"{cache.key_prefix}:")


@pytest.mark.browser
def test_a_context_a_test_opens_itself_still_records_requests_leaving_the_host(browser):
    from conftest import EXTERNAL_REQUESTS

    context = browser.new_context(java_script_enabled=False)
    context.route("**/*", lambda route: route.abort())
    try:
        page = context.new_page()
        page.set_content('<img src="http://203.0.113.7/pixel.png" alt="">')
        page.wait_for_timeout(200)
        assert EXTERNAL_REQUESTS == ["http://203.0.113.7/pixel.png"]
    finally:
        EXTERNAL_REQUESTS.clear()  # recorded as it should be; do not fail this test for it
        context.close()
