"""manage.py search_index rebuild | check [--fix]: drift between the content and the index."""

import pytest
from django.core.management import CommandError, call_command

from search.models import SearchDocument

pytestmark = pytest.mark.django_db


def _fixture_line(out):
    return next(line for line in out.splitlines() if line.startswith("database fixture:"))


def test_check_of_a_fresh_index_finds_no_drift(indexed, capsys):
    call_command("search_index", "check")
    assert _fixture_line(capsys.readouterr().out) == "database fixture: database 5, index 5 ok"


def test_check_names_missing_extra_and_stale_documents_then_fix_repairs_them(indexed, capsys):
    care, grants, draft = indexed["fx-care"], indexed["fx-grants"], indexed["fx-draft"]
    SearchDocument.objects.filter(type_key="fixture", object_id=str(care.pk)).delete()
    SearchDocument.objects.filter(type_key="fixture", object_id=str(grants.pk)).update(
        title="An old title"
    )
    SearchDocument.objects.create(
        type_key="fixture", object_id=str(draft.pk), title="Leaked draft", url="/x/"
    )

    with pytest.raises(CommandError, match="check --fix"):
        call_command("search_index", "check")
    line = _fixture_line(capsys.readouterr().out)
    assert "DIFFERENT" in line
    assert f"missing 1 ({care.pk})" in line
    assert f"extra 1 ({draft.pk})" in line
    assert f"stale 1 ({grants.pk})" in line

    call_command("search_index", "check", "--fix")
    assert "reindexed 3" in capsys.readouterr().out
    rows = SearchDocument.objects.filter(type_key="fixture")
    assert set(rows.values_list("object_id", flat=True)) == {
        str(page.pk) for slug, page in indexed.items() if slug != "fx-draft"
    }
    assert rows.get(object_id=str(grants.pk)).title == "Business grants and training"
    call_command("search_index", "check")  # no drift left: no error


def test_rebuild_writes_every_public_object(indexed, capsys):
    SearchDocument.objects.all().delete()
    call_command("search_index", "rebuild")
    assert "database: indexed" in capsys.readouterr().out
    assert SearchDocument.objects.filter(type_key="fixture").count() == 5


def test_an_action_is_required():
    with pytest.raises(CommandError, match="rebuild"):
        call_command("search_index")
