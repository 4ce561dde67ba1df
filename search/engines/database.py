"""The database engine: PostgreSQL full text (tsvector, ts_rank_cd, ts_headline, pg_trgm)
with a portable LIKE fallback on other databases (SQLite in development and tests)."""

import json
import re
from collections import Counter
from contextlib import contextmanager

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import (
    SearchQuery,
    SearchQueryField,
    SearchRank,
    SearchVector,
)
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import (
    BooleanField,
    Case,
    Count,
    ExpressionWrapper,
    F,
    FloatField,
    Func,
    IntegerField,
    Q,
    Sum,
    TextField,
    Value,
    When,
)
from django.db.models.expressions import Expression, RawSQL
from django.db.models.functions import (
    Coalesce,
    Collate,
    Greatest,
    Least,
    Lower,
    NullIf,
    StrIndex,
    Substr,
)
from django.db.models.lookups import GreaterThan

from search.analysis import DEFAULT_TS_CONFIG, normalize
from search.models import (
    TS_CONFIGS,
    SearchDocument,
    SearchFacetCount,
    SearchFacetRow,
    facet_key,
    ts_config,
)
from search.query import ParsedQuery, parse_query

from .base import (
    MARK_END,
    MARK_START,
    Engine,
    Hit,
    Results,
    did_you_mean,
    marked_to_html,
    python_highlight,
)

COUNT_CAP = 1000  # counts stop here ("1000+"): counting every match of common words is slow
HEAD_EXAMINE_CAP = 2000  # titles/summaries with all of a phrase's words checked for it
PHRASE_EXAMINE_CAP = 500  # rows with all of a phrase's words checked for the phrase itself
FULL_RANK_CANDIDATES = 100  # of those, the best by title/summary get the full ts_rank_cd
RANK_CANDIDATES = 1000  # ts_rank_cd runs on at most this many candidates (or the page's end)
ROW_FIELDS = (
    "pk",
    "type_key",
    "object_id",
    "title",
    "url",
    "summary",
    "date",
    "date_precision",
    "language",
    "score",
)
VOCABULARY_KEY = "search:vocabulary:v1"
SUGGEST_CONTAINING_POOL = 200  # titles containing the text, sorted in Python
# Added to the scores (ranks scaled to 0-1) of documents in the visitor's language: they come
# first, in relevance order, then the others (a boost, not a filter).
LANGUAGE_BOOST = 1.0


def _is_postgres():
    return connection.vendor == "postgresql"


def _normalized(expression):
    """``rr_normalize(expression)``: Arabic spelling normalised (``search.analysis``)."""
    return Func(expression, function="rr_normalize", output_field=TextField())


def build_head_vector(language):
    """Title (A) and summary (B), normalised, in the configuration of the text's language."""
    config = ts_config(language)
    return SearchVector(_normalized(F("title")), weight="A", config=config) + SearchVector(
        _normalized(F("summary")), weight="B", config=config
    )


def build_vector(language):
    """The head vector plus the text (C), in the configuration of the text's language."""
    config = ts_config(language)
    return build_head_vector(language) + SearchVector(
        _normalized(Substr("text", 1, 500000)), weight="C", config=config
    )


def build_tsquery(parsed):
    """The normalised query in every language's configuration, OR-ed: each document is
    matched through its own language's analysis, so an English query from /fr/ still finds
    English documents (and a French one French documents).

    On PostgreSQL the configurations' queries are computed first and the distinct ones joined
    into one ``tsquery`` literal: most words give the same lexemes in several languages, and
    each copy cost the index a lookup and every headline a pass."""
    raw = parsed.websearch()
    text = normalize(raw)
    parts = [(text, config) for config in sorted(set(TS_CONFIGS.values()))]
    if text != raw:  # the words as typed too: ts_headline marks them in the stored text
        parts.append((raw, DEFAULT_TS_CONFIG))
    if _is_postgres():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT "
                + ", ".join("websearch_to_tsquery(%s::regconfig, %s)::text" for _ in parts),  # noqa: S608 - placeholders only
                [value for text_, config in parts for value in (config, text_)],
            )
            analysed = cursor.fetchone()
        distinct = [q for q in dict.fromkeys(analysed) if q]
        literal = " | ".join(f"( {q} )" for q in distinct) if distinct else ""
        as_typed = analysed[len(parts) - 1] if text != raw else ""
        per_config = {}
        for part, query in zip(parts, analysed, strict=True):
            own = [q for q in dict.fromkeys([query, as_typed]) if q]
            per_config.setdefault(part[1], " | ".join(f"( {q} )" for q in own))
        return _TsQueryLiteral(literal, per_config)
    query = None
    for value, config in parts:
        part = SearchQuery(value, search_type="websearch", config=config)
        query = part if query is None else query | part
    return query


class _TsQueryLiteral(SearchQuery):
    """A query already analysed, given as ``tsquery`` text: ``'…'::tsquery``."""

    def __init__(self, literal, per_config=None):
        super().__init__(literal, search_type="raw")
        self.literal = literal
        self.per_config = per_config or {}

    def as_sql(self, compiler, connection, function=None, template=None):
        return "(%s::tsquery)", [self.literal]


class _ByLanguage(Expression):
    """``(CASE language WHEN 'en' THEN %s … ELSE %s END)::<cast>``, each row's own language's
    value: one node with one column, so building and copying it costs nothing next to a tree
    of Case/When nodes (the query and the configuration of every row of every search)."""

    def __init__(self, by_language, default, cast, output_field):
        super().__init__(output_field=output_field)
        self.by_language, self.default, self.cast = list(by_language), default, cast
        self.language = F("language")

    def get_source_expressions(self):
        return [self.language]

    def set_source_expressions(self, exprs):
        (self.language,) = exprs

    def as_sql(self, compiler, connection):
        column, params = compiler.compile(self.language)
        whens = " ".join("WHEN %s THEN %s" for _ in self.by_language)
        values = [value for pair in self.by_language for value in pair]
        return (
            f"(CASE {column} {whens} ELSE %s END)::{self.cast}",
            [*params, *values, self.default],
        )


