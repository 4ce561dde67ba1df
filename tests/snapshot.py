"""Table snapshots for the test suite: build the demo site once per test process, reuse it.

Loading the demo content takes 12–25 s (22,000 queries); about 60 tests need it. On
PostgreSQL a snapshot is every table's rows in COPY's binary format plus each sequence's value,
taken once; restoring it is one TRUNCATE and one COPY per table (well under a second), inside
the test's own transaction, so the rollback at the end of the test undoes it like any write.
"""

from django.db import connection, transaction


class TableSnapshot:
    """Every table's rows and every sequence's position, as they were when taken."""

    def __init__(self, tables, sequences):
        self.tables = tables  # [(table, COPY binary bytes)]
        self.sequences = sequences  # [(qualified sequence name, last value or None)]

    @classmethod
    def supported(cls):
        return connection.vendor == "postgresql"

    @classmethod
    def take(cls):
        names = [t for t in connection.introspection.table_names() if t != "django_migrations"]
        tables = []
        with connection.cursor() as cursor:
            raw = cursor.cursor
            for name in names:
                with raw.copy(f'COPY "{name}" TO STDOUT (FORMAT BINARY)') as copy:
                    tables.append((name, b"".join(bytes(chunk) for chunk in copy)))
            cursor.execute(
                "SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename), last_value "
                "FROM pg_sequences WHERE schemaname = current_schema()"
            )
            sequences = cursor.fetchall()
        return cls(tables, sequences)

    def restore(self):
        """Make the database hold exactly the snapshot's rows (in the current transaction)."""
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("TRUNCATE " + ", ".join(f'"{name}"' for name, _ in self.tables))
            raw = cursor.cursor
            for name, data in self.tables:
                with raw.copy(f'COPY "{name}" FROM STDIN (FORMAT BINARY)') as copy:
                    copy.write(data)
            for sequence, value in self.sequences:
                if value is None:
                    cursor.execute("SELECT setval(%s, 1, false)", [sequence])
                else:
                    cursor.execute("SELECT setval(%s, %s, true)", [sequence, value])
