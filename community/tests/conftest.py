import pytest

from community.factories import GroupFactory, PostFactory, ThreadFactory, add_member
from community.models import Group
from conftest import make_user


@pytest.fixture
def groups(db, member):
    """An open, a by-request and a private group; ``member`` belongs to the open one."""
    open_group = GroupFactory(name="Open circle", slug="open-circle")
    request_group = GroupFactory(
        name="Request circle", slug="request-circle", access=Group.Access.REQUEST
    )
    private_group = GroupFactory(
        name="Secret circle", slug="secret-circle", access=Group.Access.PRIVATE
    )
    add_member(open_group, member)
    return {"open": open_group, "request": request_group, "private": private_group}


@pytest.fixture
def group_moderator(db, groups):
    user = make_user("groupmod@example.org")
    for group in groups.values():
        add_member(group, user, moderator=True)
    return user


@pytest.fixture
def thread(groups, member):
    thread = ThreadFactory(group=groups["open"], title="Open thread", author=member)
    PostFactory(thread=thread, author=member, source="Opening words")
    return thread


@pytest.fixture
def private_thread(groups, group_moderator):
    thread = ThreadFactory(group=groups["private"], title="Secret plans", author=group_moderator)
    PostFactory(thread=thread, author=group_moderator, source="Secret words")
    return thread
