"""The facet table (filled from the documents' facets) and, on PostgreSQL, the indexes
that browse in date or title order within a type and locale."""

import django.db.models.deletion
from django.db import migrations, models


def fill(apps, schema_editor):
    SearchDocument = apps.get_model("search", "SearchDocument")
    SearchFacet = apps.get_model("search", "SearchFacet")
    rows = []
    for doc in SearchDocument.objects.only("pk", "type_key", "locale", "facets").iterator():
        for name, values in (doc.facets or {}).items():
            for value in values or ():
                rows.append(
                    SearchFacet(
                        document_id=doc.pk,
                        type_key=doc.type_key,
                        locale=doc.locale,
                        name=str(name)[:50],
                        value=str(value)[:200],
                    )
                )
    SearchFacet.objects.bulk_create(rows, batch_size=5000)


def browse_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS search_doc_browse_date ON search_searchdocument "
            "(type_key, locale, date DESC NULLS LAST, id DESC)"
        )
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS search_doc_browse_title ON search_searchdocument "
            "(type_key, locale, title, id)"
        )


def drop_browse_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS search_doc_browse_date")
        schema_editor.execute("DROP INDEX IF EXISTS search_doc_browse_title")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0006_locale"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchFacet",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("type_key", models.CharField(max_length=50)),
                ("locale", models.CharField(blank=True, default="", max_length=10)),
                ("name", models.CharField(max_length=50)),
                ("value", models.CharField(max_length=200)),
                (
                    "document",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="search.searchdocument",
                    ),
                ),
            ],
            options={
                "indexes": [
                    models.Index(
                        fields=["type_key", "locale", "name", "value", "document"],
                        name="search_facet_covering",
                    )
                ],
            },
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.RunPython(browse_indexes, drop_browse_indexes),
    ]
