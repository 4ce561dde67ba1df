"""The Community landing page (``/<lang>/community/``): the groups with their member and thread
counts, the latest discussions of the groups anyone may read, the next webinars (through the
home section the learning app registered) and how to join. Editors write its introduction and
its "how to join" text; the rest is computed per visitor.

Community views outside the page tree (groups, threads, members) start their breadcrumbs
with this page: ``landing_link`` gives its title and address in the active language from the
cache (namespace ``community-landing``, bumped when such a page is published, unpublished,
moved or deleted)."""

from django.core.cache import cache
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page

from portal.core.cache import bump, versioned_key
from portal.core.i18n import active_language
from portal.core.registry import registry

from .discussions import access, public
from .discussions.models import Membership, Thread, attach_texts

CACHE_NAMESPACE = "community-landing"
LATEST_DISCUSSIONS = 6
UPCOMING_WEBINARS = 3


class CommunityIndexPage(Page):
    """The community's front door; groups and discussions live at ``community/groups/``."""

    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    join_text = RichTextField(
        _("how to join"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Shown beside the sign-up and sign-in buttons."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("join_text")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    template = "community/community_index_page.html"

    class Meta:
        verbose_name = _("community landing page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        user = request.user
        context["groups"] = groups_with_counts(user)
        context["discussions"] = latest_discussions()
        context.update(upcoming_webinars(request))
        if user.is_authenticated:
            statuses = dict(Membership.objects.filter(user=user).values_list("group_id", "status"))
            for group in context["groups"]:
                group.my_status = statuses.get(group.pk)
            context["my_groups"] = [g for g in context["groups"] if g.my_status == "active"]
        return context


def groups_with_counts(user):
    """The groups ``user`` may see, named in the active language, each with ``member_count``
    (active members) and ``thread_count``; in two queries."""

    def count(queryset):
        counted = queryset.values("group").annotate(n=Count("pk")).values("n")
        return Coalesce(Subquery(counted, output_field=IntegerField()), 0)

    members = Membership.objects.filter(group=OuterRef("pk"), status=Membership.Status.ACTIVE)
    threads = Thread.objects.filter(group=OuterRef("pk"))
    groups = access.visible_groups(user).annotate(
        member_count=count(members), thread_count=count(threads)
    )
    listed = attach_texts(list(groups))
    listed.sort(key=lambda g: g.texts.name.casefold())
    return listed


def latest_discussions(limit=LATEST_DISCUSSIONS):
    """The most recently active threads anyone may read, with their groups' names in the
    active language and their authors' profiles; in two queries."""
    threads = list(
        public.public_threads()
        .select_related("author__community_profile")
        .order_by("-last_activity_at")[:limit]
    )
    attach_texts([thread.group for thread in threads])
    return threads


def upcoming_webinars(request):
    """The next webinars as the home page shows them (the learning app's registered home
    section, never its models): ``webinars`` (card items) and ``webinars_url``."""
    section = registry.home_sections.get("webinars")
    if section is None:
        return {"webinars": [], "webinars_url": None}
    return {
        "webinars": list(section.provider(request, UPCOMING_WEBINARS)),
        "webinars_url": section.more_url(request) if section.more_url else None,
    }


def landing_link(request):
    """``{"title", "url"}`` of the live Community landing page in the active language (else
    the default language's), or None; cached, so a view's breadcrumbs cost no query."""
    language = active_language()
    key = versioned_key(CACHE_NAMESPACE, language)
    link = cache.get(key)
    if link is None:
        pages = CommunityIndexPage.objects.live().public().select_related("locale")
        page = pages.filter(locale__language_code=language).first() or (
            pages.filter(locale=Locale.get_default()).first()
        )
        link = {"title": page.title, "url": page.get_url(request)} if page else {}
        cache.set(key, link, 24 * 60 * 60)
    return link or None


def invalidate(**kwargs):
    """Signal receiver: a landing page (or a page above one) was published, unpublished,
    moved or deleted."""
    bump(CACHE_NAMESPACE)


def breadcrumbs(request, *trail):
    """The crumbs of a community view for ``includes/breadcrumbs.html``: the landing page,
    then ``trail``'s ``(title, url)`` or ``(title, url, attrs)`` items (``attrs``: the
    ``lang``/``dir`` of a title in another language); the last one is the current page."""
    crumbs = []
    link = landing_link(request)
    if link:
        crumbs.append({**link, "attrs": ""})
    for title, url, *attrs in trail:
        crumbs.append({"title": title, "url": url, "attrs": attrs[0] if attrs else ""})
    if crumbs:
        crumbs[-1]["url"] = None
    return crumbs
