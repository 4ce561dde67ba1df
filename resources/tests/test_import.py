"""``manage.py import_resources``: template, dry run, report, rejections, idempotent re-runs."""

import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import PageLogEntry, Revision

from portal.core.search import find
from resources.factories import make_pdf
from resources.models import ResourceFacet, ResourcePage

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "resources_template.csv"
HEADER = (
    "id,title,summary,authors,publisher,year,date,type,themes,regions,countries,iom,doi,isbn,"
    "external_url,file,file_language\n"
)


@pytest.fixture
def demo_themes(resource_index):
    from portal.demo.site import ensure_themes

    return ensure_themes()


def run(path, *args):
    out = io.StringIO()
    call_command("import_resources", str(path), *args, stdout=out)
    return out.getvalue()


def write(tmp_path, rows, name="import.csv"):
    path = tmp_path / name
    path.write_text(HEADER + "".join(row + "\n" for row in rows), encoding="utf-8")
    return path


def test_sample_template_imports_and_rerun_changes_nothing(demo_themes, resource_index):
    output = run(SAMPLE)
    assert output.strip().endswith("created: 3, updated: 0, unchanged: 0, rejected: 0")
    page = ResourcePage.objects.get(slug="coping-with-return-2006")
    assert page.live and page.get_parent().pk == resource_index.pk
    assert page.publication_year == 2006 and page.resource_type == "study"
    assert {t.slug for t in page.themes.all()} == {
        "assisted-voluntary-return",
        "vulnerable-migrants",
    }
    assert [r.code for r in page.regions.all()] == ["EEA"]
    assert [c.code for c in page.countries] == ["NL"] and page.is_iom
    # published through Wagtail, so the listing's facet rows exist
    assert ("country", "NL") in set(
        ResourceFacet.objects.filter(page=page).values_list("facet", "value")
    )
    theme_by_name = ResourcePage.objects.get(slug="practical-guide-information-provision-2010")
    assert [t.slug for t in theme_by_name.themes.all()] == ["assisted-voluntary-return"]

    counts = (ResourcePage.objects.count(), Revision.objects.count())
    again = run(SAMPLE)
    assert again.strip().endswith("created: 0, updated: 0, unchanged: 3, rejected: 0")
    assert (ResourcePage.objects.count(), Revision.objects.count()) == counts


def test_changed_rows_update_by_id_or_doi(demo_themes, tmp_path):
    first = write(
        tmp_path,
        [
            "keyed,Keyed report,Old summary,,IOM,2019,,report,,,,yes,,,,,",
            ",Report found by DOI,,,,2020,,study,,,,no,10.1000/xyz123,,,,",
        ],
    )
    assert "created: 2" in run(first)
    second = write(
        tmp_path,
        [
            "keyed,Keyed report,New summary,,IOM,2019,,report,,,,yes,,,,,",
            ",Report found by DOI (2nd edition),,,,2021,,study,,,,no,10.1000/XYZ123,,,,",
        ],
        name="second.csv",
    )
    output = run(second)
    assert "created: 0, updated: 2" in output
    assert ResourcePage.objects.count() == 2
    assert ResourcePage.objects.get(slug="keyed").summary == "New summary"
    by_doi = ResourcePage.objects.get(doi__iexact="10.1000/xyz123")
    assert by_doi.title == "Report found by DOI (2nd edition)" and by_doi.publication_year == 2021


def test_dry_run_reports_without_saving(demo_themes, tmp_path):
    pdf = tmp_path / "annex.pdf"
    pdf.write_bytes(make_pdf("Dry run annex"))
    path = write(
        tmp_path,
        [
            "dry-one,Dry one,,,,2019,,report,,,,,,,,annex.pdf,fr",
            "dry-two,Dry two,,,,1999,,report,,,,,,,,,",
        ],
    )
    output = run(path, "--dry-run")
    assert "line 2: created dry-one" in output
    assert "line 3: rejected dry-two" in output and "year 1999 outside 2000" in output
    assert output.strip().endswith(
        "Dry run, nothing saved. created: 1, updated: 0, unchanged: 0, rejected: 1"
    )
    assert not ResourcePage.objects.exists()
    from wagtail.documents import get_document_model

    assert not get_document_model().objects.exists()
    assert not PageLogEntry.objects.filter(content_type__model="resourcepage").exists()