def _own_language(tsquery):
    """Each row's own language's part of the query (the part its vector was analysed like):
    ts_rank_cd and ts_headline take several times longer with the query of every language."""
    per_config = getattr(tsquery, "per_config", None)
    if not per_config:
        return tsquery
    by_language = [
        (code, per_config.get(config) or tsquery.literal) for code, config in TS_CONFIGS.items()
    ]
    default = per_config.get(ts_config(None)) or tsquery.literal
    return _ByLanguage(by_language, default, "tsquery", SearchQueryField())


def _rank(vector, tsquery):
    """ts_rank_cd scaled to 0-1 (rank / (rank + 1): the same order)."""
    return SearchRank(
        F(vector), _own_language(tsquery), cover_density=True, normalization=Value(32)
    )


def _language_counts(facets):
    """{"language": {code: n}} of these documents' facets (the split shown on every search)."""
    return {"language": _count_facets(facets).get("language", {})}


def _boosted(rank, language):
    """``rank`` plus LANGUAGE_BOOST for documents in the visitor's ``language``."""
    if not language:
        return rank
    return rank + Case(
        When(language=language, then=Value(LANGUAGE_BOOST)),
        default=Value(0.0),
        output_field=FloatField(),
    )


class DatabaseEngine(Engine):
    name = "database"

    # --- indexing ---------------------------------------------------------------------------
    def index(self, docs):
        docs = list(docs)
        with transaction.atomic():
            written = []
            for doc in docs:
                fields = stored_fields(doc)
                obj, _ = SearchDocument.objects.update_or_create(
                    type_key=doc["type_key"],
                    object_id=str(doc["object_id"]),
                    language=fields.pop("language"),
                    defaults=fields,
                )
                if _is_postgres():
                    SearchDocument.objects.filter(pk=obj.pk).update(
                        search_vector=build_vector(obj.language),
                        head_vector=build_head_vector(obj.language),
                    )
                written.append(obj)

    def update_vectors(self, queryset=None):
        """Recompute the stored tsvectors (bulk-loaded rows, config changes)."""
        if not _is_postgres():
            return
        queryset = queryset if queryset is not None else SearchDocument.objects.all()
        for language in queryset.values_list("language", flat=True).distinct():
            queryset.filter(language=language).update(
                search_vector=build_vector(language), head_vector=build_head_vector(language)
            )

    def delete(self, type_key, object_ids=None):
        qs = SearchDocument.objects.filter(type_key=type_key)
        if object_ids is not None:
            qs = qs.filter(object_id__in=[str(i) for i in object_ids])
        qs.delete()

    def rebuild(self, docs):
        with transaction.atomic():
            SearchDocument.objects.all().delete()
            self.index(docs)
        # Edits leave the "did you mean" vocabulary to expire (ten minutes): computing it reads
        # every title (about a second at 100,000 documents), too slow to redo on each edit.
        cache.delete(VOCABULARY_KEY)

    def counts(self):
        rows = SearchDocument.objects.values_list("type_key", "object_id").distinct()
        return dict(Counter(type_key for type_key, _ in rows))

    # --- searching --------------------------------------------------------------------------
    def search(
        self,
        query,
        types=(),
        filters=None,
        page=1,
        per_page=10,
        language=None,
        *,
        locale=None,
        date_range=None,
        sort="relevance",
    ):
        parsed = parse_query(query)
        results = Results(engine=self.name)
        types = tuple(types or ())
        filters = _clean_filters(filters)
        offset = (max(page, 1) - 1) * per_page
        if not parsed:
            scope = _in_scope(SearchDocument.objects.all(), locale, date_range)
            rows = _Browser(types, filters, locale, date_range)(
                results, scope, sort, offset, per_page
            )
            return self._hits(results, rows, {})
        # Every language: the visitor's ranks first (_boosted).
        unfaceted = _in_scope(SearchDocument.objects.all(), locale, date_range, keys=True)
        base = _apply_facet_filters(unfaceted, filters)
        options = {"sort": sort, "unfaceted": unfaceted}
        if _is_postgres():
            with _prefer_index_scans():
                rows, snippets = self._postgres(
                    results, parsed, base, types, filters, offset, per_page, language, **options
                )
        else:
            rows, snippets = self._portable(
                results, parsed, base, types, offset, per_page, filters=filters, **options
            )
        self._hits(results, rows, snippets)
        if results.total == 0:
            results.suggestion = did_you_mean(parsed.words, self.vocabulary())
        return results

    def _hits(self, results, rows, snippets):
        for row in rows:
            results.hits.append(
                Hit(
                    type_key=row["type_key"],
                    object_id=row["object_id"],
                    title=row["title"],
                    url=row["url"],
                    summary=row["summary"],
                    date=row["date"],
                    date_precision=row["date_precision"],
                    language=row["language"],
                    snippet=snippets.get(row["pk"], ""),
                    score=float(row["score"] or 0),
                )
            )
        return results

    def ids(self, query, types=(), filters=None, language=None, limit=1000, *, locale=None):
        """(type_key, object_id) of the best ``limit`` matches (one per object), those in
        ``language`` first among equals, shown in ``locale`` (or of no locale) when given."""
        parsed = parse_query(query)
        if not parsed:
            return []
        base = _typed(_in_scope(SearchDocument.objects.all(), locale, None, keys=True), types)
        base = _apply_facet_filters(base, filters or {})
        if _is_postgres():
            tsquery = build_tsquery(parsed)
            with _prefer_index_scans():
                rows = list(
                    base.filter(search_vector=tsquery)
                    .annotate(score=_boosted(_rank("head_vector", tsquery), language))
                    .order_by("-score", "pk")
                    .values_list("type_key", "object_id")[: limit * 2]
                )
        else:
            rows = list(
                base.filter(_like_filter(parsed))
                .annotate(score=_like_rank(parsed))
                .order_by("-score", "pk")
                .values_list("type_key", "object_id")[: limit * 2]
            )
        return list(dict.fromkeys(rows))[:limit]

    def _postgres(
        self,
        results,
        parsed,
        base,
        types,
        filters,
        offset,
        per_page,
        language,
        *,
        sort="relevance",
        unfaceted=None,
    ):
        """Counts from at most COUNT_CAP matches; ts_rank_cd on at most FULL_RANK_CANDIDATES
        rows when there are more (picked by the small title/summary vector); ts_headline on
        the page's rows only. Words in relevance order take the pooled path (one pass)."""
        tsquery = build_tsquery(parsed)
        if not parsed.phrases and not _sort_order(sort):
            return self._pooled(
                results,
                parsed,
                tsquery,
                base,
                types,
                filters,
                offset,
                per_page,
                language,
                unfaceted,
            )
        single = len(types) == 1
        fields = ("pk", "type_key", "facets")
        sampler = _Sampler(parsed, tsquery, fields)
        sample, results.counts_capped = sampler(base)
        results.facet_counts["type"] = dict(Counter(row[1] for row in sample))
        if not single:  # every type has the language facet: the split by language
            chosen_all = [row for row in sample if not types or row[1] in types]
            results.facet_counts["facets"] = _language_counts(row[2] for row in chosen_all)
        if types and results.counts_capped:
            chosen, results.total_capped = sampler(_typed(base, types))
        else:
            chosen = [row for row in sample if not types or row[1] in types]
            results.total_capped = results.counts_capped and not types
        results.total = len(chosen)
        if single:
            results.facet_counts["facets"] = _count_facets(row[2] for row in chosen)
            for name in filters or {}:  # a facet's counts ignore its own filter
                others = {k: v for k, v in filters.items() if k != name}
                rows, _capped = sampler(_typed(_apply_facet_filters(unfaceted, others), types))
                results.facet_counts["facets"][name] = _count_facets(r[2] for r in rows).get(
                    name, {}
                )
        order = _sort_order(sort)
        if order and results.total_capped:
            # Date or title order over more matches than were counted: straight from the match.
            matches = _typed(base, types)
            candidates = (
                matches.filter(search_vector=tsquery)
                .order_by(*order)
                .values("pk")[: offset + per_page]
            )
        elif not results.total_capped:
            # Every match is known (at most COUNT_CAP of them): rank exactly those.
            if offset >= results.total:
                return [], {}
            candidates = [row[0] for row in chosen]
        else:
            needed = offset + per_page
            known = [row[0] for row in chosen]
            if sampler.phrase:  # titles/summaries checked in full, the text as far as examined
                pool = _candidates(base, types, tsquery, needed, known, sampler.words_query)
            elif (types or filters) and needed <= len(known):
                # Narrowed searches: the matches already sampled are the pool (reading more
                # rows to check types and facets costs more than ranking gains).
                pool = known
            else:
                pool = _candidates(base, types, tsquery, needed)
            # Many matches: keep the best FULL_RANK_CANDIDATES by the cheap head-vector rank.
            candidates = (
                SearchDocument.objects.filter(pk__in=pool)
                .annotate(head=_boosted(_rank("head_vector", tsquery), language))
                .order_by("-head", "pk")
                .values("pk")[: max(FULL_RANK_CANDIDATES, needed)]
            )
        rows = list(
            SearchDocument.objects.filter(pk__in=candidates)
            .annotate(score=_boosted(_rank("search_vector", tsquery), language))
            .order_by(*(order or ("-score", "-date", "pk")))
            .values(*ROW_FIELDS)[offset : offset + per_page]
        )
        if rows and results.total_capped:  # e.g. phrase matches beyond the examined rows
            results.total = max(results.total, offset + len(rows))
        return rows, _pg_headlines([r["pk"] for r in rows], tsquery, language, parsed)

    def _pooled(
        self, results, parsed, tsquery, base, types, filters, offset, per_page, language, unfaceted
    ):
        """Words in relevance order: one pool of the words' matches (at most COUNT_CAP, of
        every type and facet value, title/summary matches first, with their cheap head rank)
        gives, in one statement counted in the database, the type tabs, the total and facet
        counts of the chosen types and filters (a filtered facet's own counts ignoring its
        filter) and the candidates; the best FULL_RANK_CANDIDATES by head rank get the full
        ts_rank_cd. Under COUNT_CAP matches everything is exact; over it, counts are "at
        least" ones, and when too few of the pool pass the type and filters for the page, a
        pool of those alone gives the total and candidates."""
        needed = offset + per_page
        single = len(types) == 1
        size = max(COUNT_CAP, needed)  # the pool: counted up to COUNT_CAP, ranked in full
        options = {
            "best": max(min(FULL_RANK_CANDIDATES, RANK_CANDIDATES), needed),
            "facets": _facet_names(types[0]) if single else ["language"],
            "more": size,
            "types": types,
        }
        # The words alone: every count, and the candidates passing the type and the filters.
        pool = _Summary(
            _pool(unfaceted, tsquery, language, size), COUNT_CAP, filters=filters, **options
        )
        results.facet_counts["type"], results.counts_capped = pool.types, pool.capped
        results.facet_counts["facets"] = pool.facets
        if pool.capped and len(pool.best) < needed:  # too small a share of the pool passes
            narrowed = _Summary(
                _pool(_typed(base, types), tsquery, language, size), COUNT_CAP, **options
            )
            pool.chosen, pool.best = narrowed.chosen, narrowed.best
            for name, counts in narrowed.facets.items():
                if name not in (filters or {}):
                    results.facet_counts["facets"][name] = counts
        results.total, results.total_capped = pool.chosen, pool.capped
        if offset >= results.total and not results.total_capped:
            return [], {}
        rows = list(
            SearchDocument.objects.filter(pk__in=pool.best)
            .annotate(score=_boosted(_rank("search_vector", tsquery), language))
            .order_by("-score", "-date", "pk")
            .values(*ROW_FIELDS)[offset : offset + per_page]
        )
        if rows and results.total_capped:  # a page beyond the counted matches
            results.total = max(results.total, offset + len(rows))
        return rows, _pg_headlines([r["pk"] for r in rows], tsquery, language, parsed)

    def _portable(
        self, results, parsed, base, types, offset, per_page, *, filters, sort, unfaceted
    ):
        matched = base.filter(_like_filter(parsed))
        results.facet_counts["type"] = dict(Counter(matched.values_list("type_key", flat=True)))
        selected = matched.filter(type_key__in=types) if types else matched
        if len(types) == 1:
            results.facet_counts["facets"] = _count_facets(
                selected.values_list("facets", flat=True)
            )
            for name in filters:  # a facet's counts ignore its own filter
                others = {k: v for k, v in filters.items() if k != name}
                rows = _apply_facet_filters(unfaceted, others).filter(
                    _like_filter(parsed), type_key__in=types
                )
                counts = _count_facets(rows.values_list("facets", flat=True))
                results.facet_counts["facets"][name] = counts.get(name, {})
        results.total = sum(
            n for key, n in results.facet_counts["type"].items() if not types or key in types
        )
        rows = list(
            selected.annotate(score=_like_rank(parsed))
            .order_by(*(_sort_order(sort) or ("-score", "-date", "pk")))
            .values(*ROW_FIELDS, "text")[offset : offset + per_page]
        )
        snippets = {
            r["pk"]: marked_to_html(
                python_highlight(
                    r["summary"] + "\n" + r["text"], parsed.words, phrases=parsed.phrases
                ),
                parsed,
            )
            for r in rows
        }
        return rows, snippets

    def suggest(self, prefix, language=None, limit=8):
        """Titles starting with the text (in order, straight from an index), then titles
        containing it (three characters or more, trigram index); one row per title."""
        parsed = parse_query(prefix)
        text = " ".join(parsed.words)
        if len(text) < 2:
            return []
        key = Collate(Lower("title"), "C") if _is_postgres() else Lower("title")
        qs = SearchDocument.objects.annotate(key=key, lower_title=Lower("title"))
        if language:  # the visitor's site language: titles shown there, and locale-less ones
            qs = qs.filter(Q(locale=language) | Q(locale=""))
        fields = ("title", "url", "type_key", "object_id")
        starting = qs.filter(key__startswith=text).order_by("key", "pk")
        out = _distinct_titles(starting.values(*fields)[: limit * 3], limit)
        if len(out) < limit and len(text) >= 3:
            # Unordered from the trigram index, then sorted here: ordering in SQL walks the
            # title index from the start and filters, which read every title for a rare text.
            containing = sorted(
                qs.filter(lower_title__contains=text)
                .exclude(key__startswith=text)
                .order_by()
                .values(*fields, "key", "pk")[:SUGGEST_CONTAINING_POOL],
                key=lambda row: (row["key"], row["pk"]),
            )
            out = _distinct_titles([*out, *containing], limit)
        return out

    def vocabulary(self):
        """Distinct title words (cached): the dictionary for "did you mean"."""
        words = cache.get(VOCABULARY_KEY)
        if words is None:
            if _is_postgres():
                with connection.cursor() as cursor:
                    cursor.execute(
                        "SELECT word FROM ts_stat('SELECT to_tsvector(''simple'', title) "
                        "FROM search_searchdocument') ORDER BY ndoc DESC LIMIT 50000"
                    )
                    words = [row[0] for row in cursor.fetchall()]
            else:
                found = set()
                for title in SearchDocument.objects.values_list("title", flat=True).iterator():
                    found.update(w.lower() for w in re.findall(r"\w+", title))
                words = sorted(found)
            words = [w for w in words if len(w) > 2 and not w.isdigit()]
            cache.set(VOCABULARY_KEY, words, 600)
        return words


