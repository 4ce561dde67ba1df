"""A small title-and-summary vector with its own GIN index (PostgreSQL), filled for existing rows."""

import django.contrib.postgres.search
from django.db import migrations

FILL = (
    "UPDATE search_searchdocument SET head_vector = "
    "setweight(to_tsvector(c.cfg::regconfig, coalesce(title, '')), 'A') || "
    "setweight(to_tsvector(c.cfg::regconfig, coalesce(summary, '')), 'B') "
    "FROM (SELECT id AS doc_id, CASE left(language, 2) WHEN 'en' THEN 'english' "
    "WHEN 'fr' THEN 'french' WHEN 'es' THEN 'spanish' ELSE 'simple' END AS cfg "
    "FROM search_searchdocument) c WHERE c.doc_id = id"
)


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS search_doc_head_gin ON search_searchdocument "
            "USING gin (head_vector)"
        )
        schema_editor.execute(FILL)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS search_doc_head_gin")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_postgres_indexes")]
    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="head_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(forward, backward),
    ]
