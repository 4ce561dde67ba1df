"""Domain logic of the resources app: indexing, faceted search and detail data."""

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection, transaction
from django.db.models import Count, F, Q, Value, prefetch_related_objects
from django.db.models.functions import Coalesce
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from portal.core import cache as versioned_cache
from portal.core.i18n import default_locale_id
from portal.models import region_for_country
from portal.security.input import parse_int
from resources.models import ResourceFacet, ResourceFile, ResourcePage, ResourceType

SEARCH_CONFIG = getattr(settings, "RESOURCES_SEARCH_CONFIG", "english")
PAGE_SIZES = (10, 20, 50, 100)
# Facet counts are cached per filter state until a resource changes (invalidate_facet_counts):
# keys of the versioned cache namespace FACET_CACHE (portal.core.cache).
FACET_CACHE_SECONDS = getattr(settings, "RESOURCES_FACET_CACHE_SECONDS", 600)
FACET_CACHE = "resources:facets"
FACETS = [
    ("type", _("Type")),
    ("theme", _("Theme")),
    ("region", _("Region")),
    ("country", _("Country")),
    ("language", _("Language")),
    ("year", _("Year")),
    ("publisher", _("Publisher")),
    ("origin", _("IOM or external")),
]
SORTS = {
    "relevance": _("Relevance"),
    "newest": _("Newest"),
    "oldest": _("Oldest"),
    "title": _("Title"),
}


def postgres():
    """True on PostgreSQL (full-text search and headlines), False on SQLite."""
    return connection.vendor == "postgresql"


def resources_using(document_id):
    """The resources that list the document among their files."""
    return ResourcePage.objects.filter(files__document_id=document_id).distinct()


def facet_values(page):
    """The (facet, value) pairs of a resource."""
    pairs = {("type", page.resource_type), ("origin", "iom" if page.is_iom else "external")}
    if page.publication_year:
        pairs.add(("year", str(page.publication_year)))
    if page.publisher:
        pairs.add(("publisher", page.publisher[:200]))
    for theme in page.themes.all():
        pairs.add(("theme", theme.slug))
    for region in page.regions.all():
        pairs.add(("region", region.code))
    for country in page.countries:
        pairs.add(("country", country.code))
        region = region_for_country(country.code)
        if region:
            pairs.add(("region", region))
    for file in page.files.all():
        if file.language:
            pairs.add(("language", file.language))
    return pairs


def search_vector_sql():
    """SQL that (re)computes the stored, weighted search vector of resource rows."""
    return (
        "UPDATE resources_resourcepage r SET search_vector = "
        "setweight(to_tsvector(%(cfg)s::regconfig, coalesce(p.title, '')), 'A') || "
        "setweight(to_tsvector(%(cfg)s::regconfig, coalesce(r.summary, '') || ' ' || "
        "coalesce(r.authors, '')), 'B') || "
        "setweight(to_tsvector(%(cfg)s::regconfig, coalesce(r.publisher, '') || ' ' || "
        "coalesce(r.file_text, '')), 'C') "
        "FROM wagtailcore_page p WHERE p.id = r.page_ptr_id"
    )


def reindex_resource(page):
    """Refresh a resource's file text, facet rows and (PostgreSQL) search vector."""
    files = ResourceFile.objects.filter(page_id=page.pk).select_related("document")
    text = "\n".join(f.document.extracted_text for f in files if f.document.extracted_text)
    ResourcePage.objects.filter(pk=page.pk).update(file_text=text)
    ResourceFacet.objects.filter(page_id=page.pk).delete()
    ResourceFacet.objects.bulk_create(
        ResourceFacet(page_id=page.pk, facet=facet, value=value)
        for facet, value in facet_values(page)
    )
    if postgres():
        with connection.cursor() as cursor:
            cursor.execute(
                search_vector_sql() + " AND r.page_ptr_id = %(pk)s",
                {"cfg": SEARCH_CONFIG, "pk": page.pk},
            )
    invalidate_facet_counts()


def invalidate_facet_counts():
    """Make every cached facet count stale, now and when the transaction commits (called
    whenever a resource is published, unpublished, moved, deleted or reindexed)."""
    versioned_cache.bump(FACET_CACHE)


def on_page_published(sender, instance, **kwargs):
    """Receiver of ``page_published`` for resources: reindex the page."""
    reindex_resource(instance)


