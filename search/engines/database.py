"""The database engine: PostgreSQL full text (tsvector, ts_rank_cd, ts_headline, pg_trgm)
with a portable LIKE fallback on other databases (SQLite in development and tests)."""

import re
from collections import Counter
from contextlib import contextmanager

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import BooleanField, Case, ExpressionWrapper, F, IntegerField, Q, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.fields.json import KeyTransform
from django.db.models.functions import Collate, Lower, Substr

from search.models import TS_CONFIGS, SearchDocument, ts_config
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
ROW_FIELDS = ("pk", "type_key", "object_id", "title", "url", "summary", "date", "language", "score")
VOCABULARY_KEY = "search:vocabulary:v1"


def _is_postgres():
    return connection.vendor == "postgresql"


def build_head_vector(language):
    config = ts_config(language)
    return SearchVector("title", weight="A", config=config) + SearchVector(
        "summary", weight="B", config=config
    )


def build_vector(language):
    config = ts_config(language)
    return (
        SearchVector("title", weight="A", config=config)
        + SearchVector("summary", weight="B", config=config)
        + SearchVector(Substr("text", 1, 500000), weight="C", config=config)
    )


def build_tsquery(parsed, language=None):
    """websearch_to_tsquery in the language's configuration; with no language, any of them."""
    configs = [ts_config(language)] if language else sorted(set(TS_CONFIGS.values()))
    query = None
    for config in configs:
        part = SearchQuery(parsed.websearch(), search_type="websearch", config=config)
        query = part if query is None else query | part
    return query