def _distinct_titles(rows, limit):
    seen, out = set(), []
    for row in rows:
        if row["title"] not in seen:
            seen.add(row["title"])
            out.append(row)
        if len(out) == limit:
            break
    return out


def _with_language_facet(doc):
    """The document's facets, with "language" (the text's) unless its type gives its own."""
    return {"language": [doc.get("language") or "en"], **(doc.get("facets") or {})}


def stored_fields(doc):
    """The fields of a document as the table stores them (``index`` writes them, drift checks
    compare them)."""
    return {
        "title": (doc.get("title") or "")[:500],
        "summary": doc.get("summary") or "",
        "text": doc.get("text") or "",
        "url": doc.get("url") or "",
        "date": doc.get("date"),
        "date_precision": "year" if doc.get("date_precision") == "year" else "day",
        "language": doc.get("language") or "en",
        "locale": doc.get("locale") or "",
        "facets": _clean_facets(_with_language_facet(doc)),
    }


def _clean_facets(facets):
    out = {}
    for name, values in (facets or {}).items():
        if isinstance(values, (str, int)):
            values = [values]
        out[str(name)] = sorted({str(v) for v in values or () if v not in (None, "")})
    return out


def _like_filter(parsed):
    condition = Q()
    for word in parsed.terms:
        condition &= Q(title__icontains=word) | Q(summary__icontains=word) | Q(text__icontains=word)
    for phrase in parsed.phrases:
        text = " ".join(phrase)
        condition &= Q(title__icontains=text) | Q(summary__icontains=text) | Q(text__icontains=text)
    return condition


