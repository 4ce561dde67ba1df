"""PostgreSQL only: every language analysed in its own text-search configuration.

``rr_english``, ``rr_french``, ``rr_spanish``: the built-in stemmers with ``unaccent`` before
them (réintégration, reintegración and reintegracion meet); ``rr_simple`` (unaccented, not
stemmed) for Arabic and other languages. ``rr_normalize(text)`` normalises Arabic spelling and
strips one light prefix (the SQL twin of ``search.analysis.normalize``; frozen here). The
stored vectors are rebuilt with them; the per-language partial indexes (searches no longer
filter on the text's language) give way to per-locale ones (the site search of a locale reads
its documents and the locale-less ones)."""

from django.db import migrations

LETTER = "[\u0621-\u064a]"
PREFIX = f"(?<!{LETTER})(?:وال|بال|كال|فال|لل|ال)(?={LETTER}{{2}})|(?<!{LETTER})و(?={LETTER}{{3}})"
# translate(): characters of FROM_CHARS beyond TO_CHARS' length are deleted.
FROM_CHARS = (
    "\u0623\u0625\u0622\u0671\u0649\u0629\u0624\u0626\u06cc\u06a9"
    + "".join(chr(c) for c in range(0x064B, 0x0653))
    + "\u0670\u0640"
)
TO_CHARS = "\u0627\u0627\u0627\u0627\u064a\u0647\u0621\u0621\u064a\u0643"
NORMALIZE = (
    "CREATE OR REPLACE FUNCTION rr_normalize(t text) RETURNS text "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ "
    f"SELECT CASE WHEN t ~ '[\u0600-\u06ff]' THEN regexp_replace("
    f"translate(t, '{FROM_CHARS}', '{TO_CHARS}'), '{PREFIX}', '', 'g') ELSE t END $$"
)
CONFIGS = {"rr_english": "english", "rr_french": "french", "rr_spanish": "spanish"}
LOCALES = ("en", "fr", "es", "ar")
CONFIG_OF = (
    "(CASE left(language, 2) WHEN 'en' THEN 'rr_english' WHEN 'fr' THEN 'rr_french' "
    "WHEN 'es' THEN 'rr_spanish' ELSE 'rr_simple' END)::regconfig"
)
OLD_CONFIG_OF = (
    "(CASE left(language, 2) WHEN 'en' THEN 'english' WHEN 'fr' THEN 'french' "
    "WHEN 'es' THEN 'spanish' ELSE 'simple' END)::regconfig"
)


def _fill(config_of, normalize):
    def part(column, weight):
        value = f"coalesce({column}, '')"
        value = f"rr_normalize({value})" if normalize else value
        return f"setweight(to_tsvector({config_of}, {value}), '{weight}')"

    head = f"{part('title', 'A')} || {part('summary', 'B')}"
    return (
        f"UPDATE search_searchdocument SET head_vector = {head}, "  # noqa: S608 - constant SQL
        f"search_vector = {head} || {part('substr(text, 1, 500000)', 'C')}"
    )


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    run = schema_editor.execute
    run("CREATE EXTENSION IF NOT EXISTS unaccent")
    run(NORMALIZE)
    for name, source in [*CONFIGS.items(), ("rr_simple", "simple")]:
        stem = f"{source}_stem" if source != "simple" else "simple"
        run(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
        run(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {source})")
        run(
            f"ALTER TEXT SEARCH CONFIGURATION {name} "
            f"ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {stem}"
        )
    run(_fill(CONFIG_OF, normalize=True))
    for code in LOCALES:
        run(f"DROP INDEX IF EXISTS search_doc_vector_{code}_gin")
        run(f"DROP INDEX IF EXISTS search_doc_head_{code}_gin")
        for column, name in (("search_vector", "vector"), ("head_vector", "head")):
            run(
                f"CREATE INDEX IF NOT EXISTS search_doc_{name}_locale_{code}_gin "
                f"ON search_searchdocument USING gin ({column}) WHERE locale IN ('{code}', '')"
            )


def backward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    run = schema_editor.execute
    for code in LOCALES:
        for column, name in (("search_vector", "vector"), ("head_vector", "head")):
            run(f"DROP INDEX IF EXISTS search_doc_{name}_locale_{code}_gin")
            run(
                f"CREATE INDEX IF NOT EXISTS search_doc_{name}_{code}_gin "
                f"ON search_searchdocument USING gin ({column}) WHERE language = '{code}'"
            )
    run(_fill(OLD_CONFIG_OF, normalize=False))
    for name in [*CONFIGS, "rr_simple"]:
        run(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
    run("DROP FUNCTION IF EXISTS rr_normalize(text)")


class Migration(migrations.Migration):
    dependencies = [("search", "0007_facets")]
    operations = [migrations.RunPython(forward, backward)]
