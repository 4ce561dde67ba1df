"""Restore the database and the media folder from a backup directory (``make restore``)."""

from django.core.management.base import BaseCommand, CommandError

from portal.operations.backup import BackupError, latest, restore


class Command(BaseCommand):
    help = (
        "Replace the database and the media folder with a backup's (default: the newest in "
        "BACKUP_DIR). Stop the web servers and the worker first."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", help="a backup directory (rrhub-<date>)")
        parser.add_argument("--noinput", "--no-input", action="store_false", dest="interactive")

    def handle(self, *args, path=None, interactive=True, **options):
        try:
            directory = path or latest()
            if interactive:
                answer = input(f"Replace the database and media with {directory}? [y/N] ")
                if answer.strip().lower() not in {"y", "yes"}:
                    raise CommandError("Restore cancelled.")
            kept = restore(directory)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(self.style.SUCCESS(f"Restored {directory}"))
        if kept:
            self.stdout.write(
                f"The media folder it replaced is kept in {kept}; delete it when done."
            )
