"""How the community plugs into the portal: search, home page, dashboard, demo content."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .models import Group, Membership, Notification, Post, Thread


def public_threads():
    """Threads anyone may read: never in private groups, opening post visible."""
    return (
        Thread.objects.exclude(group__access=Group.Access.PRIVATE)
        .filter(posts__status=Post.Status.VISIBLE)
        .distinct()
        .select_related("group")
    )


def search_queryset(request):
    return public_threads()


def search_document(thread):
    posts = thread.posts.filter(status=Post.Status.VISIBLE).values_list("source", flat=True)
    text = "\n\n".join(posts)
    return {
        "title": thread.title,
        "text": text,
        "summary": text[:300],
        "url": thread.get_absolute_url(),
        "date": thread.last_activity_at.date(),
        "language": "en",
        "facets": {"group": [thread.group.name]},
    }


def home_discussions(request, limit):
    for thread in public_threads().order_by("-last_activity_at")[:limit]:
        yield {
            "url": thread.get_absolute_url(),
            "title": thread.title,
            "meta": thread.group.name,
            "summary": "",
        }


def dashboard_context(request):
    user = request.user
    return {
        "groups": Group.objects.filter(
            memberships__user=user, memberships__status=Membership.Status.ACTIVE
        ),
        "unread": Notification.objects.filter(user=user, read=False).count(),
    }


def register():
    from portal.core.registry import (
        DashboardPanel,
        DemoLoader,
        HomeSection,
        SearchType,
        register_dashboard_panel,
        register_demo_loader,
        register_home_section,
        register_search_type,
    )

    from .demo import load_demo

    register_search_type(
        SearchType(
            key="discussions",
            label=_("Discussions"),
            model="community.Thread",
            public_queryset=search_queryset,
            document=search_document,
            facets=(("group", _("Group")),),
            order=40,
        )
    )
    register_home_section(
        HomeSection(
            key="discussions",
            label=_("Recent discussions"),
            provider=home_discussions,
            more_url=lambda request: reverse("community:groups"),
        )
    )
    register_dashboard_panel(
        DashboardPanel(
            key="community",
            title=_("Community"),
            template="community/dashboard_panel.html",
            context=dashboard_context,
            order=30,
        )
    )
    register_demo_loader(DemoLoader("community", load_demo, order=60))
