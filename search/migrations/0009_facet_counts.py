"""Browsing's own tables replace the per-value facet table: SearchFacetRow (a document's
facet values as "name=value" keys in a narrow row, filtered through a GIN index and paged
through a date index) and SearchFacetCount (the counts of a listing with no filter). On
PostgreSQL, triggers on the document table keep both exact: per statement for inserts and
deletes (transition tables: a bulk load costs one grouped statement), per row for the updates
that change a facet, the date, the type or the locale (rewriting vectors costs nothing). Other databases keep neither: browsing reads the documents."""

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

# One row version (OLD or NEW in a row-level trigger) as a relation.
ROW = "(SELECT {v}.id AS id, {v}.type_key AS type_key, {v}.locale AS locale, {v}.date AS date, {v}.facets AS facets)"


def count(sign, rows):
    return COUNT.format(sign=sign, rows=rows, pairs=PAIRS)


def keys(rows):
    return ROWS.format(rows=rows, pairs=PAIRS)


# Inserts and deletes: once per statement, over its rows (a bulk load is one grouped upsert).
FUNCTION = f"""
CREATE OR REPLACE FUNCTION rr_search_facets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        {count("", "new_rows")}
        {keys("new_rows")}
    ELSE
        {count("-", "old_rows")}
        DELETE FROM search_searchfacetrow WHERE document_id IN (SELECT id FROM old_rows);
    END IF;
    RETURN NULL;
END $$;
"""  # noqa: S608 - fixed SQL, no input

# Updates: once per row whose facets, date, type or locale changed (the WHEN of the trigger),
# so rewriting every vector costs nothing here and keeps no copy of the rows.
ROW_FUNCTION = f"""
CREATE OR REPLACE FUNCTION rr_search_facets_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    {count("-", ROW.format(v="OLD"))}
    {count("", ROW.format(v="NEW"))}
    {keys(ROW.format(v="NEW"))}
    RETURN NULL;
END $$;
"""  # noqa: S608 - fixed SQL, no input

# Both tables rebuilt from the documents (after writes made with triggers off).
REFRESH = f"""
CREATE OR REPLACE FUNCTION rr_search_facets_refresh() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM search_searchfacetcount;
    DELETE FROM search_searchfacetrow;
    {count("", "search_searchdocument")}
    {keys("search_searchdocument")}
END $$;
"""  # noqa: S608 - fixed SQL, no input

TRIGGERS = [
    ("insert", "AFTER INSERT", "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT", ""),
    ("delete", "AFTER DELETE", "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT", ""),
    (
        "update",
        "AFTER UPDATE OF type_key, locale, date, facets",
        "FOR EACH ROW WHEN ((OLD.type_key, OLD.locale, OLD.date, OLD.facets) IS DISTINCT FROM "
        "(NEW.type_key, NEW.locale, NEW.date, NEW.facets))",
        "_row",
    ),
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
    run(ROW_FUNCTION)
    run(REFRESH)
    for name, event, each, function in TRIGGERS:
        run(
            f"CREATE TRIGGER rr_search_facets_{name} {event} ON search_searchdocument "
            f"{each} EXECUTE FUNCTION rr_search_facets{function}()"
        )
    run("SELECT rr_search_facets_refresh()")
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
    for function in ("rr_search_facets", "rr_search_facets_row", "rr_search_facets_refresh"):
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {function}()")
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
