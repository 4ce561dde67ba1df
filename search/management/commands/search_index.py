"""manage.py search_index rebuild | check [--fix]

``rebuild`` writes every public object of every type into every engine (Elasticsearch through
an alias swap). ``check`` reports drift between the content and the index: per type, objects
missing from the index, documents of objects no longer public, and (database table) documents
whose stored fields differ from what indexing would write now; ``--fix`` reindexes exactly
those. It exits with an error while drift remains. ``--rebuild`` and ``--verify`` are the old
spellings of the two actions.
"""

from django.core.management.base import BaseCommand, CommandError

from search import services

SHOWN_IDS = 5


class Command(BaseCommand):
    help = "Rebuild the search index, or check it for drift from the content (--fix repairs)."

    def add_arguments(self, parser):
        parser.add_argument("action", nargs="?", choices=["rebuild", "check"])
        parser.add_argument("--fix", action="store_true", help="reindex what check finds")
        parser.add_argument("--rebuild", action="store_true", help="same as 'rebuild'")
        parser.add_argument("--verify", action="store_true", help="same as 'check'")

    def handle(self, *args, action=None, fix=False, rebuild=False, verify=False, **options):
        rebuild = rebuild or action == "rebuild"
        check = verify or action == "check"
        if not (rebuild or check):
            raise CommandError("Say what to do: 'search_index rebuild' or 'search_index check'.")
        engines = services.index_engines()
        if rebuild:
            for engine in engines:  # documents streamed once per engine, never all in memory
                count = services.rebuild(engine)
                self.stdout.write(f"{engine.name}: indexed {count} documents")
        if check and not self._check(engines, fix):
            raise CommandError(
                "The index differs from the database: run 'search_index check --fix'."
            )

    def _check(self, engines, fix):
        """Print the drift per engine and type; True when there is none (after --fix)."""
        clean = True
        for engine in engines:
            if hasattr(engine, "mapping_versions"):  # Elasticsearch: built by this code?
                clean = self._check_mapping(engine) and clean
            for report in services.drift(engine):
                line = (
                    f"{engine.name} {report.type_key}: database {report.expected}, "
                    f"index {report.indexed}"
                )
                if report.ok:
                    self.stdout.write(f"{line} ok")
                    continue
                details = [
                    f"{label} {len(ids)} ({', '.join(sorted(ids)[:SHOWN_IDS])})"
                    for label, ids in (
                        ("missing", report.missing),
                        ("extra", report.extra),
                        ("stale", report.stale),
                    )
                    if ids
                ]
                self.stdout.write(f"{line} DIFFERENT: {'; '.join(details) or 'counts differ'}")
                if fix:
                    ids = sorted(report.missing | report.extra | report.stale)
                    services.reindex_objects(report.type_key, ids, engine=engine)
                    self.stdout.write(f"{engine.name} {report.type_key}: reindexed {len(ids)}")
                else:
                    clean = False
        return clean

    def _check_mapping(self, engine):
        from search.engines.elastic import MAPPING_VERSION

        versions = engine.mapping_versions()
        stale = {name: v for name, v in versions.items() if v != MAPPING_VERSION}
        if not versions:
            self.stdout.write(f"{engine.name} mapping: no index yet DIFFERENT")
        elif stale:
            found = ", ".join(f"{name} {v}" for name, v in sorted(stale.items()))
            self.stdout.write(
                f"{engine.name} mapping: {found}, this code {MAPPING_VERSION} DIFFERENT: "
                "run 'search_index rebuild'"
            )
        else:
            self.stdout.write(f"{engine.name} mapping: version {MAPPING_VERSION} ok")
        return bool(versions) and not stale
