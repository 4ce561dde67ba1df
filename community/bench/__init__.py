"""Benchmark: pages of a thread with 1,000 replies and a group with many threads (PostgreSQL)."""

import os
import statistics
import time

SIZE = int(os.environ.get("COMMUNITY_BENCH_REPLIES", "1000"))
RUNS = int(os.environ.get("COMMUNITY_BENCH_RUNS", "30"))


def _data():
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from community.discussions.models import Group, Membership, Post, Thread

    User = get_user_model()
    user, _ = User.objects.get_or_create(
        username="bench-member", defaults={"email": "bench@example.org"}
    )
    from allauth.account.models import EmailAddress

    EmailAddress.objects.get_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    group, _ = Group.objects.get_or_create(slug="bench-group", defaults={"name": "Bench group"})
    Membership.objects.get_or_create(group=group, user=user)
    thread, created = Thread.objects.get_or_create(
        group=group, title="Bench thread", defaults={"author": user}
    )
    have = thread.posts.count()
    if have < SIZE + 1:
        now = timezone.now()
        Post.objects.bulk_create(
            Post(
                thread=thread,
                author=user,
                source=f"Reply {n}",
                html=f"<p>Reply {n}</p>",
                created_at=now,
            )
            for n in range(have, SIZE + 1)
        )
        Thread.objects.filter(pk=thread.pk).update(reply_count=SIZE)
    if group.threads.count() < 300:
        Thread.objects.bulk_create(
            Thread(group=group, title=f"Filler {n}", author=user) for n in range(300)
        )
    return user, group, thread


def _time(client, url):
    samples = []
    for _ in range(RUNS):
        started = time.perf_counter()
        response = client.get(url)
        samples.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, url
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def run():
    from django.test import Client

    user, group, thread = _data()
    client = Client()
    client.force_login(user)
    last = SIZE // 25 + 1
    rows = []
    for label, url in [
        ("thread, first page", f"{thread.get_absolute_url()}?page=1"),
        ("thread, last page", f"{thread.get_absolute_url()}?page={last}"),
        ("group, 300 threads", group.get_absolute_url()),
        ("groups list", "/en/community/groups/"),
    ]:
        client.get(url)
        p50, p95 = _time(client, url)
        rows.append(f"| {label} | {p50:.1f} | {p95:.1f} |")
    return "\n".join(
        [
            "## Community",
            "",
            f"Thread with {SIZE} replies, {RUNS} requests each (Django test client, logged-in member); query counts are guarded in tests (at most 18 per thread page, whatever the page).",
            "",
            "| page | p50 ms | p95 ms |",
            "|---|---|---|",
            *rows,
            "",
        ]
    )