def _like_rank(parsed):
    score = Value(0)
    for word in parsed.words:
        for field, weight in (("title", 10), ("summary", 4), ("text", 1)):
            score = score + Case(
                When(**{f"{field}__icontains": word}, then=Value(weight)),
                default=Value(0),
                output_field=IntegerField(),
            )
    return score


def _apply_facet_filters(qs, filters):
    for name, values in filters.items():
        values = [str(v) for v in values if v]
        if not values:
            continue
        if _is_postgres():
            qs = _keys_overlap(qs, [facet_key(name, value) for value in values])
        else:
            ids = [
                pk
                for pk, facets in qs.values_list("pk", "facets")
                if set(values) & set((facets or {}).get(name, []))
            ]
            qs = qs.filter(pk__in=ids)
    return qs


def _clean_filters(filters):
    """{facet: [values]} without empty values or facets."""
    out = {}
    for name, values in (filters or {}).items():
        values = sorted({str(v) for v in values or () if v not in (None, "")})
        if values:
            out[str(name)] = values
    return out


class MatchKeys(Func):
    """A document's filter keys, the expression indexed beside its vectors (migration 0010):
    "@type=…", "@locale=…" ("*" when shown in every locale) and "name=value" per facet value."""

    function = "rr_match_keys"
    output_field = ArrayField(TextField())

    def __init__(self):
        super().__init__(F("type_key"), F("locale"), F("facets"))


