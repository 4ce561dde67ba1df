"""The one rate-limit counter: fixed windows in the cache (Redis when REDIS_URL is set)."""

import time

from portal.security import ratelimit


def test_hits_count_from_one_and_count_reads_them():
    assert ratelimit.count("test:rl:a") == 0
    assert [ratelimit.hit("test:rl:a", 60) for _ in range(3)] == [1, 2, 3]
    assert ratelimit.count("test:rl:a") == 3
    assert ratelimit.count("test:rl:other") == 0  # keys are counted apart


def test_the_window_starts_at_the_first_hit_and_is_not_extended():
    ratelimit.hit("test:rl:window", 2)
    time.sleep(0.5)
    assert ratelimit.hit("test:rl:window", 2) == 2  # a later hit does not restart the window
    time.sleep(2)
    assert ratelimit.count("test:rl:window") == 0
    assert ratelimit.hit("test:rl:window", 2) == 1


def test_a_key_that_expires_between_add_and_incr_counts_one():
    # A zero window expires the key at once, so the increment finds nothing: the race the
    # counter recovers from by starting again at one.
    assert ratelimit.hit("test:rl:gone", 0) == 1
    assert ratelimit.hit("test:rl:gone", 0) == 1
    assert ratelimit.count("test:rl:gone") == 0
