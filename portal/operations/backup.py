"""Back up and restore the site: a database dump plus the media folder, in one dated directory.

A backup is a directory ``<BACKUP_DIR>/rrhub-<UTC date-time>/`` holding ``database.dump``
(``pg_dump`` custom format on PostgreSQL) or ``database.sqlite3`` (SQLite's online backup),
``media.tar.gz`` (the media folder, when media are on local disk) and ``manifest.json``.
``restore`` takes one back: the database with ``pg_restore --clean`` (or the SQLite file),
the media folder swapped in while the one it replaces is kept beside it.
"""

import json
import os
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connections
from django.utils import timezone

from portal.operations.config import env

DUMP = "database.dump"
SQLITE = "database.sqlite3"
MEDIA = "media.tar.gz"
MANIFEST = "manifest.json"


class BackupError(Exception):
    """A backup or restore could not be made; the message says why."""


def backup_root():
    """Where backups go: ``BACKUP_DIR``, by default ``backups/`` in the project."""
    return Path(env("BACKUP_DIR", str(settings.BASE_DIR / "backups")))


def _database():
    return connections["default"].settings_dict


def _postgres():
    return _database()["ENGINE"].endswith("postgresql")


def _pg_env():
    """libpq's environment for the default database (the password never on a command line)."""
    db = _database()
    values = {
        "PGHOST": db.get("HOST") or "",
        "PGPORT": str(db.get("PORT") or ""),
        "PGUSER": db.get("USER") or "",
        "PGPASSWORD": db.get("PASSWORD") or "",
        "PGDATABASE": db["NAME"],
        "PGSSLMODE": db.get("OPTIONS", {}).get("sslmode", ""),
    }
    return {**os.environ, **{k: v for k, v in values.items() if v}}


def _run(command):
    try:
        done = subprocess.run(command, env=_pg_env(), capture_output=True, text=True)  # noqa: S603
    except FileNotFoundError:
        raise BackupError(
            f"{command[0]} is not installed (PostgreSQL's client tools are needed)."
        ) from None
    if done.returncode != 0:
        raise BackupError(f"{command[0]} failed: {done.stderr.strip()[-2000:]}")


def _local_media():
    """MEDIA_ROOT when media are on local disk; None when they live in object storage."""
    if isinstance(default_storage, FileSystemStorage):
        return Path(settings.MEDIA_ROOT)
    return None


def backup(root=None):
    """Write a new backup directory under ``root`` (default :func:`backup_root`); return it."""
    root = Path(root or backup_root())
    root.mkdir(parents=True, exist_ok=True)
    stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
    directory = root / f"rrhub-{stamp}"
    suffix = 1
    while directory.exists():
        suffix += 1
        directory = root / f"rrhub-{stamp}-{suffix}"
    partial = Path(tempfile.mkdtemp(prefix=".partial-", dir=root))
    manifest = {"created": timezone.now().isoformat(), "database": None, "media": None}
    if _postgres():
        _run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges",
              f"--file={partial / DUMP}"])  # fmt: skip
        manifest["database"] = {"engine": "postgresql", "file": DUMP}
    else:
        if not Path(_database()["NAME"]).exists():
            raise BackupError(f"the SQLite database {_database()['NAME']} does not exist")
        source = sqlite3.connect(_database()["NAME"])
        target = sqlite3.connect(partial / SQLITE)
        with target:
            source.backup(target)
        source.close()
        target.close()
        manifest["database"] = {"engine": "sqlite", "file": SQLITE}
    media = _local_media()
    if media is not None:
        media.mkdir(parents=True, exist_ok=True)
        with tarfile.open(partial / MEDIA, "w:gz") as archive:
            archive.add(media, arcname="media")
        count = sum(path.is_file() for path in media.rglob("*"))
        manifest["media"] = {"file": MEDIA, "files": count}
    (partial / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    partial.rename(directory)  # complete backups only ever appear under their final name
    return directory


def latest(root=None):
    """The newest complete backup directory under ``root``."""
    found = sorted(Path(root or backup_root()).glob("rrhub-*/" + MANIFEST))
    if not found:
        raise BackupError(f"no backup in {root or backup_root()}")
    return found[-1].parent


def restore(directory):
    """Put the database and the media folder back as they were in the backup ``directory``.
    Returns the path where the replaced media folder was kept (or None)."""
    directory = Path(directory)
    try:
        manifest = json.loads((directory / MANIFEST).read_text())
    except (OSError, ValueError) as exc:
        raise BackupError(f"{directory} is not a backup ({exc})") from None
    engine = manifest["database"]["engine"]
    if (engine == "postgresql") != _postgres():
        raise BackupError(f"this backup holds a {engine} database; DATABASE_URL is not one")
    connections.close_all()
    if engine == "postgresql":
        _run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges",
              "--single-transaction", f"--dbname={_database()['NAME']}",
              str(directory / DUMP)])  # fmt: skip
    else:
        source = sqlite3.connect(directory / SQLITE)
        target = sqlite3.connect(_database()["NAME"])
        with target:
            source.backup(target)
        source.close()
        target.close()
    if not manifest.get("media"):
        return None
    media = _local_media()
    if media is None:
        raise BackupError("media are in object storage now; restore media.tar.gz by hand")
    return _swap_media(directory / MEDIA, media)


def _swap_media(archive_path, media):
    """Extract the archive beside MEDIA_ROOT, then swap it in; keep the replaced folder."""
    media.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".restore-", dir=media.parent))
    with tarfile.open(archive_path, "r:gz") as archive:
        archive.extractall(staging, filter="data")  # no absolute paths, links or devices
    kept = None
    if media.exists():
        kept = media.with_name(f"{media.name}.replaced-{timezone.now():%Y%m%d-%H%M%S}")
        media.rename(kept)
    (staging / "media").rename(media)
    staging.rmdir()
    return kept
