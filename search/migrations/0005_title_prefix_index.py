"""PostgreSQL only: a B-tree on lower(title) in the "C" collation, so suggestions for a prefix
read the first titles in order instead of sorting every title that contains the text."""

from django.db import migrations


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS search_doc_title_prefix ON search_searchdocument "
            '((lower(title) COLLATE "C"))'
        )


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS search_doc_title_prefix")


class Migration(migrations.Migration):
    dependencies = [("search", "0004_language_vector_indexes")]
    operations = [migrations.RunPython(forward, backward)]
