"""The resources part of the demo content, loaded on its own on top of the minimal site."""

import pytest
from wagtail.documents import get_document_model
from wagtail.models import Page

from portal.core.registry import registry
from resources import demo
from resources.models import ResourceIndexPage, ResourcePage


@pytest.fixture
def demo_home(db):
    from portal.demo import site as portal_demo

    portal_demo.ensure_locales()
    portal_demo.ensure_themes()
    home = portal_demo.ensure_home()
    portal_demo.load(home)  # the placeholder "resources" page the demo replaces
    return home


@pytest.mark.postgres(reason="the listing's full-text query is PostgreSQL's")
def test_demo_resources_load_once_and_are_searchable(
    demo_home, client, django_capture_on_commit_callbacks
):
    assert registry.demo_loaders["resources"].load is not None
    with django_capture_on_commit_callbacks(execute=True):
        registry.demo_loaders["resources"].load(demo_home)
    index = ResourceIndexPage.objects.get(locale__language_code="en")  # + its translations
    pages = ResourcePage.objects.child_of(index).live()
    assert pages.count() >= 15
    assert not Page.objects.filter(slug="resources").not_type(ResourceIndexPage).exists()
    flagship = pages.get(slug="2019-return-and-reintegration-key-highlights")
    assert flagship.publication_year == 2020 and flagship.is_iom
    assert pages.filter(title__startswith="Reintegration Handbook").exists()
    assert pages.filter(publication_year__isnull=True).exists()  # an undated record
    with_files = pages.filter(files__isnull=False).distinct()
    assert with_files.count() >= 5
    assert all(any(f.document.extracted_text for f in p.files.all()) for p in with_files)

    # A phrase only in the generated PDF is found by the listing and the site search.
    assert "overtook Germany" not in flagship.summary
    listing = client.get("/en/resources/", {"q": "overtook Germany"}).content.decode()
    assert "2019 Return and Reintegration Key Highlights" in listing
    assert "<mark>overtook Germany</mark>" in listing  # adjacent matches, one mark
    search = client.get("/en/search/", {"q": "overtook Germany"}).content.decode()
    assert "2019 Return and Reintegration Key Highlights" in search
    assert "<mark>overtook Germany</mark>" in search
    home = client.get("/en/").content.decode()
    assert "Latest resources" in home and "/en/resources/" in home

    counts = (Page.objects.count(), get_document_model().objects.count())
    with django_capture_on_commit_callbacks(execute=True):
        demo.load(demo_home)
    assert (Page.objects.count(), get_document_model().objects.count()) == counts


def test_generated_pdf_holds_its_text():
    import io

    from resources.extraction import extract

    status, text, pages = extract(
        io.BytesIO(demo.build_pdf("Title – with a dash", ["A paragraph about kites."])), "x.pdf"
    )
    assert status == "done" and pages == 1
    assert "Title - with a dash" in text and "A paragraph about kites." in text