class DatabaseEngine(Engine):
    name = "database"

    # --- indexing ---------------------------------------------------------------------------
    def index(self, docs):
        docs = list(docs)
        with transaction.atomic():
            for doc in docs:
                obj, _ = SearchDocument.objects.update_or_create(
                    type_key=doc["type_key"],
                    object_id=str(doc["object_id"]),
                    language=doc.get("language") or "en",
                    defaults={
                        "title": (doc.get("title") or "")[:500],
                        "summary": doc.get("summary") or "",
                        "text": doc.get("text") or "",
                        "url": doc.get("url") or "",
                        "locale": doc.get("locale") or "",
                        "date": doc.get("date"),
                        "facets": _clean_facets(doc.get("facets")),
                    },
                )
                if _is_postgres():
                    SearchDocument.objects.filter(pk=obj.pk).update(
                        search_vector=build_vector(obj.language),
                        head_vector=build_head_vector(obj.language),
                    )

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
    def search(self, query, types=(), filters=None, page=1, per_page=10, language=None):
        parsed = parse_query(query)
        results = Results(engine=self.name)
        if not parsed:
            return results
        base = SearchDocument.objects.all()
        if language:
            base = base.filter(language=language)
        base = _apply_facet_filters(base, filters or {})
        offset = (max(page, 1) - 1) * per_page
        if _is_postgres():
            with _prefer_index_scans():
                rows, snippets = self._postgres(
                    results, parsed, base, types, filters, offset, per_page, language
                )
        else:
            rows, snippets = self._portable(results, parsed, base, types, offset, per_page)
        for row in rows:
            results.hits.append(
                Hit(
                    type_key=row["type_key"],
                    object_id=row["object_id"],
                    title=row["title"],
                    url=row["url"],
                    summary=row["summary"],
                    date=row["date"],
                    language=row["language"],
                    snippet=snippets.get(row["pk"], ""),
                    score=float(row["score"] or 0),
                )
            )
        if results.total == 0:
            results.suggestion = did_you_mean(parsed.words, self.vocabulary())
        return results

    def ids(self, query, types=(), filters=None, language=None, limit=1000):
        """(type_key, object_id) of the best ``limit`` matches (one per object)."""
        parsed = parse_query(query)
        if not parsed:
            return []
        base = SearchDocument.objects.all()
        if types:
            base = base.filter(type_key__in=types)
        if language:
            base = base.filter(language=language)
        base = _apply_facet_filters(base, filters or {})
        if _is_postgres():
            tsquery = build_tsquery(parsed, language)
            with _prefer_index_scans():
                rows = list(
                    base.filter(search_vector=tsquery)
                    .annotate(score=SearchRank(F("head_vector"), tsquery, cover_density=True))
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

    def _postgres(self, results, parsed, base, types, filters, offset, per_page, language):
        """Counts from at most COUNT_CAP matches; ts_rank_cd on at most FULL_RANK_CANDIDATES
        rows when there are more (picked by the small title/summary vector); ts_headline on
        the page's rows only."""
        tsquery = build_tsquery(parsed, language)
        single = len(types) == 1
        fields = ("pk", "type_key", "facets") if single else ("pk", "type_key")
        sampler = _Sampler(parsed, language, tsquery, fields)
        sample, results.counts_capped = sampler(base)
        results.facet_counts["type"] = dict(Counter(row[1] for row in sample))
        if types and results.counts_capped:
            chosen, results.total_capped = sampler(base.filter(type_key__in=types))
        else:
            chosen = [row for row in sample if not types or row[1] in types]
            results.total_capped = results.counts_capped and not types
        results.total = len(chosen)
        if single:
            results.facet_counts["facets"] = _count_facets(row[2] for row in chosen)
        if not results.total_capped:
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
                .annotate(head=SearchRank(F("head_vector"), tsquery, cover_density=True))
                .order_by("-head", "pk")
                .values("pk")[: max(FULL_RANK_CANDIDATES, needed)]
            )
        rows = list(
            SearchDocument.objects.filter(pk__in=candidates)
            .annotate(score=SearchRank(F("search_vector"), tsquery, cover_density=True))
            .order_by("-score", "-date", "pk")
            .values(*ROW_FIELDS)[offset : offset + per_page]
        )
        if rows and results.total_capped:  # e.g. phrase matches beyond the examined rows
            results.total = max(results.total, offset + len(rows))
        return rows, _pg_headlines([r["pk"] for r in rows], tsquery, language, parsed)

    def _portable(self, results, parsed, base, types, offset, per_page):
        matched = base.filter(_like_filter(parsed))
        results.facet_counts["type"] = dict(Counter(matched.values_list("type_key", flat=True)))
        selected = matched.filter(type_key__in=types) if types else matched
        if len(types) == 1:
            results.facet_counts["facets"] = _count_facets(
                selected.values_list("facets", flat=True)
            )
        results.total = sum(
            n for key, n in results.facet_counts["type"].items() if not types or key in types
        )
        rows = list(
            selected.annotate(score=_like_rank(parsed))
            .order_by("-score", "-date", "pk")
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
        if language:
            qs = qs.filter(language=language)
        fields = ("title", "url", "type_key", "object_id")
        starting = qs.filter(key__startswith=text).order_by("key", "pk")
        out = _distinct_titles(starting.values(*fields)[: limit * 3], limit)
        if len(out) < limit and len(text) >= 3:
            containing = (
                qs.filter(lower_title__contains=text)
                .exclude(key__startswith=text)
                .order_by("key", "pk")
                .values(*fields)[: limit * 3]
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
            # (facets -> name) ?| values: checked on the row, not through the facets GIN
            # index, which costs more than it saves for broad facets next to a text match.
            alias = f"facet_{len(qs.query.annotations)}"
            qs = qs.alias(**{alias: KeyTransform(name, "facets")}).filter(
                **{f"{alias}__has_any_keys": values}
            )
        else:
            ids = [
                pk
                for pk, facets in qs.values_list("pk", "facets")
                if set(values) & set((facets or {}).get(name, []))
            ]
            qs = qs.filter(pk__in=ids)
    return qs


def _candidates(base, types, tsquery, needed, known=None, words_query=None):
    """Title/summary matches first (the small head vector, checked without reading the large
    one), then text-only matches: the phrase matches already found (``known``), or the first
    matches of the words. For a phrase, at most HEAD_EXAMINE_CAP heads with all its words are
    checked for it."""
    filtered = base.filter(type_key__in=types) if types else base
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


class _Sampler:
    """The first matches of a queryset (at most COUNT_CAP) and whether there may be more.

    Phrases need each candidate's positions, i.e. its large vector read from TOAST, while
    the words alone are answered by the GIN index: so a phrase is checked on at most
    PHRASE_EXAMINE_CAP rows having all its words, and counts are "at least" beyond that."""

    def __init__(self, parsed, language, tsquery, fields):
        self.phrase = bool(parsed.phrases)
        self.tsquery = tsquery
        self.fields = fields
        self.words_query = None
        if self.phrase:
            words = ParsedQuery(text=parsed.text, terms=tuple(parsed.words))
            self.words_query = build_tsquery(words, language)

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


def _headline(field, length, tsquery, config):
    """Up to two marked fragments of the first `length` characters of `field`, parsed in
    `config` (a configuration name, or an expression giving one per row)."""
    return SearchHeadline(
        Substr(F(field), 1, length),
        tsquery,
        config=config,
        start_sel=MARK_START,
        stop_sel=MARK_END,
        max_words=35,
        min_words=15,
        max_fragments=2,
    )


def _row_config():
    """Each row's own text-search configuration: a French document's words are marked as
    French stems ("connecting" through "connect" in English), never through "simple", which
    would mark only the query's literal words (and every stop word among them)."""
    return Case(
        *(When(language=code, then=Value(ts_config(code))) for code in TS_CONFIGS),
        default=Value(ts_config(None)),
    )


def _pg_headlines(pks, tsquery, language=None, query=None):
    """Snippets of these rows (safe HTML): the text's marked fragments, else the summary's.
    ``query`` (the ``ParsedQuery``) lets a quoted phrase be marked as one run."""
    if not pks:
        return {}
    config = _row_config()
    rows = (
        SearchDocument.objects.filter(pk__in=pks)
        .annotate(
            headline=_headline("summary", 2000, tsquery, config),
            text_headline=_headline("text", 20000, tsquery, config),
        )
        .values_list("pk", "headline", "text_headline")
    )
    out = {}
    for pk, summary, text in rows:
        summary, text = marked_to_html(summary, query), marked_to_html(text, query)
        out[pk] = text if "<mark>" in text else summary
    return out
