"""Browsing's own tables replace the per-value facet table: SearchFacetRow (a document's
facet values as "name=value" keys in a narrow row, filtered through a GIN index and paged
through a date index) and SearchFacetCount (the counts of a listing with no filter). On
PostgreSQL, statement-level triggers on the document table keep both exact (transition
tables: a bulk load costs one grouped statement, and an update that changes no facet, date,
type or locale costs nothing). Other databases keep neither: browsing reads the documents."""

import django.contrib.postgres.fields
from django.db import migrations, models

# The facets of a document row d as (name, value) pairs; a bare value counts as one value.
PAIRS = """
    jsonb_each(CASE jsonb_typeof(d.facets) WHEN 'object' THEN d.facets ELSE '{}'::jsonb END) f,
    jsonb_array_elements_text(CASE jsonb_typeof(f.value) WHEN 'array' THEN f.value
                              ELSE jsonb_build_array(f.value) END) v(value)
"""

# Add (sign "") or take away (sign "-") the counts of a set of document rows: one per facet
# value, and ("", "") for the documents themselves.
COUNT = """
    INSERT INTO search_searchfacetcount (type_key, locale, name, value, n)
    SELECT type_key, locale, name, value, {sign} count(*) FROM (
        SELECT d.type_key, d.locale, left(f.key, 50) AS name, left(v.value, 200) AS value
        FROM {rows} d, {pairs}
        UNION ALL SELECT d.type_key, d.locale, '', '' FROM {rows} d
    ) r
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (type_key, locale, name, value)
    DO UPDATE SET n = search_searchfacetcount.n + EXCLUDED.n;
"""

# Write the narrow rows of a set of document rows.
ROWS = """
    INSERT INTO search_searchfacetrow (document_id, type_key, locale, date, keys)
    SELECT d.id, d.type_key, d.locale, d.date,
           ARRAY(SELECT f.key || '=' || v.value FROM {pairs})
    FROM {rows} d
    ON CONFLICT (document_id) DO UPDATE SET type_key = EXCLUDED.type_key,
        locale = EXCLUDED.locale, date = EXCLUDED.date, keys = EXCLUDED.keys;
"""

# The old and new versions of updated rows whose facets, date, type or locale changed.
CHANGED = (
    "(SELECT {side}.* FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE "
    "(o.type_key, o.locale, o.date, o.facets) IS DISTINCT FROM "
    "(n.type_key, n.locale, n.date, n.facets))"
)


def count(sign, rows):
    return COUNT.format(sign=sign, rows=rows, pairs=PAIRS)


def keys(rows):
    return ROWS.format(rows=rows, pairs=PAIRS)


FUNCTION = f"""
CREATE OR REPLACE FUNCTION rr_search_facets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        {count("", "new_rows")}
        {keys("new_rows")}
    ELSIF TG_OP = 'DELETE' THEN
        {count("-", "old_rows")}
        DELETE FROM search_searchfacetrow WHERE document_id IN (SELECT id FROM old_rows);
    ELSE
        {count("-", CHANGED.format(side="o"))}
        {count("", CHANGED.format(side="n"))}
        {keys(CHANGED.format(side="n"))}
    END IF;
    RETURN NULL;
END $$;
"""  # noqa: S608 - fixed SQL, no input

TRIGGERS = [
    ("insert", "INSERT", "REFERENCING NEW TABLE AS new_rows"),
    ("update", "UPDATE", "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows"),
    ("delete", "DELETE", "REFERENCING OLD TABLE AS old_rows"),
]


def install(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    run = schema_editor.execute
    run(
        "CREATE TABLE search_searchfacetrow (document_id bigint PRIMARY KEY, "
        "type_key varchar(50) NOT NULL, locale varchar(10) NOT NULL, date date NULL, "
        "keys text[] NOT NULL)"
    )
    run(FUNCTION)
    for name, event, referencing in TRIGGERS:
        run(
            f"CREATE TRIGGER rr_search_facets_{name} AFTER {event} "
            f"ON search_searchdocument {referencing} "
            "FOR EACH STATEMENT EXECUTE FUNCTION rr_search_facets()"
        )
    run(count("", "search_searchdocument"))
    run(keys("search_searchdocument"))
    run("CREATE INDEX search_facetrow_keys ON search_searchfacetrow USING gin (keys)")
    run(
        "CREATE INDEX search_facetrow_date ON search_searchfacetrow "
        "(type_key, locale, date DESC NULLS LAST, document_id DESC)"
    )


def uninstall(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, *_ in TRIGGERS:
        schema_editor.execute(
            f"DROP TRIGGER IF EXISTS rr_search_facets_{name} ON search_searchdocument"
        )
    schema_editor.execute("DROP FUNCTION IF EXISTS rr_search_facets()")
    schema_editor.execute("DROP TABLE IF EXISTS search_searchfacetrow")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0008_languages"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchFacetRow",
            fields=[
                ("document_id", models.BigIntegerField(primary_key=True, serialize=False)),
                ("type_key", models.CharField(max_length=50)),
                ("locale", models.CharField(blank=True, default="", max_length=10)),
                ("date", models.DateField(blank=True, null=True)),
                (
                    "keys",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.TextField(), default=list, size=None
                    ),
                ),
            ],
            options={
                "db_table": "search_searchfacetrow",
                "managed": False,
            },
        ),
        migrations.CreateModel(
            name="SearchFacetCount",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("type_key", models.CharField(max_length=50)),
                ("locale", models.CharField(blank=True, default="", max_length=10)),
                ("name", models.CharField(blank=True, max_length=50)),
                ("value", models.CharField(blank=True, max_length=200)),
                ("n", models.IntegerField(default=0)),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("type_key", "locale", "name", "value"),
                        name="search_facet_count_unique",
                    )
                ],
            },
        ),
        migrations.DeleteModel(
            name="SearchFacet",
        ),
        migrations.RunPython(install, uninstall),
    ]
