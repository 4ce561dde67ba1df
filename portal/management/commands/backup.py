"""Back up the database and the media folder into a dated directory (``make backup``)."""

from django.core.management.base import BaseCommand, CommandError

from portal.operations.backup import BackupError, backup, backup_root


class Command(BaseCommand):
    help = "Dump the database and archive the media folder into BACKUP_DIR/rrhub-<date>/."

    def add_arguments(self, parser):
        parser.add_argument("--dir", help="where to write the backup (default: BACKUP_DIR)")

    def handle(self, *args, dir=None, **options):
        try:
            directory = backup(dir or backup_root())
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(self.style.SUCCESS(f"Backup written to {directory}"))
