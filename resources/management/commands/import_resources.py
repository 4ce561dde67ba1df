"""``manage.py import_resources FILE.csv [--dry-run]``: create or update resources in bulk."""

from django.core.management.base import BaseCommand, CommandError

from resources.importer import COLUMNS, Importer, ImportFileError


class Command(BaseCommand):
    help = (
        "Import resources from a UTF-8 CSV file with the columns "
        + ", ".join(COLUMNS)
        + " (only title is required; see docs/resources.md). Rows are matched by id (the page "
        "slug) or DOI, so re-running a file updates resources instead of duplicating them."
    )

    def add_arguments(self, parser):
        parser.add_argument("csv_file", help="Path of the CSV file.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check every row and report what would happen, without saving anything.",
        )
        parser.add_argument(
            "--index",
            type=int,
            help="ID of the resource index page to import under (default: the English one).",
        )

    def handle(self, *args, csv_file, dry_run=False, index=None, **options):
        from resources.models import ResourceIndexPage

        indexes = ResourceIndexPage.objects.all()
        parent = (
            indexes.filter(pk=index).first()
            if index
            else (indexes.filter(locale__language_code="en").first() or indexes.first())
        )
        if parent is None:
            raise CommandError(
                "No resource index page to import under: create one (or load the demo content)."
            )
        try:
            report = Importer(parent.specific, dry_run=dry_run).run(csv_file)
        except ImportFileError as error:
            raise CommandError(str(error)) from error
        for line in report.lines():
            style = self.style.ERROR if " rejected" in line.split("—")[0] else None
            self.stdout.write(style(line) if style else line)
        return None