def on_resource_saved(sender, instance, created=False, **kwargs):
    """Receiver of ``post_save`` for resources: a new alias (the untranslated copy of a
    resource in another locale) gets no ``page_published``; index it once the copy's themes
    and files are saved too (on commit), so filters in that language find it."""
    if created and instance.alias_of_id and instance.live:
        pk = instance.pk

        def reindex():
            alias = ResourcePage.objects.filter(pk=pk).first()
            if alias is not None:
                reindex_resource(alias)

        transaction.on_commit(reindex)


def on_resource_changed(sender, **kwargs):
    """Receiver for a resource unpublished, moved or deleted: cached facet counts are stale."""
    invalidate_facet_counts()


class ResourceQuery:
    """The state of the listing, read from (and written back to) the query string."""

    multi = ("type", "theme", "region", "country", "language", "publisher", "origin")

    def __init__(self, params):
        self.q = (params.get("q") or "").strip()[:200]
        self.filters = {name: [v for v in params.getlist(name) if v][:20] for name in self.multi}
        self.year_from = parse_int(params.get("year_from"), 1, 9999)
        self.year_to = parse_int(params.get("year_to"), 1, 9999)
        sort = params.get("sort") or ("relevance" if self.q else "newest")
        self.sort = sort if sort in SORTS else "newest"
        if self.sort == "relevance" and not self.q:
            self.sort = "newest"
        size = parse_int(params.get("per_page"), 1, max(PAGE_SIZES)) or PAGE_SIZES[0]
        self.per_page = size if size in PAGE_SIZES else PAGE_SIZES[0]
        self.page = parse_int(params.get("page"), 1, 100_000) or 1

    def base(self, index_page):
        return ResourcePage.objects.live().child_of(index_page)

    def apply(self, qs, skip=None):
        """Apply every active filter except the facet ``skip``."""
        for name, values in self.filters.items():
            if values and name != skip:
                qs = qs.filter(
                    pk__in=ResourceFacet.objects.filter(facet=name, value__in=values).values(
                        "page_id"
                    )
                )
        if skip != "year":
            if self.year_from:
                qs = qs.filter(publication_year__gte=self.year_from)
            if self.year_to:
                qs = qs.filter(publication_year__lte=self.year_to)
        if self.q:
            qs = self.text_filter(qs)
        return qs

    def search_query(self):
        from django.contrib.postgres.search import SearchQuery

        return SearchQuery(self.q, search_type="websearch", config=SEARCH_CONFIG)

    def text_filter(self, qs):
        if postgres():
            return qs.filter(search_vector=self.search_query())
        q = self.q
        return qs.filter(
            Q(title__icontains=q)
            | Q(summary__icontains=q)
            | Q(authors__icontains=q)
            | Q(publisher__icontains=q)
            | Q(file_text__icontains=q)
        )

    def ordered(self, qs):
        if self.sort == "relevance" and postgres():
            from django.contrib.postgres.search import SearchRank

            qs = qs.annotate(rank=SearchRank(F("search_vector"), self.search_query()))
            return qs.order_by("-rank", "-first_published_at", "-pk")
        if self.sort == "oldest":
            return qs.order_by(F("publication_year").asc(nulls_last=True), "pk")
        if self.sort == "title":
            return qs.order_by("title", "pk")
        return qs.order_by(
            F("publication_year").desc(nulls_last=True), "-first_published_at", "-pk"
        )

    def active_facets(self):
        active = {name for name, values in self.filters.items() if values}
        if self.year_from or self.year_to:
            active.add("year")
        return active

    def facet_counts(self, index_page, limit=50):
        """Counts of each facet's values over the resources matching the *other* filters.

        The facets without an active filter all count over the same set, so they share one
        grouped query (top ``limit`` values per facet by a window function); each facet with
        an active filter needs its own. The number of queries never depends on the page size.
        """
        key = self.facet_cache_key(index_page, limit)
        rows_by_facet = cache.get(key)
        if rows_by_facet is None:
            rows_by_facet = self._facet_rows(index_page, limit)
            cache.set(key, rows_by_facet, FACET_CACHE_SECONDS)
        result = {}
        for name, label in FACETS:
            selected = set(self.filters.get(name, []))
            options = [
                {"value": r["value"], "count": r["n"], "selected": r["value"] in selected}
                for r in rows_by_facet[name]
            ]
            result[name] = {"label": label, "options": options}
        return result

    def facet_cache_key(self, index_page, limit):
        """Facet counts depend on the filters and the text query only, never on the user."""
        import hashlib

        state = repr((sorted(self.filters.items()), self.year_from, self.year_to, self.q, limit))
        digest = hashlib.sha1(state.encode(), usedforsecurity=False).hexdigest()
        return versioned_cache.versioned_key(FACET_CACHE, index_page.pk, digest)

    def _facet_rows(self, index_page, limit):
        from django.db.models import Window
        from django.db.models.functions import RowNumber

        active = self.active_facets()
        shared = [name for name, _label in FACETS if name not in active]
        groups = [(shared, None)] if shared else []
        groups += [([name], name) for name, _label in FACETS if name in active]
        rows_by_facet = {name: [] for name, _label in FACETS}
        for names, skip in groups:
            ids = self.apply(self.base(index_page), skip=skip).values("pk")
            rows = (
                ResourceFacet.objects.filter(facet__in=names, page_id__in=ids)
                .values("facet", "value")
                .annotate(n=Count("page_id"))
                .annotate(
                    position=Window(
                        RowNumber(),
                        partition_by=F("facet"),
                        order_by=[F("n").desc(), F("value").asc()],
                    )
                )
                .filter(position__lte=limit)
                .order_by("facet", "position")
            )
            for row in rows:
                rows_by_facet[row["facet"]].append(row)
        return {
            name: [{"value": r["value"], "n": r["n"]} for r in rows]
            for name, rows in rows_by_facet.items()
        }

    def querystring(self, **changes):
        from django.http import QueryDict

        qd = QueryDict(mutable=True)
        if self.q:
            qd["q"] = self.q
        for name, values in self.filters.items():
            qd.setlist(name, values)
        for name in ("year_from", "year_to"):
            if getattr(self, name):
                qd[name] = getattr(self, name)
        if self.sort not in ("relevance", "newest"):
            qd["sort"] = self.sort
        if self.per_page != PAGE_SIZES[0]:
            qd["per_page"] = self.per_page
        for key, value in changes.items():
            if value is None:
                qd.pop(key, None)
            else:
                qd[key] = value
        return qd.urlencode()


