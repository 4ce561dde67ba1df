"""Load the demo content: idempotent, so it can run on every start."""

from django.core.management.base import BaseCommand
from django.db import transaction

from portal.core.registry import demo_loaders
from portal.demo import site as demo
from portal.demo import translations as demo_translations
from portal.demo.utils import sync_locales, sync_snippet_locales
from portal.models import GlossaryTerm, Theme


class Command(BaseCommand):
    help = "Create or update the demo page tree, taxonomy and admin user (safe to re-run)."

    def handle(self, *args, **options):
        with transaction.atomic():
            demo.ensure_locales()
            admin = demo.ensure_admin()
            demo.ensure_themes()
            home = demo.ensure_home()
            demo.load(home, self.stdout)
            for loader in demo_loaders():
                self.stdout.write(f"Loading {loader.name}…")
                loader.load(home, self.stdout)
            demo.ensure_hero_links(home.specific)
            self.stdout.write("Translating the portal's pages, menu and footer…")
            demo_translations.load(home, self.stdout)
            sync_snippet_locales(Theme)
            sync_snippet_locales(GlossaryTerm)
            aliases = sync_locales(home)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready ({aliases} translated copies created). "
                f"Admin: {admin.username} / {demo.DEMO_ADMIN['password']}"
            )
        )
