"""Download counts: one count per resource and file language, whichever translation the file
was downloaded from, kept across publications (resources.downloads, DownloadCount)."""

import importlib

from django.apps import apps
from wagtail.models import Locale

from portal.demo.utils import sync_locales, translate_page
from resources.downloads import download_counts
from resources.factories import add_file, make_document, make_pdf, publish
from resources.models import DownloadCount, ResourceFile

migration = importlib.import_module("resources.migrations.0007_move_download_counts")


def _in(page, code):
    return page.get_translation(Locale.objects.get(language_code=code)).specific


def _download(client, file):
    response = client.get(f"/resources/download/{file.pk}/")
    assert response.status_code == 200
    b"".join(response.streaming_content)


def _shown(client, page):
    """{file language: downloads} as the resource page shows them."""
    response = client.get(page.url)
    assert response.status_code == 200
    return {f.language: f.downloads for f in response.context["files"]}


def test_a_download_in_french_adds_to_the_english_count(client, make_resource, resource_index):
    page = make_resource(title="Reintegration handbook")
    add_file(page, make_document(content=make_pdf("Handbook")), "en")
    publish(page)
    sync_locales(resource_index)
    french = _in(page, "fr")
    french_file = ResourceFile.objects.get(page=french)
    english_file = ResourceFile.objects.get(page=page)
    assert french_file.pk != english_file.pk  # each translation has its own file rows

    _download(client, french_file)
    assert _shown(client, page) == {"en": 1}
    assert _shown(client, french) == {"en": 1}
    _download(client, english_file)
    _download(client, ResourceFile.objects.get(page=_in(page, "ar")))
    assert _shown(client, page) == {"en": 3} == _shown(client, french)
    assert DownloadCount.objects.get().page_id == page.pk  # on the English page only


def test_a_file_only_the_translation_has_is_counted_by_its_language(
    client, make_resource, resource_index
):
    page = make_resource(title="Guide")
    add_file(page, make_document(content=make_pdf("Guide")), "en")
    publish(page)
    sync_locales(resource_index)
    french = translate_page(page, "fr", title="Guide (français)")
    french_file = add_file(french, make_document(content=make_pdf("Guide"), language="fr"), "fr")
    _download(client, french_file)
    _download(client, french_file)
    assert download_counts(page) == {"fr": 2}
    assert _shown(client, french) == {"en": 0, "fr": 2}


def test_publishing_an_older_revision_keeps_the_counts(client, make_resource):
    page = make_resource(title="Study")
    file = add_file(page, make_document(content=make_pdf("Study")), "en")
    revision = publish(page).save_revision()  # an editor's draft, made before the downloads
    _download(client, file)
    _download(client, file)
    revision.publish()
    assert download_counts(page) == {"en": 2}


def test_a_download_from_a_translation_is_one_update_and_a_bounded_number_of_queries(
    client, make_resource, resource_index
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    page = make_resource(title="Counted")
    add_file(page, make_document(content=make_pdf("Counted")), "en")
    publish(page)
    sync_locales(resource_index)
    files = {code: ResourceFile.objects.get(page=_in(page, code)) for code in ("en", "fr")}
    queries = {}
    for code, file in files.items():
        _download(client, file)  # the first one creates the count
        with CaptureQueriesContext(connection) as captured:
            _download(client, file)
        queries[code] = [q["sql"] for q in captured.captured_queries]
    for code in ("en", "fr"):
        counter = [sql for sql in queries[code] if "resources_downloadcount" in sql]
        assert len(counter) == 1 and counter[0].startswith("UPDATE"), counter
    # The alias's view restrictions and its canonical page (two queries) cost a few more.
    assert len(queries["en"]) <= 4 and len(queries["fr"]) <= 9, queries
    assert download_counts(page) == {"en": 4}


def test_migration_moves_counts_to_the_canonical_page_without_doubling(
    make_resource, resource_index
):
    page = make_resource(title="Old counts")
    add_file(page, make_document(content=make_pdf("Old")), "en")
    publish(page)
    sync_locales(resource_index)
    french, arabic = _in(page, "fr"), _in(page, "ar")
    canon = migration.canonical_ids(
        apps.get_model("wagtailcore", "Page"),
        apps.get_model("wagtailcore", "Locale"),
        {page.pk, french.pk, arabic.pk},
    )
    assert canon == {page.pk: page.pk, french.pk: page.pk, arabic.pk: page.pk}
    # English 10; the French copy was made at 4 and counted 3 since (7); the Arabic copy is
    # an old copy (2, nothing of its own); a French-language file only on the French page.
    rows = [
        (page.pk, "en", 10),
        (french.pk, "en", 7),
        (arabic.pk, "en", 2),
        (french.pk, "fr", 5),
    ]
    totals = migration.merged_counts(rows, canon)
    assert totals == {(page.pk, "en"): 10, (page.pk, "fr"): 5}
    assert migration.merged_counts([(french.pk, "en", 12), (page.pk, "en", 10)], canon) == {
        (page.pk, "en"): 12
    }
