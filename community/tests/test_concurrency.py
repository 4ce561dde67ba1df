"""20 clients reply to one thread at once on PostgreSQL: counts and last activity stay exact."""

import threading

import pytest
from django.db import connection, connections

from community.discussions import services as discussions
from community.factories import GroupFactory, PostFactory, ThreadFactory, add_member
from community.models import Post, Thread
from conftest import make_user

CLIENTS = 20


@pytest.mark.postgres(reason="SQLite serialises writers; this tests PostgreSQL's row locks")
@pytest.mark.django_db(transaction=True)
def test_twenty_concurrent_replies():
    group = GroupFactory()
    author = make_user("author@example.org")
    thread = ThreadFactory(group=group, author=author)
    PostFactory(thread=thread, author=author)
    users = [make_user(f"c{n}@example.org") for n in range(CLIENTS)]
    for user in users:
        add_member(group, user)
    barrier = threading.Barrier(CLIENTS)
    errors = []

    def worker(user):
        try:
            barrier.wait(timeout=30)
            discussions.reply(user, Thread.objects.get(pk=thread.pk), f"Reply from {user.username}")
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)
        finally:
            connections.close_all()

    workers = [threading.Thread(target=worker, args=(u,)) for u in users]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    assert errors == []
    assert connection.vendor == "postgresql"
    thread.refresh_from_db()
    replies = Post.objects.filter(thread=thread).exclude(author=author)
    assert replies.count() == CLIENTS
    assert sorted(replies.values_list("source", flat=True)) == sorted(
        f"Reply from {u.username}" for u in users
    )
    assert thread.reply_count == CLIENTS
    latest = Post.objects.filter(thread=thread).latest("created_at")
    assert thread.last_activity_at == latest.created_at
