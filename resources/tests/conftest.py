import pytest

from portal.demo.site import ensure_home, ensure_locales
from portal.demo.utils import ensure_page
from resources.models import ResourceIndexPage


@pytest.fixture
def home(db):
    ensure_locales()
    return ensure_home()


@pytest.fixture
def resource_index(home):
    return ensure_page(home, ResourceIndexPage, "resources", title="Resources")


@pytest.fixture
def make_resource(resource_index, django_capture_on_commit_callbacks):
    """A published resource, in the search index too (its on-commit reindex is run)."""
    from resources.factories import ResourcePageFactory, publish

    def make(**fields):
        themes = fields.pop("themes", [])
        regions = fields.pop("regions", [])
        with django_capture_on_commit_callbacks(execute=True):
            page = ResourcePageFactory.build(**fields)
            resource_index.add_child(instance=page)
            if themes:
                page.themes.set(themes)
            if regions:
                page.regions.set(regions)
            return publish(page)

    return make


@pytest.fixture
def themes(db):
    from portal.factories import ThemeFactory

    return ThemeFactory(name="Economic"), ThemeFactory(name="Health")
