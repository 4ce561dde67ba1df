"""Query counts of a group's page and a thread do not grow with threads and replies."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from community.discussions.models import Thread
from community.factories import PostFactory, ThreadFactory

pytestmark = pytest.mark.django_db


def queries(client, url):
    """The queries of a second request to ``url`` (the first warms per-process caches)."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200, url
    return len(ctx)


def test_group_and_thread_queries_constant(demo_site, client):
    thread = Thread.objects.filter(group__access="open").order_by("pk").first()
    urls = [thread.group.get_absolute_url(), thread.get_absolute_url(), "/en/community/groups/"]
    anonymous = [queries(client, url) for url in urls]
    member = get_user_model().objects.get(username="amina.demo")
    client.force_login(member)
    signed_in = [queries(client, url) for url in urls]
    # Signed in, the group page counts its members too (17).
    assert max(anonymous) <= 6 and max(signed_in) <= 17, (anonymous, signed_in)
    for n in range(8):
        extra = ThreadFactory(group=thread.group, author=member, title=f"Extra thread {n}")
        PostFactory(thread=extra, author=member, source=f"First post {n}")
        PostFactory(thread=thread, author=member, source=f"Reply {n}")
    assert [queries(client, url) for url in urls] == signed_in
    client.logout()
    assert [queries(client, url) for url in urls] == anonymous
