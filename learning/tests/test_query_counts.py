"""Query counts of the learning pages on the demo site stay the same with more content."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from learning import factories
from learning.courses.models import Enrolment, LessonPage, ModulePage
from learning.webinars.models import WebinarIndexPage, WebinarPage

pytestmark = pytest.mark.django_db


def queries(client, url):
    """The queries of a second request to ``url`` (the first warms per-process caches)."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx)


def test_learning_pages_query_counts_do_not_grow_with_content(demo_site, client):
    index = WebinarIndexPage.objects.get(locale__language_code="en")
    webinar = WebinarPage.objects.child_of(index).live().first()
    module = ModulePage.objects.filter(locale__language_code="en").first()
    lesson = LessonPage.objects.child_of(module).live().first()
    member = get_user_model().objects.get(username="amina.demo")
    client.force_login(member)
    Enrolment.objects.get_or_create(user=member, course=module.get_parent().specific)
    urls = {  # the lesson first: its visit shows on the course page ("continue") from then on
        "lesson": lesson.url,
        "webinar list": index.url,
        "webinar list by language": index.url + "?language=fr",
        "webinar": webinar.url,
        "course": module.get_parent().url,
    }
    before = {name: queries(client, url) for name, url in urls.items()}
    assert max(before.values()) <= 28, before  # signed in: 27, 25, 25, 23 and 21 now

    now = timezone.now()
    past = [  # 60 past webinars, more than the listing shows
        factories.WebinarPageFactory(parent=index, start=now - timedelta(days=days, hours=2))
        for days in range(1, 61)
    ]
    for days in range(1, 11):
        factories.WebinarPageFactory(parent=index, start=now + timedelta(days=days))
    for n in range(8):
        factories.LessonPageFactory(parent=module, title=f"Extra lesson {n}")

    after = {name: queries(client, url) for name, url in urls.items()}
    assert after == before
    listed = client.get(index.url).content.decode().split('id="past-heading"', 1)[1]
    assert f">{past[0].title}<" in listed and f">{past[48].title}<" in listed
    assert f">{past[-1].title}<" not in listed  # only the 50 most recent past webinars
