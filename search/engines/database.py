"""The database engine: PostgreSQL full text (tsvector, ts_rank_cd, ts_headline, pg_trgm)
with a portable LIKE fallback on other databases (SQLite in development and tests)."""

import re
from collections import Counter
from contextlib import contextmanager

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
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
from django.db.models.expressions import RawSQL
from django.db.models.fields.json import KeyTransform
from django.db.models.functions import Collate, Lower, Substr

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
ROW_FIELDS = ("pk", "type_key", "object_id", "title", "url", "summary", "date", "language", "score")
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
            distinct = [q for q in dict.fromkeys(cursor.fetchone()) if q]
        literal = " | ".join(f"( {q} )" for q in distinct) if distinct else ""
        return _TsQueryLiteral(literal)
    query = None
    for value, config in parts:
        part = SearchQuery(value, search_type="websearch", config=config)
        query = part if query is None else query | part
    return query


class _TsQueryLiteral(SearchQuery):
    """A query already analysed, given as ``tsquery`` text: ``'…'::tsquery``."""

    def __init__(self, literal):
        super().__init__(literal, search_type="raw")
        self.literal = literal

    def as_sql(self, compiler, connection, function=None, template=None):
        return "(%s::tsquery)", [self.literal]


def _rank(vector, tsquery):
    """ts_rank_cd scaled to 0-1 (rank / (rank + 1): the same order)."""
    return SearchRank(F(vector), tsquery, cover_density=True, normalization=Value(32))


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
        scope = _in_scope(SearchDocument.objects.all(), locale, date_range)
        if not parsed:
            rows = _Browser(types, filters, locale, date_range)(
                results, scope, sort, offset, per_page
            )
            return self._hits(results, rows, {})
        unfaceted = scope  # every language: the visitor's ranks first (_boosted)
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
        base = SearchDocument.objects.all()
        if types:
            base = base.filter(type_key__in=types)
        base = _apply_facet_filters(_in_scope(base, locale, None), filters or {})
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
        the page's rows only."""
        tsquery = build_tsquery(parsed)
        single = len(types) == 1
        fields = ("pk", "type_key", "facets")
        sampler = _Sampler(parsed, tsquery, fields)
        sample, results.counts_capped = sampler(base)
        results.facet_counts["type"] = dict(Counter(row[1] for row in sample))
        if not single:  # every type has the language facet: the split by language
            chosen_all = [row for row in sample if not types or row[1] in types]
            results.facet_counts["facets"] = _language_counts(row[2] for row in chosen_all)
        if types and results.counts_capped:
            chosen, results.total_capped = sampler(base.filter(type_key__in=types))
        else:
            chosen = [row for row in sample if not types or row[1] in types]
            results.total_capped = results.counts_capped and not types
        results.total = len(chosen)
        if single:
            results.facet_counts["facets"] = _count_facets(row[2] for row in chosen)
            for name in filters or {}:  # a facet's counts ignore its own filter
                others = {k: v for k, v in filters.items() if k != name}
                rows, _capped = sampler(
                    _apply_facet_filters(unfaceted, others).filter(type_key__in=types)
                )
                results.facet_counts["facets"][name] = _count_facets(r[2] for r in rows).get(
                    name, {}
                )
        order = _sort_order(sort)
        if order and results.total_capped:
            # Date or title order over more matches than were counted: straight from the match.
            matches = base.filter(type_key__in=types) if types else base
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


def _clean_filters(filters):
    """{facet: [values]} without empty values or facets."""
    out = {}
    for name, values in (filters or {}).items():
        values = sorted({str(v) for v in values or () if v not in (None, "")})
        if values:
            out[str(name)] = values
    return out


def _in_scope(qs, locale, date_range):
    """Documents shown in ``locale`` (plus those of no locale) dated within ``date_range``."""
    if locale:
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