def _keys_overlap(qs, keys):
    """Documents with one of ``keys`` (PostgreSQL): checked inside the text index's scan."""
    alias = f"match_keys_{len(qs.query.annotations)}"
    return qs.alias(**{alias: MatchKeys()}).filter(**{f"{alias}__overlap": list(keys)})


def _typed(qs, types):
    """Documents of one of ``types`` (all when none are given)."""
    if not types:
        return qs
    if _is_postgres():
        return _keys_overlap(qs, [f"@type={key}" for key in types])
    return qs.filter(type_key__in=types)


def _in_scope(qs, locale, date_range, keys=False):
    """Documents shown in ``locale`` (plus those of no locale) dated within ``date_range``;
    ``keys``: the locale tested through the match keys (text queries on PostgreSQL)."""
    if locale and keys and _is_postgres():
        qs = _keys_overlap(qs, [f"@locale={locale}", "@locale=*"])
    elif locale:
        qs = qs.filter(locale__in=[locale, ""])
    first, last = date_range or (None, None)
    if first:
        qs = qs.filter(date__gte=first)
    if last:
        qs = qs.filter(date__lte=last)
    return qs


def _sort_order(sort):
    """ORDER BY of a non-relevance sort (undated documents last); None for relevance."""
    if sort == "newest":
        return (F("date").desc(nulls_last=True), "-pk")
    if sort == "oldest":
        return (F("date").asc(nulls_last=True), "pk")
    if sort == "title":
        return ("title", "pk")
    return None


