"""A thread with 1,000 replies: any page costs the same few queries."""

import pytest
from django.utils import timezone

from community.models import Post

pytestmark = pytest.mark.django_db


def test_thousand_reply_thread_pages_use_constant_queries(
    thread, member, member_client, django_assert_max_num_queries
):
    now = timezone.now()
    Post.objects.bulk_create(
        Post(thread=thread, author=member, source=f"r{n}", html=f"<p>r{n}</p>", created_at=now)
        for n in range(1000)
    )
    thread.reply_count = 1000
    thread.save()
    # A first visit does what happens once: the member's profile is created, and the process
    # looks up the default locale (portal.core.i18n, cached). Then every page costs the same.
    member_client.get(thread.get_absolute_url())
    for page in (1, 20, 41):
        with django_assert_max_num_queries(14):
            response = member_client.get(f"{thread.get_absolute_url()}?page={page}")
        assert response.status_code == 200
    assert "r999" in member_client.get(f"{thread.get_absolute_url()}?page=41").content.decode()
