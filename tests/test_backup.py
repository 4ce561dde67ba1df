"""make backup / make restore: the database dump and the media folder make a round trip."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command

from community.discussions.models import Group
from portal.operations import backup as backups

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def media(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.mark.postgres(reason="the backup is a pg_dump of PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_round_trip_brings_content_and_media_back(tmp_path, media, capsys):
    group = Group.objects.create(name="Backed up", slug="backed-up", description="Before")
    default_storage.save("community/avatars/kept.txt", ContentFile(b"the original avatar"))

    call_command("backup", dir=str(tmp_path / "backups"))
    (directory,) = (tmp_path / "backups").glob("rrhub-*")
    assert f"Backup written to {directory}" in capsys.readouterr().out
    manifest = json.loads((directory / "manifest.json").read_text())
    assert manifest["database"] == {"engine": "postgresql", "file": "database.dump"}
    assert manifest["media"] == {"file": "media.tar.gz", "files": 1}
    assert (directory / "database.dump").read_bytes()[:5] == b"PGDMP"  # pg_dump custom format

    # Changed and deleted after the backup.
    Group.objects.filter(pk=group.pk).update(description="After")
    Group.objects.create(name="Created later", slug="created-later", description="")
    default_storage.delete("community/avatars/kept.txt")
    default_storage.save("private/later.txt", ContentFile(b"new"))

    call_command("restore", str(directory), "--noinput")

    assert Group.objects.get(slug="backed-up").description == "Before"
    assert not Group.objects.filter(slug="created-later").exists()
    assert (media / "community/avatars/kept.txt").read_bytes() == b"the original avatar"
    assert not (media / "private/later.txt").exists()
    (kept,) = media.parent.glob("media.replaced-*")  # the folder it replaced, kept aside
    assert (kept / "private/later.txt").read_bytes() == b"new"


@pytest.mark.postgres(reason="the backup is a pg_dump of PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_restore_without_a_path_takes_the_newest_backup(tmp_path, media, monkeypatch):
    monkeypatch.setenv("BACKUP_DIR", str(tmp_path / "backups"))
    first = backups.backup()
    Group.objects.create(name="Second", slug="second", description="")
    second = backups.backup()
    assert first != second and backups.latest() == second
    Group.objects.filter(slug="second").delete()
    call_command("restore", "--noinput")
    assert Group.objects.filter(slug="second").exists()


def test_restore_refuses_what_is_not_a_backup(tmp_path, media):
    with pytest.raises(CommandError, match="is not a backup"):
        call_command("restore", str(tmp_path), "--noinput")
    with pytest.raises(backups.BackupError, match="no backup in"):
        backups.latest(tmp_path / "empty")


def test_sqlite_round_trip_through_manage_py(tmp_path):
    """On SQLite (no DATABASE_URL to PostgreSQL): the file is copied and copied back, as
    `make backup` / `make restore` run the commands."""
    database = tmp_path / "site.sqlite3"
    with sqlite3.connect(database) as db:
        db.execute("CREATE TABLE note (text TEXT)")
        db.execute("INSERT INTO note VALUES ('before')")
    (tmp_path / "media/community/avatars").mkdir(parents=True)
    (tmp_path / "media/community/avatars/a.txt").write_text("avatar")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",  # the test settings fix MEDIA_ROOT
        "DATABASE_URL": f"sqlite:///{database}",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "BACKUP_DIR": str(tmp_path / "backups"),
    }
    env.pop("REDIS_URL", None)

    def manage(*args):
        return subprocess.run(
            [sys.executable, "manage.py", *args], cwd=REPO, env=env, capture_output=True,
            text=True, check=True,
        ).stdout  # fmt: skip

    assert "Backup written to" in manage("backup")
    (directory,) = (tmp_path / "backups").glob("rrhub-*")
    assert (directory / "database.sqlite3").exists()
    with sqlite3.connect(database) as db:
        db.execute("UPDATE note SET text = 'after'")
    (tmp_path / "media/community/avatars/a.txt").unlink()
    manage("restore", "--noinput")
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT text FROM note").fetchall() == [("before",)]
    assert (tmp_path / "media/community/avatars/a.txt").read_text() == "avatar"