def _theme_names(Theme):
    """{slug: name} of the themes, in the active language where translated."""
    names = dict(Theme.objects.filter(locale_id=default_locale_id()).values_list("slug", "name"))
    names.update(Theme.objects.filter(locale=Locale.get_active()).values_list("slug", "name"))
    return names


def _labels():
    from django_countries import countries

    from portal.models import Language, Region, Theme

    return {
        "type": dict(ResourceType.choices),
        "theme": _theme_names(Theme),
        "region": {r.code: r.name for r in Region.objects.all()},
        "language": {lang.code: lang.name for lang in Language.objects.all()},
        "country": dict(countries),
        "origin": {"iom": _("IOM"), "external": _("External")},
    }


def listing_context(index_page, request):
    """Template context of the resource listing: results, facets, paging, query state."""
    query = ResourceQuery(request.GET)
    qs = query.ordered(query.apply(query.base(index_page)))
    paginator = Paginator(
        qs.only(
            "title",
            "slug",
            "summary",
            "publication_year",
            "publisher",
            "resource_type",
            "authors",
            "is_iom",
            "first_published_at",
            "url_path",
            "cover_image",
            "locale",  # the language of the text, for lang/dir on cards of untranslated copies
            "alias_of",
        ),
        query.per_page,
    )
    page = paginator.get_page(query.page)
    results = list(page.object_list)
    # Cover thumbnails: images and their renditions in two queries, none without covers.
    prefetch_related_objects(results, "cover_image__renditions")
    if query.q and postgres() and results:
        _add_headlines(results, query)
    base_url = index_page.url
    for item in results:
        item.listing_url = f"{base_url}{item.slug}/"
    facets = query.facet_counts(index_page)
    labels = _labels()
    for name, facet in facets.items():
        for option in facet["options"]:
            option["label"] = labels.get(name, {}).get(option["value"], option["value"])
    return {
        "query": query,
        "results": results,
        "page_obj": page,
        "paginator": paginator,
        "facets": facets,
        "sorts": SORTS,
        "page_sizes": PAGE_SIZES,
        "querystring": query.querystring(page=None),
        "feed_querystring": query.querystring(page=None, sort=None, per_page=None),
    }


