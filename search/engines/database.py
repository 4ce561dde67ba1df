"""The database engine: PostgreSQL full text (tsvector, ts_rank_cd, ts_headline, pg_trgm)
with a portable LIKE fallback on other databases (SQLite in development and tests)."""

import re
from collections import Counter

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.db.models.functions import Lower, Substr

from search.models import TS_CONFIGS, SearchDocument, ts_config
from search.query import parse_query

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

RANK_CANDIDATES = 2000  # rank only the best candidates of very common terms
VOCABULARY_KEY = "search:vocabulary:v1"


def _is_postgres():
    return connection.vendor == "postgresql"


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
                        "date": doc.get("date"),
                        "facets": _clean_facets(doc.get("facets")),
                    },
                )
                if _is_postgres():
                    SearchDocument.objects.filter(pk=obj.pk).update(
                        search_vector=build_vector(obj.language)
                    )
        cache.delete(VOCABULARY_KEY)

    def update_vectors(self, queryset=None):
        """Recompute the stored tsvectors (bulk-loaded rows, config changes)."""
        if not _is_postgres():
            return
        queryset = queryset if queryset is not None else SearchDocument.objects.all()
        for language in queryset.values_list("language", flat=True).distinct():
            queryset.filter(language=language).update(search_vector=build_vector(language))

    def delete(self, type_key, object_ids=None):
        qs = SearchDocument.objects.filter(type_key=type_key)
        if object_ids is not None:
            qs = qs.filter(object_id__in=[str(i) for i in object_ids])
        qs.delete()
        cache.delete(VOCABULARY_KEY)

    def rebuild(self, docs):
        with transaction.atomic():
            SearchDocument.objects.all().delete()
            self.index(docs)

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
        if _is_postgres():
            tsquery = build_tsquery(parsed, language)
            matched = base.filter(search_vector=tsquery)
        else:
            tsquery = None
            matched = base.filter(_like_filter(parsed))
        facet_matched = _apply_facet_filters(matched, filters or {})
        results.facet_counts["type"] = (
            dict(Counter(facet_matched.values_list("type_key", flat=True)))
            if not _is_postgres()
            else _pg_type_counts(facet_matched)
        )
        selected = facet_matched.filter(type_key__in=types) if types else facet_matched
        if len(types) == 1:
            results.facet_counts["facets"] = _facet_counts(selected)
        results.total = sum(
            n for key, n in results.facet_counts["type"].items() if not types or key in types
        )
        offset = (max(page, 1) - 1) * per_page
        if _is_postgres():
            ranked = selected.annotate(
                score=SearchRank(F("search_vector"), tsquery, cover_density=True)
            )
            rows = list(
                ranked.order_by("-score", "-date", "pk").values(
                    "pk",
                    "type_key",
                    "object_id",
                    "title",
                    "url",
                    "summary",
                    "date",
                    "language",
                    "score",
                )[offset : offset + per_page]
            )
            snippets = _pg_headlines([r["pk"] for r in rows], tsquery, language)
        else:
            ranked = selected.annotate(score=_like_rank(parsed))
            rows = list(
                ranked.order_by("-score", "-date", "pk").values(
                    "pk",
                    "type_key",
                    "object_id",
                    "title",
                    "url",
                    "summary",
                    "date",
                    "language",
                    "score",
                    "text",
                )[offset : offset + per_page]
            )
            snippets = {
                r["pk"]: marked_to_html(
                    python_highlight(r["summary"] + " " + r["text"], parsed.words)
                )
                for r in rows
            }
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

    def suggest(self, prefix, language=None, limit=8):
        parsed = parse_query(prefix)
        text = " ".join(parsed.words)
        if len(text) < 2:
            return []
        qs = SearchDocument.objects.annotate(lower_title=Lower("title"))
        if language:
            qs = qs.filter(language=language)
        qs = qs.filter(lower_title__contains=text).annotate(
            starts=Case(
                When(lower_title__startswith=text, then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            )
        )
        rows = qs.order_by("-starts", "title").values("title", "url", "type_key", "object_id")[
            : limit * 3
        ]
        seen, out = set(), []
        for row in rows:
            if row["title"] not in seen:
                seen.add(row["title"])
                out.append(row)
            if len(out) == limit:
                break
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
            condition = Q()
            for value in values:
                condition |= Q(facets__contains={name: [value]})
            qs = qs.filter(condition)
        else:
            ids = [
                pk
                for pk, facets in qs.values_list("pk", "facets")
                if set(values) & set((facets or {}).get(name, []))
            ]
            qs = qs.filter(pk__in=ids)
    return qs


def _pg_type_counts(qs):
    from django.db.models import Count

    return {
        row["type_key"]: row["n"]
        for row in qs.values("type_key").annotate(n=Count("pk")).order_by()
    }


def _facet_counts(qs):
    counts = {}
    if _is_postgres():
        sql, params = qs.values("facets").query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT kv.key, v.value, count(*) FROM (" + sql + ") m, "  # noqa: S608 - Django-built SQL
                "jsonb_each(m.facets) kv, jsonb_array_elements_text(kv.value) v "
                "GROUP BY 1, 2",
                params,
            )
            for name, value, n in cursor.fetchall():
                counts.setdefault(name, {})[value] = n
        return counts
    for facets in qs.values_list("facets", flat=True):
        for name, values in (facets or {}).items():
            for value in values:
                bucket = counts.setdefault(name, {})
                bucket[value] = bucket.get(value, 0) + 1
    return counts


def _pg_headlines(pks, tsquery, language):
    if not pks:
        return {}
    config = ts_config(language)
    rows = (
        SearchDocument.objects.filter(pk__in=pks)
        .annotate(
            headline=SearchHeadline(
                Substr(F("summary"), 1, 2000),
                tsquery,
                config=config,
                start_sel=MARK_START,
                stop_sel=MARK_END,
                max_words=35,
                min_words=15,
                max_fragments=2,
            ),
            text_headline=SearchHeadline(
                Substr(F("text"), 1, 20000),
                tsquery,
                config=config,
                start_sel=MARK_START,
                stop_sel=MARK_END,
                max_words=35,
                min_words=15,
                max_fragments=2,
            ),
        )
        .values_list("pk", "headline", "text_headline")
    )
    out = {}
    for pk, summary, text in rows:
        chosen = text if MARK_START in (text or "") else summary
        out[pk] = marked_to_html(chosen)
    return out