class _Browser:
    """An empty query: every document of the types in scope that passes the filters, in date
    or title order, with exact counts; a facet's counts ignore that facet's own filter.

    With nothing narrowing the set, every count comes from the rollup (SearchFacetCount) and
    the page from the (type, locale, date | title) indexes. Filters are containment tests on
    the facets (the GIN index); the counts of every filtered state come from one pass over the
    documents that miss at most one filter, each value counted where the filters it must pass
    hold. Other databases count in Python (development data)."""

    def __init__(self, types, filters, locale, date_range):
        self.types, self.filters, self.locale = types, filters, locale
        self.date_range = date_range if date_range and any(date_range) else None
        self.locales = [locale, ""] if locale else None

    def __call__(self, results, scope, sort, offset, per_page):
        docs = scope.filter(type_key__in=self.types) if self.types else scope
        order = _sort_order(sort) or _sort_order("newest")
        if not _is_postgres():
            return self._portable(results, scope, docs, order, offset, per_page)
        rollup = not self.filters and not self.date_range
        if rollup:
            results.facet_counts["type"] = self.rolled_up_types()
        else:
            matching = self.matching(self.rows())
            results.facet_counts["type"] = dict(
                matching.values_list("type_key").annotate(n=Count("pk")).order_by()
            )
        if self.types:
            results.total = sum(results.facet_counts["type"].get(t, 0) for t in self.types)
        else:
            results.total = sum(results.facet_counts["type"].values())
        if len(self.types) == 1:
            results.facet_counts["facets"] = self.facet_counts()
        if offset >= results.total:
            return []
        if rollup:
            return self.first_rows(docs, order, offset, per_page)
        matching = self.matching(self.rows(typed=True))
        if sort == "title":  # the narrow rows have no title: order the matching documents
            page = docs.filter(pk__in=matching.values("document_id")).order_by(*order)
            return list(
                page.annotate(score=Value(0.0)).values(*ROW_FIELDS)[offset : offset + per_page]
            )
        row_order = [
            F("date").desc(nulls_last=True) if sort != "oldest" else F("date").asc(nulls_last=True),
            "-document_id" if sort != "oldest" else "document_id",
        ]
        ids = list(
            matching.order_by(*row_order).values_list("document_id", flat=True)[
                offset : offset + per_page
            ]
        )
        found = {
            row["pk"]: row
            for row in SearchDocument.objects.filter(pk__in=ids)
            .annotate(score=Value(0.0))
            .values(*ROW_FIELDS)
        }
        return [found[pk] for pk in ids if pk in found]

    def rows(self, typed=False):
        """The narrow facet rows in scope (locale, dates; the types when ``typed``)."""
        rows = SearchFacetRow.objects.all()
        if typed and self.types:
            rows = rows.filter(type_key__in=self.types)
        if self.locales:
            rows = rows.filter(locale__in=self.locales)
        first, last = self.date_range or (None, None)
        if first:
            rows = rows.filter(date__gte=first)
        if last:
            rows = rows.filter(date__lte=last)
        return rows

    def matching(self, rows):
        """``rows`` restricted to documents with a value of every filtered facet."""
        return rows.filter(_overlap(self.filters))

    def rollup_rows(self):
        rows = SearchFacetCount.objects.filter(n__gt=0)
        if self.types:
            rows = rows.filter(type_key__in=self.types)
        if self.locales:
            rows = rows.filter(locale__in=self.locales)
        return rows

    def rolled_up_types(self):
        rows = self.rollup_rows().filter(name="", value="")
        return dict(rows.values_list("type_key").annotate(total=Sum("n")).order_by())

    def rolled_up(self, names=None):
        """{name: {value: n}} of every document in scope (``names`` only, if given)."""
        rows = self.rollup_rows().exclude(name="")
        if names is not None:
            rows = rows.filter(name__in=list(names))
        counts = {}
        for name, value, n in rows.values_list("name", "value").annotate(total=Sum("n")).order_by():
            counts.setdefault(name, {})[value] = n
        return counts

    def first_rows(self, docs, order, offset, per_page):
        """The page, read in order from the browse index of each locale in scope (an IN list
        would sort every document of the type)."""
        if not self.locales:
            parts = [docs]
        else:
            parts = [docs.filter(locale=code) for code in self.locales]
        needed = offset + per_page
        ordered = [part.order_by(*order).values_list("pk", flat=True)[:needed] for part in parts]
        pks = ordered[0].union(*ordered[1:], all=True) if len(ordered) > 1 else ordered[0]
        return list(
            SearchDocument.objects.filter(pk__in=list(pks))
            .annotate(score=Value(0.0))
            .order_by(*order)
            .values(*ROW_FIELDS)[offset:needed]
        )

    def facet_counts(self):
        """{name: {value: n}} with each filtered facet counted over the documents passing the
        other filters, the rest over those passing every filter: one pass over the documents
        missing at most one filter, each with a flag per filter."""
        if not self.filters and not self.date_range:
            return self.rolled_up()
        names = list(self.filters)
        counts = {}
        own_from_rollup = len(names) == 1 and not self.date_range
        if own_from_rollup:
            counts.update(self.rolled_up(names=names))  # its own counts ignore its filter
        flags = [_overlap({name: self.filters[name]}) for name in names]
        candidates = self.rows(typed=True)
        if len(names) > 1:
            candidates = candidates.filter(
                Q(*[Q(*flags[:i], *flags[i + 1 :]) for i in range(len(flags))], _connector=Q.OR)
            )
        elif own_from_rollup:
            candidates = candidates.filter(flags[0])
        flagged = candidates.annotate(
            **{
                f"f{i}": ExpressionWrapper(flag, output_field=BooleanField())
                for i, flag in enumerate(flags)
            }
        ).values("keys", *[f"f{i}" for i in range(len(flags))])
        sql, params = flagged.query.sql_with_params()

        def passes(skip=None):
            """SQL: the flags of every filter but the ``skip``-th."""
            return " AND ".join(f"c.f{j}" for j in range(len(names)) if j != skip) or "TRUE"

        cases = "".join(f" WHEN %s THEN {passes(i)}" for i in range(len(names)))
        condition = f"CASE split_part(k, '=', 1){cases} ELSE {passes()} END" if names else "TRUE"
        args = [*params, *names]
        if own_from_rollup:
            condition += " AND split_part(k, '=', 1) <> %s"
            args.append(names[0])
        # OFFSET 0: the flags are computed once per document, not once per key.
        query = f"SELECT k, count(*) FROM ({sql} OFFSET 0) c, unnest(c.keys) k WHERE {condition} GROUP BY k"  # noqa: S608 - Django-built SQL and fixed text
        with connection.cursor() as cursor:
            cursor.execute(query, args)
            for key, n in cursor.fetchall():
                name, _, value = key.partition("=")
                counts.setdefault(name, {})[value] = n
        return counts

    def _portable(self, results, scope, docs, order, offset, per_page):
        """The same answers from the documents themselves (other databases: small data)."""

        def passes(facets, skip=None):
            return all(
                set(values) & set((facets or {}).get(name, []))
                for name, values in self.filters.items()
                if name != skip
            )

        rows = list(scope.values_list("pk", "type_key", "facets"))
        results.facet_counts["type"] = dict(Counter(t for _pk, t, f in rows if passes(f)))
        chosen = [(pk, f) for pk, t, f in rows if (not self.types or t in self.types)]
        matched = [pk for pk, f in chosen if passes(f)]
        results.total = len(matched)
        if len(self.types) == 1:
            counts = {}
            for facets in [f for _, f in chosen]:
                for name, values in (facets or {}).items():
                    if passes(facets, skip=name if name in self.filters else None):
                        for value in values:
                            bucket = counts.setdefault(name, {})
                            bucket[value] = bucket.get(value, 0) + 1
            results.facet_counts["facets"] = counts
        return list(
            docs.filter(pk__in=matched)
            .annotate(score=Value(0.0))
            .order_by(*order)
            .values(*ROW_FIELDS)[offset : offset + per_page]
        )


def _overlap(filters):
    """Facet rows having, for every facet, one of its values (``keys && …``: the GIN index)."""
    return Q(
        *[
            Q(keys__overlap=[facet_key(name, value) for value in values])
            for name, values in filters.items()
        ]
    )


def _candidates(base, types, tsquery, needed, known=None, words_query=None):
    """Title/summary matches first (the small head vector, checked without reading the large
    one), then text-only matches: the phrase matches already found (``known``), or the first
    matches of the words. For a phrase, at most HEAD_EXAMINE_CAP heads with all its words are
    checked for it."""
    filtered = _typed(base, types)
    limit = max(RANK_CANDIDATES, needed)
    head = filtered
    if words_query is not None:
        examined = filtered.filter(head_vector=words_query).values("pk")[:HEAD_EXAMINE_CAP]
        head = SearchDocument.objects.filter(pk__in=examined)
    head_sql, head_params = (
        head.filter(head_vector=tsquery).values("pk")[:limit].query.sql_with_params()
    )
    if known is not None:
        body = SearchDocument.objects.filter(pk__in=known or [0])
    else:
        body = filtered.filter(search_vector=tsquery)
    body_sql, body_params = (
        body.exclude(head_vector=tsquery).values("pk")[:limit].query.sql_with_params()
    )
    return RawSQL(  # noqa: S611 - composed of Django-built SQL and its params
        f"SELECT c.id FROM (({head_sql}) UNION ALL ({body_sql})) c(id) LIMIT {int(limit)}",  # noqa: S608 - Django-built SQL
        (*head_params, *body_params),
    )


