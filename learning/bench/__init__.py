"""Benchmarks of the learning app: listing, webinar page, calendar feed, registration."""

import os
import statistics
import time
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from learning.webinars.models import (
    Registration,
    RegistrationStatus,
    WebinarIndexPage,
    WebinarPage,
)
from learning.webinars.registration import register_member

N_WEBINARS = int(os.environ.get("BENCH_LEARNING_WEBINARS", "300"))
N_REGISTRATIONS = int(os.environ.get("BENCH_LEARNING_REGISTRATIONS", "20000"))
RUNS = int(os.environ.get("BENCH_LEARNING_RUNS", "30"))


def _data():
    # The demo loader walks the whole page tree; other benchmarks leave 100,000+ pages in the
    # bench database, so load it only when the webinar index is missing.
    if not WebinarIndexPage.objects.filter(locale__language_code="en").exists():
        call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    index = WebinarIndexPage.objects.get(locale__language_code="en")
    existing = WebinarPage.objects.child_of(index).count()
    now = timezone.now()
    for i in range(existing, N_WEBINARS):
        index.add_child(
            instance=WebinarPage(
                title=f"Bench webinar {i}",
                slug=f"bench-webinar-{i}",
                summary="A benchmark webinar.",
                start=now + timedelta(hours=i * 7 - N_WEBINARS * 3),
                organiser_time_zone="Europe/Brussels",
                capacity=100,
            )
        )
    webinar_ids = list(WebinarPage.objects.child_of(index).values_list("pk", flat=True))
    have = Registration.objects.count()
    if have < N_REGISTRATIONS:
        Registration.objects.bulk_create(
            [
                Registration(
                    webinar_id=webinar_ids[i % len(webinar_ids)],
                    name=f"Person {i}",
                    email=f"bench{i}@example.org",
                    status=RegistrationStatus.CONFIRMED if i % 3 else RegistrationStatus.WAITING,
                )
                for i in range(have, N_REGISTRATIONS)
            ],
            batch_size=2000,
        )
    return index


def _time(fn, runs=RUNS):
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def run():
    """The Learning section of docs/benchmarks.md: p50 and p95 of each operation."""
    settings.ALLOWED_HOSTS = ["*"]
    index = _data()
    client = Client()
    webinar = WebinarPage.objects.child_of(index).order_by("-start").first()
    rows = []
    for label, url in [
        ("Webinar listing (upcoming + past)", index.url),
        ("Listing filtered by language", index.url + "?language=fr"),
        ("Webinar page", webinar.url),
        ("Calendar feed (.ics)", "/learning/webinars/feed.ics"),
        ("Single webinar .ics", f"/learning/webinars/{webinar.pk}.ics"),
    ]:
        assert client.get(url).status_code == 200, url
        p50, p95 = _time(lambda url=url: client.get(url))
        rows.append((label, p50, p95))

    User = get_user_model()
    users = [
        User.objects.get_or_create(
            username=f"bench-reg-{i}", defaults={"email": f"br{i}@example.org"}
        )[0]
        for i in range(RUNS)
    ]
    Registration.objects.filter(user__in=users).delete()
    it = iter(users)
    p50, p95 = _time(lambda: register_member(webinar, next(it)))
    rows.append(("Member registration (row lock + email task)", p50, p95))
    lines = [
        "## Learning",
        "",
        f"{N_WEBINARS} webinars, {N_REGISTRATIONS} registrations, {RUNS} runs each.",
        "",
        "| operation | p50 (ms) | p95 (ms) |",
        "| --- | ---: | ---: |",
    ]
    lines += [f"| {label} | {p50:.1f} | {p95:.1f} |" for label, p50, p95 in rows]
    return "\n".join(lines) + "\n"
