"""manage.py search_index --rebuild | --verify"""

from django.core.management.base import BaseCommand, CommandError

from search import services


class Command(BaseCommand):
    help = "Rebuild the search index (database table, and Elasticsearch alias swap) or verify it."

    def add_arguments(self, parser):
        parser.add_argument("--rebuild", action="store_true")
        parser.add_argument("--verify", action="store_true")

    def handle(self, *args, rebuild=False, verify=False, **options):
        if not (rebuild or verify):
            raise CommandError("Choose --rebuild or --verify.")
        engines = services.index_engines()
        if rebuild:
            docs = list(services.all_documents())
            for engine in engines:
                engine.rebuild(docs)
                self.stdout.write(f"{engine.name}: indexed {len(docs)} documents")
        if verify:
            expected = services.database_counts()
            failed = False
            for engine in engines:
                actual = engine.counts()
                for key in sorted(set(expected) | set(actual)):
                    ok = expected.get(key, 0) == actual.get(key, 0)
                    failed |= not ok
                    self.stdout.write(
                        f"{engine.name} {key}: database {expected.get(key, 0)}, "
                        f"index {actual.get(key, 0)} {'ok' if ok else 'DIFFERENT'}"
                    )
            if failed:
                raise CommandError("The index differs from the database: run --rebuild.")