POOL_FIELDS = ("pk", "type_key", "facets", "head")


def _pool(qs, tsquery, language, size):
    """Matches of ``qs`` as (pk, type_key, facets, head rank), at most ``size`` + 1:
    title/summary matches first (the small head vector's index), then text-only ones; each
    branch one scan of an index that also holds the filters."""
    head_rank = _boosted(_rank("head_vector", tsquery), language)
    in_head = qs.filter(head_vector=tsquery).annotate(head=head_rank)
    in_text = qs.filter(search_vector=tsquery).exclude(head_vector=tsquery)
    in_text = in_text.annotate(head=_boosted(Value(0.0), language))
    return in_head.values_list(*POOL_FIELDS)[: size + 1].union(
        in_text.values_list(*POOL_FIELDS)[: size + 1], all=True
    )


# One statement over a pool of rows (at most {more}): whether it has more than {size} rows and,
# over its first {size}: the count per type of those passing the filters (the tabs); of those
# also of the chosen types: their count, and the count per value of the facets named (read by
# name: jsonb_each over a thousand rows took 15 ms), a filtered facet's own values counted over
# the rows passing the other filters; and the {best} ids passing everything in the whole pool
# by head rank (a deep page needs more candidates than are counted).
SUMMARY = """
WITH pool AS MATERIALIZED (
    SELECT p.*, row_number() OVER () AS rn
    FROM ({pool}) p(id, type_key, facets, head) LIMIT {more}
), kept AS MATERIALIZED (SELECT * FROM pool WHERE rn <= {size}
), passing AS MATERIALIZED (SELECT * FROM pool WHERE {passing}
), candidates AS MATERIALIZED (SELECT * FROM passing WHERE {typed}
), chosen AS MATERIALIZED (SELECT * FROM candidates WHERE rn <= {size})
SELECT
    (SELECT count(*) FROM pool),
    (SELECT coalesce(jsonb_object_agg(type_key, n), '{{}}'::jsonb)::text
     FROM (SELECT type_key, count(*) AS n FROM passing WHERE rn <= {size} GROUP BY type_key) t),
    (SELECT count(*) FROM chosen),
    (SELECT coalesce(jsonb_agg(jsonb_build_array(name, value, n)), '[]'::jsonb)::text FROM (
        SELECT k.name, v.value, count(*) AS n
        FROM chosen, unnest(%s::text[]) k(name), {values}
        WHERE v.value IS NOT NULL
        GROUP BY 1, 2
        {own_counts}) c),
    (SELECT coalesce(array_agg(id), '{{}}') FROM (
        SELECT id FROM candidates ORDER BY head DESC, id LIMIT {best}) b)
"""
# The values of facet k.name of row r, whether stored as a list or a single value.
VALUES = """jsonb_array_elements_text(CASE
                 WHEN {r}.facets -> {name} IS NULL THEN '[]'::jsonb
                 WHEN jsonb_typeof({r}.facets -> {name}) = 'array' THEN {r}.facets -> {name}
                 ELSE jsonb_build_array({r}.facets -> {name}) END) v(value)"""
# A filtered facet's own values, counted over the kept rows of the chosen types that pass the
# other filters.
OWN_COUNTS = """
        UNION ALL
        SELECT %s::text, v.value, count(*) FROM kept, {values}
        WHERE v.value IS NOT NULL AND {typed} AND {others}
        GROUP BY 1, 2"""


def _passes(filters, skip=None):
    """SQL testing a pool row (its ``facets``) against ``filters`` but ``skip``, and params."""
    parts, params = [], []
    for name, values in filters.items():
        if name != skip:
            parts.append("(facets -> %s) ?| %s::text[]")
            params += [name, list(values)]
    return " AND ".join(parts) or "true", params


class _Summary:
    """Counts and best candidates of a pool of matches (``_pool``), read in
    one statement: ``capped`` (more than ``size``), ``types`` (counts of the rows passing
    ``filters``), and of those of ``types`` (all when empty): ``chosen`` (their count),
    ``facets`` (counts of the facets named; a filtered one's own values over the rows passing
    the other filters, as a facet's counts ignore its own filter) and ``best`` (ids by head
    rank). A pool read without the filters answers a filtered search in one index scan."""

    def __init__(self, pool, size, *, best=0, facets=(), types=(), more=0, filters=None):
        sql, params = pool.query.sql_with_params()
        filters = filters or {}
        more = max(int(more), int(size)) + 1
        typed, type_params = ("type_key = ANY(%s)", [list(types)]) if types else ("true", [])
        passing, passing_params = _passes(filters)
        own = [name for name in facets if name in filters]
        own_sql, own_params = [], []
        for name in own:
            others, other_params = _passes(filters, skip=name)
            own_sql.append(
                OWN_COUNTS.format(
                    values=VALUES.format(r="kept", name="%s"), typed=typed, others=others
                )
            )
            own_params += [name, name, name, name, name, *type_params, *other_params]
        statement = SUMMARY.format(
            pool=sql,
            more=more,
            size=int(size),
            passing=passing,
            typed=typed,
            best=int(best),
            values=VALUES.format(r="chosen", name="k.name"),
            own_counts="".join(own_sql),
        )
        names = [name for name in facets if name not in filters]
        with connection.cursor() as cursor:
            cursor.execute(statement, (*params, *passing_params, *type_params, names, *own_params))
            count, counts, self.chosen, facet_rows, self.best = cursor.fetchone()
        self.capped = count > size
        self.types = _json(counts)
        self.facets = {name: {} for name in own}
        for name, value, n in _json(facet_rows):
            self.facets.setdefault(name, {})[value] = n


def _facet_names(type_key):
    """The facets documents of ``type_key`` have (from the rollup kept by the triggers)."""
    names = SearchFacetCount.objects.filter(type_key=type_key).exclude(name="")
    return sorted(set(names.values_list("name", flat=True)))


