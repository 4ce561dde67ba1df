"""What the resources app plugs into the portal: site search, home section, dashboard panel,
demo content, and the signals that keep search data fresh and tell members the review's
decision. Receivers live with their domain (``services``, ``contributions``)."""

import datetime

from django.db.models.signals import post_delete, post_save
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    workflow_approved,
    workflow_rejected,
)

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

# "type" is the search page's own parameter (the content type), hence "resource_type".
SEARCH_FACETS = (
    ("resource_type", _("Type")),
    ("theme", _("Theme")),
    ("region", _("Region")),
    ("country", _("Country")),
    ("year", _("Year")),
    ("language", _("Language")),
)


def public_queryset(request):
    """Resources the site search may show: live and public."""
    from resources.models import ResourcePage

    return ResourcePage.objects.live().public()


def _resource_date(page):
    if page.publication_date:
        return page.publication_date
    if page.publication_year:
        return datetime.date(page.publication_year, 1, 1)
    return page.first_published_at.date() if page.first_published_at else None


def search_document(page):
    """The site-search document of a resource: metadata plus the text of its files."""
    from portal.models import region_for_country
    from portal.taxonomy.data import CONTENT_LANGUAGES, REGIONS

    language = page.locale.language_code
    files = list(page.files.select_related("document"))
    file_text = page.file_text or "\n".join(
        f.document.extracted_text for f in files if f.document.extracted_text
    )
    region_codes = {r.code for r in page.regions.all()}
    region_codes.update(
        filter(None, (region_for_country(c.code) for c in page.countries)),
    )
    with translation.override(language):
        region_names = dict(REGIONS)
        language_names = dict(CONTENT_LANGUAGES)
        facets = {
            "resource_type": [str(page.get_resource_type_display())],
            "theme": [t.name for t in page.themes.all()],
            "region": sorted(str(region_names[c]) for c in region_codes if c in region_names),
            "country": sorted(str(c.name) for c in page.countries),
            "year": [str(page.publication_year)] if page.publication_year else [],
            "language": sorted(
                {str(language_names.get(f.language, f.language)) for f in files if f.language}
            ),
        }
    text = "\n".join(
        part for part in (page.summary, page.authors, page.publisher, file_text) if part
    )
    return {
        "title": page.title,
        "text": text,
        "summary": page.summary,
        "url": page.url or "",
        "date": _resource_date(page),
        "language": language,
        "facets": facets,
    }


def _language():
    return (translation.get_language() or "en").split("-")[0]


def latest_for_home(request, limit):
    """The newest live resources of the active language, for the home page."""
    from portal.core.i18n import content_language
    from resources.models import ResourcePage

    pages = ResourcePage.objects.live().public().filter(locale__language_code=_language())
    pages = pages.only(
        "title",
        "summary",
        "publication_year",
        "resource_type",
        "url_path",
        "path",
        "depth",
        "locale",
        "alias_of",
    )
    pages = pages.select_related("locale").order_by("-first_published_at", "-pk")[:limit]
    items = []
    for page in pages:
        meta = [str(page.get_resource_type_display()), str(page.year_display)]
        items.append(
            {
                "url": page.get_url(request),
                "title": page.title,
                "summary": page.summary,
                "meta": " · ".join(meta),
                "lang": content_language(page),  # an untranslated alias shows English
            }
        )
    return items


def resources_url(request):
    """The resource index of the active language ("See all" on the home page)."""
    from resources.models import ResourceIndexPage

    index = ResourceIndexPage.objects.live().filter(locale__language_code=_language()).first()
    return index.get_url(request) if index else None


def register():
    """Register the app's search type, home section, dashboard panel, demo loader and signals."""
    from wagtail.models import WorkflowState

    from resources import contributions, services
    from resources.models import ResourcePage

    register_search_type(
        SearchType(
            key="resources",
            label=_("Resources"),
            model="resources.ResourcePage",
            public_queryset=public_queryset,
            document=search_document,
            facets=SEARCH_FACETS,
            order=10,
        )
    )
    register_home_section(
        HomeSection(
            key="resources",
            label=_("Latest resources"),
            provider=latest_for_home,
            more_url=resources_url,
        )
    )
    register_dashboard_panel(
        DashboardPanel(
            key="resource_contributions",
            title=_("My contributed resources"),
            template="resources/dashboard_panel.html",
            context=contributions.dashboard_context,
            order=20,
        )
    )
    register_demo_loader(DemoLoader(name="resources", path="resources.demo.load", order=20))

    page_published.connect(
        services.on_page_published, sender=ResourcePage, dispatch_uid="resources_pub"
    )
    post_save.connect(
        services.on_resource_saved, sender=ResourcePage, dispatch_uid="resources_alias"
    )
    for signal, uid in (
        (page_unpublished, "resources_unpub"),
        (post_page_move, "resources_moved"),
        (post_delete, "resources_deleted"),
    ):
        signal.connect(services.on_resource_changed, sender=ResourcePage, dispatch_uid=uid)
    # Wagtail's own decision emails link to its admin: members get the app's email instead.
    workflow_approved.connect(
        contributions.on_workflow_approved,
        sender=WorkflowState,
        dispatch_uid="resources_contrib_approved",
    )
    workflow_rejected.connect(
        contributions.on_workflow_rejected,
        sender=WorkflowState,
        dispatch_uid="resources_contrib_rejected",
    )
