"""How the community plugs into the portal: search, home page, dashboard, demo content, and
the app's signal connections (admin-login limiter, search index, notifications, search
alerts) and the member's personal data."""

from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from portal.core.registry import (
    DashboardPanel,
    DemoLoader,
    HomeSection,
    PersonalData,
    SearchType,
    register_dashboard_panel,
    register_demo_loader,
    register_home_section,
    register_personal_data,
    register_search_type,
)
from portal.core.signals import content_changed

from . import landing, personal_data
from .accounts import limiter
from .alerts import services as alerts
from .alerts import views as alert_views
from .discussions import public
from .discussions.access import member_groups
from .discussions.models import Group, Post, attach_texts
from .discussions.services import post_published
from .notifications import services as notifications


def dashboard_context(request):
    """The member's groups and unread notifications, for the dashboard panel."""
    return {
        "groups": attach_texts(member_groups(request.user)),
        "unread": notifications.unread_count(request.user),
    }


def register():
    register_work_queues()
    register_search_type(
        SearchType(
            key="discussions",
            label=_("Discussions"),
            model="community.Thread",
            public_queryset=public.search_queryset,
            document=public.search_document,
            facets=(("group", _("Group")),),
            order=40,
        )
    )
    register_home_section(
        HomeSection(
            key="discussions",
            label=_("Recent discussions"),
            provider=public.home_discussions,
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
    register_dashboard_panel(
        DashboardPanel(
            key="saved_searches",
            title=_("Saved searches"),
            template="community/alerts/dashboard_panel.html",
            context=alert_views.dashboard_context,
            order=35,
        )
    )
    register_demo_loader(DemoLoader("community", "community.demo.load", order=60))
    register_personal_data(
        PersonalData(
            key="community", export=personal_data.export, erase=personal_data.erase, order=10
        )
    )

    uid = "community.registrations"
    user_login_failed.connect(limiter.login_failed, dispatch_uid=f"{uid}.login_failed")
    user_logged_in.connect(limiter.logged_in, dispatch_uid=f"{uid}.logged_in")
    post_save.connect(public.post_saved, sender=Post, dispatch_uid=f"{uid}.post_saved")
    post_save.connect(public.group_saved, sender=Group, dispatch_uid=f"{uid}.group_saved")
    post_published.connect(notifications.post_published, dispatch_uid=f"{uid}.post_published")
    page_published.connect(alerts.content_changed, dispatch_uid=f"{uid}.alerts_published")
    content_changed.connect(alerts.content_changed, dispatch_uid=f"{uid}.alerts_changed")
    # The landing page's title and address, cached for the breadcrumbs of community views.
    landing_page = landing.CommunityIndexPage
    page_published.connect(landing.invalidate, sender=landing_page, dispatch_uid=f"{uid}.lp_pub")
    page_unpublished.connect(landing.invalidate, dispatch_uid=f"{uid}.lp_unpub")
    post_delete.connect(landing.invalidate, sender=landing_page, dispatch_uid=f"{uid}.lp_del")
    page_slug_changed.connect(landing.invalidate, dispatch_uid=f"{uid}.lp_slug")
    post_page_move.connect(landing.invalidate, dispatch_uid=f"{uid}.lp_move")


def register_work_queues():
    """What waits for moderators on the admin's home page: flags, held posts, join requests."""
    from portal.core.registry import WorkQueue, register_work_queue

    from .discussions.models import Membership
    from .moderation import services as moderation

    def join_requests(user):
        pending = Membership.objects.filter(status=Membership.Status.PENDING)
        if not moderation.is_site_moderator(user):
            pending = pending.filter(
                group__memberships__user=user,
                group__memberships__is_moderator=True,
                group__memberships__status=Membership.Status.ACTIVE,
            )
        return pending.count()

    register_work_queue(
        WorkQueue(
            key="flags",
            label=_("Flagged posts to review"),
            count=lambda user: moderation.moderation_queue(user)[0].count(),
            url=lambda: reverse("community:moderation"),
            permission=moderation.moderates_anything,
            order=20,
        )
    )
    register_work_queue(
        WorkQueue(
            key="held_posts",
            label=_("Posts held for approval"),
            count=lambda user: moderation.moderation_queue(user)[1].count(),
            url=lambda: reverse("community:moderation"),
            permission=moderation.moderates_anything,
            order=21,
        )
    )
    register_work_queue(
        WorkQueue(
            key="join_requests",
            label=_("Requests to join a group"),
            count=join_requests,
            url=lambda: reverse("community:groups"),
            permission=moderation.moderates_anything,
            order=22,
        )
    )