def _json(value):
    return json.loads(value) if isinstance(value, str) else value


class _Sampler:
    """The first matches of a queryset (at most COUNT_CAP) and whether there may be more.

    Phrases need each candidate's positions, i.e. its large vector read from TOAST, while
    the words alone are answered by the GIN index: so a phrase is checked on at most
    PHRASE_EXAMINE_CAP rows having all its words, and counts are "at least" beyond that."""

    def __init__(self, parsed, tsquery, fields):
        self.phrase = bool(parsed.phrases)
        self.tsquery = tsquery
        self.fields = fields
        self.words_query = None
        if self.phrase:
            words = ParsedQuery(text=parsed.text, terms=tuple(parsed.words))
            self.words_query = build_tsquery(words)

    def __call__(self, qs):
        if not self.phrase:
            rows = list(
                qs.filter(search_vector=self.tsquery).values_list(*self.fields)[: COUNT_CAP + 1]
            )
            return rows[:COUNT_CAP], len(rows) > COUNT_CAP
        hit = ExpressionWrapper(Q(search_vector=self.tsquery), output_field=BooleanField())
        rows = list(
            qs.filter(search_vector=self.words_query)
            .annotate(hit=hit)
            .values_list(*self.fields, "hit")[:PHRASE_EXAMINE_CAP]
        )
        return [row[:-1] for row in rows if row[-1]], len(rows) >= PHRASE_EXAMINE_CAP


def _count_facets(rows):
    counts = {}
    for facets in rows:
        for name, values in (facets or {}).items():
            bucket = counts.setdefault(name, {})
            for value in values:
                bucket[value] = bucket.get(value, 0) + 1
    return counts


@contextmanager
def _prefer_index_scans():
    """The planner underrates reading large (TOASTed) vectors and picks a sequential scan for
    LIMITed queries on common words; the GIN indexes are always the better path here."""
    with transaction.atomic(savepoint=False), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        yield  # on an error the transaction rolls back, and the setting with it
        cursor.execute("SET LOCAL enable_seqscan = on")


WINDOW_SEARCHED = 100_000  # characters of a long text searched for the query's first word
WINDOW_LEAD = 200  # characters kept before it
WINDOW_LENGTH = 3_000  # characters ts_headline parses (it parses everything it is given)


def _lexemes(tsquery):
    """The lexemes of an analysed query literal (``'hous' & 'grant':*`` → hous, grant)."""
    found = re.findall(r"'((?:[^']|'')+)'", getattr(tsquery, "literal", "") or "")
    return list(dict.fromkeys(word.replace("''", "'") for word in found))


def _text_window(tsquery, words=()):
    """A long text's stretch around the first occurrence of one of the query's lexemes or
    typed ``words`` (lower-cased ``strpos``: an unaccented lexeme finds unaccented text, a word
    typed with accents finds it as typed; from the start when neither is found): ts_headline
    then parses a few thousand characters, not the whole text. Short texts are kept whole."""
    needles = list(dict.fromkeys([*_lexemes(tsquery), *(w.lower() for w in words if w)]))
    if not needles:
        return Substr(F("text"), 1, WINDOW_LENGTH)
    searched = Lower(Substr(F("text"), 1, WINDOW_SEARCHED))
    found = [NullIf(StrIndex(searched, Value(needle)), Value(0)) for needle in needles[:8]]
    first = Least(*found) if len(found) > 1 else found[0]
    start = Greatest(Value(1), Coalesce(first, Value(1)) - WINDOW_LEAD)
    return Case(  # octet_length reads a stored text's size without reading the text
        When(
            GreaterThan(Func(F("text"), function="octet_length"), WINDOW_LENGTH),
            then=Substr(F("text"), start, WINDOW_LENGTH),
        ),
        default=F("text"),
        output_field=TextField(),
    )


HEADLINE_OPTIONS = {
    "StartSel": MARK_START,
    "StopSel": MARK_END,
    "MaxWords": 35,
    "MinWords": 15,
    "MaxFragments": 2,
}


class _Headline(Func):
    """``ts_headline(config, text, query, options)`` with the options quoted once, not on
    every call (Django's SearchHeadline composes them through the driver each time)."""

    function = "ts_headline"
    output_field = TextField()
    _options = None

    def as_sql(self, compiler, connection, **extra):
        if _Headline._options is None:
            _Headline._options = ", ".join(
                connection.ops.compose_sql(f"{name}=%s", [value])
                for name, value in HEADLINE_OPTIONS.items()
            )
        sql, params = super().as_sql(compiler, connection, **extra)
        return f"{sql[:-1]}, %s)", [*params, _Headline._options]


def _row_config():
    """Each row's own text-search configuration: a French document's words are marked as
    French stems ("connecting" through "connect" in English), never through "simple", which
    would mark only the query's literal words (and every stop word among them)."""
    by_language = [(code, ts_config(code)) for code in TS_CONFIGS]
    return _ByLanguage(by_language, ts_config(None), "regconfig", TextField())


def _headline(text, tsquery):
    """Up to two marked fragments of `text` (an expression), parsed in each row's own
    configuration with its own language's part of the query."""
    return _Headline(_row_config(), text, _own_language(tsquery))


def _pg_headlines(pks, tsquery, language=None, query=None):
    """Snippets of these rows (safe HTML): the text's marked fragments, else the summary's.
    ``query`` (the ``ParsedQuery``) lets a quoted phrase be marked as one run."""
    if not pks:
        return {}
    rows = (
        SearchDocument.objects.filter(pk__in=pks)
        .annotate(
            headline=_headline(Substr(F("summary"), 1, 2000), tsquery),
            text_headline=_headline(_text_window(tsquery, query.words if query else ()), tsquery),
        )
        .values_list("pk", "headline", "text_headline")
    )
    out = {}
    for pk, summary, text in rows:
        text = marked_to_html(text, query)
        out[pk] = text if "<mark>" in text else marked_to_html(summary, query)
    return out
