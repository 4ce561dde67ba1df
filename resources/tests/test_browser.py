"""Journey in a real Chromium: a phrase that is only inside a PDF leads to its resource."""

from urllib.parse import urlparse

import pytest

from resources.factories import ResourcePageFactory, add_file, make_document, make_pdf

# transaction=True: commits run extraction and indexing; the project's conftest then adds a
# serialized rollback so later tests find the migrated data again.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site_with_pdf_resource(live_server):
    """A minimal site (no full demo) with one resource; commits run extraction and indexing."""
    from wagtail.models import Site

    from portal.demo.site import ensure_home, ensure_locales
    from portal.demo.utils import ensure_page
    from resources.models import ResourceIndexPage

    ensure_locales()
    home = ensure_home()
    index = ensure_page(home, ResourceIndexPage, "resources", title="Resources")
    resource = ResourcePageFactory.build(
        title="Fisheries cooperatives for returnees", summary="Coastal livelihoods."
    )
    index.add_child(instance=resource)
    document = make_document(
        "Annex", make_pdf("Annex. The albatross ledger method kept the savings group honest.")
    )
    add_file(resource, document)
    resource.save_revision().publish()
    parsed = urlparse(live_server.url)
    Site.objects.filter(is_default_site=True).update(hostname=parsed.hostname, port=parsed.port)
    return live_server


def test_visitor_finds_a_resource_by_words_inside_its_pdf(site_with_pdf_resource, page):
    page.goto(site_with_pdf_resource.url + "/en/")
    box = page.get_by_label("Search the platform")
    box.fill("albatross ledger")
    box.press("Enter")
    page.wait_for_url("**/en/search/?q=albatross+ledger*")
    result = page.locator(".search-results li").first
    assert result.locator("mark").all_inner_texts() == ["albatross ledger"]  # one run
    result.get_by_role("link", name="Fisheries cooperatives for returnees").click()
    page.wait_for_url("**/en/resources/fisheries-cooperatives-for-returnees/")
    assert page.locator("h1").inner_text() == "Fisheries cooperatives for returnees"
    page.external_requests.check()
