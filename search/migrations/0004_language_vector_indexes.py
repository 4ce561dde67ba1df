"""PostgreSQL only: partial GIN indexes on both vectors, one per configured language.

Searches filter on one language; a partial index answers both conditions at once and is
smaller, where the planner otherwise combined the general index with another whole index just
to check the language (40 ms instead of 1 ms at 100,000 documents)."""

from django.db import migrations

LANGUAGES = ("en", "fr", "es", "ar")


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for code in LANGUAGES:
            for column, name in (("search_vector", "vector"), ("head_vector", "head")):
                schema_editor.execute(
                    f"CREATE INDEX IF NOT EXISTS search_doc_{name}_{code}_gin "
                    f"ON search_searchdocument USING gin ({column}) WHERE language = '{code}'"
                )


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for code in LANGUAGES:
            for name in ("vector", "head"):
                schema_editor.execute(f"DROP INDEX IF EXISTS search_doc_{name}_{code}_gin")


class Migration(migrations.Migration):
    dependencies = [("search", "0003_head_vector")]
    operations = [migrations.RunPython(forward, backward)]
