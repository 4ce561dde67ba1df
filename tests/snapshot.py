"""Table snapshots for the test suite: build the demo site once per test process, reuse it.

Loading the demo content takes 12–25 s (22,000 queries); about 60 tests need it. A snapshot
is every table's rows, taken once; restoring it replaces every table's rows inside the test's
own transaction, so the rollback at the end of the test undoes it like any write. On
PostgreSQL the rows travel in COPY's binary format (one TRUNCATE, one COPY per table, and each
sequence's value); on SQLite as plain rows (DELETE, then executemany), leaving out the shadow
tables of full-text virtual tables, which SQLite keeps itself.
"""

from django.db import connection, transaction


class TableSnapshot:
    """Every table's rows and every sequence's position, as they were when taken."""

    def __init__(self, tables, sequences):
        self.tables = tables  # [(table, COPY bytes)] or, on SQLite, [(table, (columns, rows))]
        self.sequences = sequences  # PostgreSQL: [(qualified sequence name, last value)]

    @classmethod
    def take(cls):
        if connection.vendor == "postgresql":
            return cls(*_postgres_take())
        return cls(_sqlite_take(), [])

    def restore(self):
        """Make the database hold exactly the snapshot's rows (in the current transaction)."""
        with transaction.atomic(), connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                _postgres_restore(cursor, self.tables, self.sequences)
            else:
                _sqlite_restore(cursor, self.tables)


def _postgres_take():
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
    return tables, sequences


def _postgres_restore(cursor, tables, sequences):
    # The rows are restored as they were, derived tables included: no trigger may add to them
    # (the search app's facet tables are written by triggers on the document table).
    cursor.execute("SET LOCAL session_replication_role = replica")
    cursor.execute("TRUNCATE " + ", ".join(f'"{name}"' for name, _ in tables))
    raw = cursor.cursor
    for name, data in tables:
        with raw.copy(f'COPY "{name}" FROM STDIN (FORMAT BINARY)') as copy:
            copy.write(data)
    for sequence, value in sequences:
        if value is None:
            cursor.execute("SELECT setval(%s, 1, false)", [sequence])
        else:
            cursor.execute("SELECT setval(%s, %s, true)", [sequence, value])
    cursor.execute("SET LOCAL session_replication_role = DEFAULT")


def _sqlite_tables(cursor):
    cursor.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
    rows = cursor.fetchall()
    virtual = [name for name, sql in rows if (sql or "").startswith("CREATE VIRTUAL TABLE")]
    return [
        name
        for name, _ in rows
        if not name.startswith("sqlite_")
        and name != "django_migrations"
        and not any(name.startswith(f"{v}_") for v in virtual)
    ]


def _sqlite_take():
    tables = []
    with connection.cursor() as cursor:
        for name in _sqlite_tables(cursor):
            cursor.execute(f'SELECT * FROM "{name}"')
            columns = [column[0] for column in cursor.description]
            tables.append((name, (columns, cursor.fetchall())))
    return tables


def _sqlite_restore(cursor, tables):
    for name, _ in tables:
        cursor.execute(f'DELETE FROM "{name}"')
    for name, (columns, rows) in tables:
        if rows:
            fields = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join(["%s"] * len(columns))
            cursor.executemany(f'INSERT INTO "{name}" ({fields}) VALUES ({marks})', rows)
