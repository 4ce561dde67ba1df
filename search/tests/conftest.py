"""Fixtures of the search tests: a registered test type over ContentPage with known facets."""

import sys

import pytest
from wagtail.models import Page, Site

from portal.core.registry import SearchType, registry

# slug -> (title, summary, facets, live)
FIXTURE = {
    "fx-housing": (
        "Housing support after return",
        "Rent help for returnees in Dakar",
        {"theme": ["housing"], "region": ["west-africa"]},
        True,
    ),
    "fx-care": (
        "Psychosocial care for returnees",
        "Counselling and peer groups support families",
        {"theme": ["health"], "region": ["west-africa"]},
        True,
    ),
    "fx-grants": (
        "Business grants and training",
        "Small business start-up grants for returnees in Tunis",
        {"theme": ["livelihoods"], "region": ["north-africa"]},
        True,
    ),
    "fx-land": (
        "Housing and land rights",
        "Legal advice on property for returnees",
        {"theme": ["housing", "legal"], "region": ["north-africa"]},
        True,
    ),
    "fx-safety": (
        "Safety planning",
        "Use <script>alert(1)</script> carefully with returnees",
        {"theme": ["safety"], "region": ["global"]},
        True,
    ),
    "fx-draft": (
        "Housing secret draft",
        "Unpublished notes about returnees",
        {"theme": ["housing"], "region": ["global"]},
        False,
    ),
}


def _public(request):
    from portal.models import ContentPage

    return ContentPage.objects.live().public().filter(slug__startswith="fx-")


def _document(page):
    title, summary, facets, _live = FIXTURE[page.slug]
    return {
        "title": title,
        "text": "",
        "summary": summary,
        "url": page.url or f"/en/{page.slug}/",
        "date": None,
        "language": page.locale.language_code,
        "facets": facets,
    }


FIXTURE_TYPE = SearchType(
    key="fixture",
    label="Fixture pages",
    model="portal.ContentPage",
    public_queryset=_public,
    document=_document,
    facets=(("theme", "Theme"), ("region", "Region")),
    order=1,
)


@pytest.fixture
def fixture_type():
    registry.search_types["fixture"] = FIXTURE_TYPE
    yield FIXTURE_TYPE
    registry.search_types.pop("fixture", None)


@pytest.fixture
def fixture_pages(db, fixture_type):
    from portal.factories import ContentPageFactory

    site = Site.objects.filter(is_default_site=True).first()
    parent = site.root_page if site else Page.get_first_root_node()
    pages = {}
    for slug, (title, summary, _facets, live) in FIXTURE.items():
        pages[slug] = ContentPageFactory(
            parent=parent, title=title, slug=slug, summary=summary, live=live
        )
    return pages


@pytest.fixture
def indexed(fixture_pages):
    from search import services
    from search.engines.database import DatabaseEngine

    DatabaseEngine().rebuild(list(services.all_documents()))
    return fixture_pages


def pytest_terminal_summary(terminalreporter):
    """Say which engines answered the parity suite's queries (in this process)."""
    parity = sys.modules.get("search.tests.test_parity")
    if parity is not None and parity.ANSWERED:
        said = ", ".join(f"{n} by {name}" for name, n in sorted(parity.ANSWERED.items()))
        terminalreporter.write_line(
            f"parity: every query answered by the engine under test ({said})"
        )
