"""What the resources app plugs into the portal: site search, home section, dashboard panel,
demo content, and the signals that keep search data fresh and tell members the review's
decision. Receivers live with their domain (``services``, ``contributions``)."""

from django.db.models.signals import post_save
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.signals import (
    page_published,
    workflow_approved,
    workflow_rejected,
)

from portal.core.i18n import content_language
from portal.core.registry import (
    ApiRouter,
    DashboardPanel,
    DemoLoader,
    HomeSection,
    PersonalData,
    SearchType,
    TaggedContent,
    register_api_router,
    register_dashboard_panel,
    register_demo_loader,
    register_home_section,
    register_personal_data,
    register_search_type,
    register_tagged_content,
)

# "type" is the search page's own parameter (the content type), hence "resource_type".
SEARCH_FACETS = (
    ("resource_type", _("Type")),
    ("theme", _("Theme")),
    ("region", _("Region")),
    ("country", _("Country")),
    ("year", _("Year")),
    ("language", _("Language")),
    ("gcm", _("GCM objective")),
)


# Good practices' facets in the site search (their own listing shows the same ones).
PRACTICE_FACETS = (
    ("evidence", _("Evidence level")),
    ("gcm", _("GCM objective")),
    ("dimension", _("Reintegration dimension")),
    ("theme", _("Theme")),
    ("region", _("Region")),
    ("country", _("Country")),
)


def public_queryset(request):
    """Resources the site search may show: live and public."""
    from resources.models import ResourcePage

    return ResourcePage.objects.live().public()


def facet_codes(page, files):
    """The resource's facet values as codes, the ones the listing filters on (labelled for
    display by ``facet_labels``)."""
    from portal.models import region_for_country

    regions = {r.code for r in page.regions.all()}
    regions.update(filter(None, (region_for_country(c.code) for c in page.countries)))
    return {
        "resource_type": [page.resource_type],
        "theme": sorted({t.slug for t in page.themes.all()}),
        "region": sorted(regions),
        "country": sorted(c.code for c in page.countries),
        "year": [str(page.publication_year)] if page.publication_year else [],
        "language": sorted({f.language for f in files if f.language}),
        "publisher": [page.publisher[:200]] if page.publisher else [],
        "origin": ["iom" if page.is_iom else "external"],
        "gcm": sorted({str(o.number) for o in page.gcm_objectives.all()}, key=int),
    }


def facet_labels(name):
    """{code: label} of a facet's values in the active language (site search)."""
    from resources.services import facet_labels as labels

    return labels(LISTING_FACET.get(name, name))


# The listing's filter names for the site search's facet names.
LISTING_FACET = {"resource_type": "type"}


def search_document(page):
    """The site-search document of a resource: metadata plus the text of its files."""
    language = page.locale.language_code
    files = list(page.files.select_related("document"))
    file_text = "\n".join(f.document.extracted_text for f in files if f.document.extracted_text)
    facets = facet_codes(page, files)
    text = "\n".join(
        part for part in (page.summary, page.authors, page.publisher, file_text) if part
    )
    return {
        "title": page.title,
        "text": text,
        "summary": page.summary,
        "url": page.url or "",
        "date": page.shown_date,  # undated: last in date order, outside every year range
        "date_precision": page.date_precision,
        "language": content_language(page),  # an untranslated alias: its source's
        "locale": language,
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
    register_work_queues()
    from wagtail.models import WorkflowState

    from resources import contributions, personal_data, services
    from resources.models import ResourcePage
    from resources.oai import practices as oai_practices
    from resources.oai import resources as oai_records
    from resources.practices import services as practices

    register_search_type(
        SearchType(
            key="resources",
            label=_("Resources"),
            model="resources.ResourcePage",
            public_queryset=public_queryset,
            document=search_document,
            facets=SEARCH_FACETS,
            facet_labels=facet_labels,
            order=10,
        )
    )
    register_search_type(
        SearchType(
            key="practices",
            label=_("Good practices"),
            model="resources.GoodPracticePage",
            public_queryset=practices.public_queryset,
            document=practices.search_document,
            facets=PRACTICE_FACETS,
            facet_labels=practices.facet_labels,
            order=11,
        )
    )
    register_tagged_content(
        TaggedContent(
            key="practices",
            label=_("Good practices"),
            provider=practices.tagged_practices,
            order=10,
        )
    )
    register_tagged_content(
        TaggedContent(
            key="resources", label=_("Resources"), provider=practices.tagged_resources, order=11
        )
    )
    register_dashboard_panel(
        DashboardPanel(
            key="practice_submissions",
            title=_("My good practices"),
            template="resources/practices/dashboard_panel.html",
            context=practices.dashboard_context,
            order=21,
        )
    )
    register_demo_loader(
        DemoLoader(name="practices", path="resources.demo.practices.load", order=21)
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
    register_api_router(ApiRouter("resources", "resources.api.router", order=10))
    register_api_router(ApiRouter("good-practices", "resources.practices.api.router", order=11))
    register_personal_data(PersonalData("resources", personal_data.export, order=20))
    oai_records.register()  # OAI-PMH: the resources' record type and their tombstones
    oai_practices.register()  # and the good practices' (listed after the resources)

    page_published.connect(
        services.on_page_published, sender=ResourcePage, dispatch_uid="resources_pub"
    )
    post_save.connect(
        services.on_resource_saved, sender=ResourcePage, dispatch_uid="resources_alias"
    )
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


def register_work_queues():
    """Members' publications and good practices awaiting review, on the admin's home page."""
    from portal.core.registry import WorkQueue, register_work_queue
    from portal.core.review import pages_awaiting_review, review_url, reviews_pages

    register_work_queue(
        WorkQueue(
            key="resource_contributions",
            label=_("Publications and good practices awaiting review"),
            count=lambda user: pages_awaiting_review(
                user, "resources.ResourcePage", "resources.GoodPracticePage"
            ),
            url=review_url,
            permission=reviews_pages,
            order=10,
        )
    )
