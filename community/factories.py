"""Test data factories of the community app."""

import factory

from .discussions.markdown import render_markdown
from .discussions.models import Group, Membership, Post, Thread


class GroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Group

    name = factory.Sequence(lambda n: f"Group {n}")
    slug = factory.Sequence(lambda n: f"group-{n}")
    description = "A group for testing."
    access = Group.Access.OPEN


class ThreadFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Thread

    group = factory.SubFactory(GroupFactory)
    title = factory.Sequence(lambda n: f"Thread {n}")


class PostFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Post

    thread = factory.SubFactory(ThreadFactory)
    source = "Some **text**."
    html = factory.LazyAttribute(lambda o: render_markdown(o.source))


def add_member(group, user, *, moderator=False, status=Membership.Status.ACTIVE):
    return Membership.objects.update_or_create(
        group=group, user=user, defaults={"is_moderator": moderator, "status": status}
    )[0]
