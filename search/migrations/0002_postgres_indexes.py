"""PostgreSQL only: pg_trgm, a GIN index on the tsvector and a trigram index on titles."""

from django.db import migrations

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS search_doc_vector_gin ON search_searchdocument "
    "USING gin (search_vector)",
    "CREATE INDEX IF NOT EXISTS search_doc_title_trgm ON search_searchdocument "
    "USING gin (lower(title) gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS search_doc_facets_gin ON search_searchdocument "
    "USING gin (facets jsonb_path_ops)",
]
BACKWARD = [
    "DROP INDEX IF EXISTS search_doc_facets_gin",
    "DROP INDEX IF EXISTS search_doc_title_trgm",
    "DROP INDEX IF EXISTS search_doc_vector_gin",
]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in FORWARD:
            schema_editor.execute(sql)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in BACKWARD:
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]
    operations = [migrations.RunPython(forward, backward)]
