"""``manage.py render_covers``: give every PDF document its cover image (the first page), for
documents uploaded before covers existed; documents that have the cover of their current file
are skipped, so running it again does nothing."""

from django.core.management.base import BaseCommand
from django.db.models import F, Q


class Command(BaseCommand):
    help = "Render the missing cover images of PDF documents (the first page), once per file."

    def handle(self, *args, **options):
        from resources.covers import ensure_cover
        from resources.models import ResourceDocument

        todo = ResourceDocument.objects.filter(file__iendswith=".pdf").filter(
            Q(cover__isnull=True) | ~Q(cover_source=F("file"))
        )
        rendered = sum(1 for document in todo.iterator() if ensure_cover(document))
        self.stdout.write(f"{rendered} cover(s) rendered")