def test_rejected_rows_give_every_reason(demo_themes, tmp_path):
    path = write(
        tmp_path,
        [
            "good,A good row,,,,2020,,toolkit,Economic reintegration,,Senegal,,,,,,",
            "bad-year,Bad year,,,,20x9,,report,,,,,,,,,",
            "old,Too old,,,,1998,,report,,,,,,,,,",
            "kind,Unknown type,,,,2020,,podcast,,,,,,,,,",
            "theme,Unknown theme,,,,2020,,report,space travel,,,,,,,,",
            "country,Unknown country,,,,2020,,report,,,Atlantis|SN,,,,,,",
            "no-title,,,,,2020,,report,,,,,,,,,",
            "date,Bad date,,,,2019,2020-02-30,report,,,,,,,,,",
            "mismatch,Year and date disagree,,,,2019,2020-01-05,report,,,,,,,,,",
            "Bad Id!,Bad id,,,,2020,,report,,,,,,,,,",
            "good,Same id twice,,,,2020,,report,,,,,,,,,",
            "url,Bad URL,,,,2020,,report,,,,maybe,,,javascript:alert(1),,",
            "missing-file,Missing file,,,,2020,,report,,,,,,,,nothere.pdf,",
            "escape,File outside,,,,2020,,report,,,,,,,,../secret.pdf,",
            "contribute,Reserved id,,,,2020,,report,,,,,,,,,",
        ],
    )
    output = run(path)
    expected = {
        "bad-year": "bad year “20x9”",
        "old": "year 1998 outside 2000",
        "kind": "unknown type “podcast”",
        "theme": "unknown theme “space travel”",
        "country": "unknown country “Atlantis”",
        "no-title": "missing title",
        "date": "bad date “2020-02-30”",
        "mismatch": "year 2019 does not match date 2020-01-05",
        "Bad Id!": "bad id “Bad Id!”",
        "good": "id “good” already used on line 2",
        "url": "bad external_url “javascript:alert(1)”",
        "missing-file": "file “nothere.pdf” not found",
        "escape": "must be a path inside the CSV file's folder",
        "contribute": "id “contribute” is reserved",
    }
    lines = output.splitlines()
    for key, reason in expected.items():
        assert any(f"rejected {key}" in line and reason in line for line in lines), key
    assert any("rejected url" in line and "bad iom value “maybe”" in line for line in lines)
    assert output.strip().endswith("created: 1, updated: 0, unchanged: 0, rejected: 14")
    good = ResourcePage.objects.get()
    assert good.slug == "good" and [c.code for c in good.countries] == ["SN"]


def test_files_are_attached_extracted_and_not_duplicated(
    demo_themes, tmp_path, django_capture_on_commit_callbacks
):
    from wagtail.documents import get_document_model

    (tmp_path / "files").mkdir()
    (tmp_path / "files" / "study.pdf").write_bytes(make_pdf("The marmalade ferry survey."))
    (tmp_path / "fake.pdf").write_bytes(b"this is not a PDF at all")
    path = write(
        tmp_path,
        [
            "with-file,Study with a file,,,,2020,,study,,,,,,,,files/study.pdf,French",
            "fake,Fake PDF,,,,2020,,study,,,,,,,,fake.pdf,",
        ],
    )
    with django_capture_on_commit_callbacks(execute=True):
        output = run(path)
    assert "created: 1" in output
    assert "rejected fake" in output and "not a valid PDF file" in output
    page = ResourcePage.objects.get(slug="with-file")
    file = page.files.get()
    assert file.language == "fr"
    assert "marmalade ferry" in file.document.extracted_text
    hits = find(None, "marmalade ferry", types=("resources",)).hits
    assert str(page.pk) in {hit.object_id for hit in hits}  # reindexed after extraction

    with django_capture_on_commit_callbacks(execute=True):
        assert "unchanged: 1" in run(path)
    assert get_document_model().objects.count() == 1

    (tmp_path / "files" / "study.pdf").write_bytes(make_pdf("A revised edition about kites."))
    with django_capture_on_commit_callbacks(execute=True):
        assert "updated: 1" in run(path)
    page.refresh_from_db()
    assert "kites" in page.files.get().document.extracted_text
    assert page.files.count() == 1


def test_whole_file_errors_stop_the_command(demo_themes, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("name,year\nX,2020\n", encoding="utf-8")
    with pytest.raises(CommandError, match="missing column"):
        run(bad)
    extra = tmp_path / "extra.csv"
    extra.write_text("title,colour\nX,red\n", encoding="utf-8")
    with pytest.raises(CommandError, match="unknown column.*colour"):
        run(extra)
    with pytest.raises(CommandError, match="cannot read"):
        run(tmp_path / "absent.csv")
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"title\n\xff\xfe\x00bad")
    with pytest.raises(CommandError, match="not a readable UTF-8 CSV"):
        run(binary)


def test_without_an_index_page_the_command_explains(db, tmp_path):
    path = write(tmp_path, ["x,X,,,,2020,,report,,,,,,,,,"])
    with pytest.raises(CommandError, match="No resource index page"):
        run(path)