def _add_headlines(results, query):
    """Highlighted snippets (escaped HTML with <mark>) for the shown page only: one query."""
    from django.contrib.postgres.search import SearchHeadline

    def headline(field):
        return SearchHeadline(
            Coalesce(F(field), Value("")),
            query.search_query(),
            config=SEARCH_CONFIG,
            start_sel="\x02",
            stop_sel="\x03",
            max_fragments=2,
            fragment_delimiter=" … ",
        )

    rows = (
        ResourcePage.objects.filter(pk__in=[r.pk for r in results])
        .annotate(h=headline("summary"), fh=headline("file_text"))
        .values_list("pk", "h", "fh")
    )
    headlines = {pk: (h if "\x02" in (h or "") else fh) or "" for pk, h, fh in rows}
    for item in results:
        item.headline = mark_safe(
            escape(headlines.get(item.pk, "")).replace("\x02", "<mark>").replace("\x03", "</mark>")
        )


RELATED_FACETS = ("theme", "type", "country", "region")


def related_resources(page, limit=4):
    """Live resources sharing the most theme, type, country and region values with ``page``,
    one per resource and in ``page``'s language.

    A resource exists once per locale (translations and untranslated aliases share a
    ``translation_key``): a resource never lists its own translations nor another resource
    once per language, and each is shown by its page in ``page``'s locale (else the default
    locale's, else any live one). Only the facet rows that match one of the page's values are
    counted, straight from the (facet, value, page) index, so the cost follows the matches,
    not the whole catalogue.
    """
    own = list(
        Page.objects.filter(translation_key=page.translation_key).values_list("pk", flat=True)
    )
    pairs = set(
        ResourceFacet.objects.filter(page_id__in=own, facet__in=RELATED_FACETS).values_list(
            "facet", "value"
        )
    )
    if not pairs:
        return []
    # Grouped on the facet table alone (index scans). The translations of a resource share
    # its values, so they rank side by side: enough rows for every locale's copy of the best.
    ranked = (
        ResourceFacet.objects.filter(Q(*[Q(facet=f, value=v) for f, v in pairs], _connector=Q.OR))
        .exclude(page_id__in=own)
        .values("page_id")
        .annotate(shared=Count("*"))
        .order_by("-shared", "-page_id")[: limit * 5 * len(settings.WAGTAIL_CONTENT_LANGUAGES)]
    )
    page_ids = [row["page_id"] for row in ranked]
    keys = dict(Page.objects.filter(pk__in=page_ids).values_list("pk", "translation_key"))
    order = list(dict.fromkeys(keys[pk] for pk in page_ids if pk in keys))[: limit * 5]
    # Liveness and language are checked on the few best.
    preference = {page.locale_id: 0, default_locale_id(): 1}
    by_key = {}
    candidates = (
        ResourcePage.objects.live()
        .filter(translation_key__in=order)
        .only("title", "url_path", "publication_year", "translation_key", "locale", "alias_of")
        .order_by("pk")
    )
    for candidate in candidates:
        rank = preference.get(candidate.locale_id, 2)
        best = by_key.get(candidate.translation_key)
        if best is None or rank < preference.get(best.locale_id, 2):
            by_key[candidate.translation_key] = candidate
    return [by_key[key] for key in order if key in by_key][:limit]


def in_active_locale(objects):
    """Translatable snippets (themes) replaced by their translation in the active locale where
    there is one: a page copied into another locale still points at the source's snippets."""
    if not objects:
        return objects
    keys = [obj.translation_key for obj in objects]
    found = {
        obj.translation_key: obj
        for obj in type(objects[0]).objects.filter(
            translation_key__in=keys, locale=Locale.get_active()
        )
    }
    return [found.get(obj.translation_key, obj) for obj in objects]


def detail_context(page, request):
    """Template context of a resource page: files, taxonomy, related, citations, share links."""
    from urllib.parse import quote

    from resources import citations
    from resources.downloads import download_counts

    files = list(page.files.select_related("document"))
    # The file in the page's own language first (every translation lists every file).
    files.sort(key=lambda file: file.language != page.locale.language_code)
    downloads = download_counts(page)  # shared by the resource's translations
    for file in files:
        file.download_url = f"/resources/download/{file.pk}/"
        file.downloads = downloads.get(file.language, 0)
    url = page.get_full_url(request)
    return {
        "files": files,
        "themes": in_active_locale(list(page.themes.all())),
        "regions": list(page.regions.all()),
        "related": related_resources(page),
        "apa": citations.apa(page, url),
        "json_ld": mark_safe(citations.json_ld(page, url, files)),
        "share": {
            "email": f"mailto:?subject={quote(page.title)}&body={quote(url)}",
            "linkedin": f"https://www.linkedin.com/sharing/share-offsite/?url={quote(url)}",
            "x": f"https://x.com/intent/post?url={quote(url)}&text={quote(page.title)}",
            "facebook": f"https://www.facebook.com/sharer/sharer.php?u={quote(url)}",
        },
    }
