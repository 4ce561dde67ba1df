"""Domain logic of the resources app: indexing, faceted search and detail data."""

from datetime import date

from django.conf import settings
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Prefetch, Q, prefetch_related_objects
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from portal.core.i18n import default_locale_id
from portal.core.search import facet_order, find
from portal.models import region_for_country
from portal.security.input import parse_int
from resources.models import MIN_YEAR, ResourceFacet, ResourceFile, ResourcePage, ResourceType

PAGE_SIZES = (10, 20, 50, 100)
SEARCH_TYPE = "resources"  # the key of the resources' search type (registrations)
# The index's facet names for the listing's filters ("type" is the site search's own
# parameter there, the content type).
INDEX_FACETS = {"type": "resource_type"}
NO_YEAR = "none"  # an empty year range: a value no resource has
FACETS = [
    ("type", _("Type")),
    ("theme", _("Theme")),
    ("region", _("Region")),
    ("country", _("Country")),
    ("language", _("Language")),
    ("year", _("Year")),
    ("publisher", _("Publisher")),
    ("origin", _("IOM or external")),
    ("gcm", _("GCM objective")),
]
# Good practices are listed with the resources as the type "Good practice" (their own search
# type, searched when that type is chosen; their documents carry resource_type=good_practice).
PRACTICE_TYPE = "good_practice"
PRACTICES_SEARCH_TYPE = "practices"
SORTS = {
    "relevance": _("Relevance"),
    "newest": _("Newest"),
    "oldest": _("Oldest"),
    "title": _("Title"),
}


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


def reindex_resource(page):
    """Refresh a resource's facet rows (related resources rank on them); its text and facets
    in the site's one search index follow the search app's signals."""
    ResourceFacet.objects.filter(page_id=page.pk).delete()
    ResourceFacet.objects.bulk_create(
        ResourceFacet(page_id=page.pk, facet=facet, value=value)
        for facet, value in facet_values(page)
    )


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


class ResourceQuery:
    """The state of the listing, read from (and written back to) the query string."""

    multi = ("type", "theme", "region", "country", "language", "publisher", "origin", "gcm")

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

    def index_filters(self):
        """The filters as the search index names them; the year range as the year facet's
        values, so the year facet's counts ignore it like every facet's own filter."""
        filters = {INDEX_FACETS.get(name, name): v for name, v in self.filters.items() if v}
        if self.year_from or self.year_to:
            first = max(self.year_from or MIN_YEAR, MIN_YEAR)
            last = min(self.year_to or date.today().year + 1, date.today().year + 1)
            filters["year"] = [str(year) for year in range(first, last + 1)] or [NO_YEAR]
        return filters

    def find(self, index_page, request, page=None, per_page=None, sort=None):
        """One page of the index's resources matching the query state, from the site's
        search index: the resources shown in the index page's locale (translations and
        untranslated copies)."""
        return find(
            request,
            self.q,
            types=self.search_types(),
            filters=self.index_filters(),
            locale=index_page.locale.language_code,
            language=(get_language() or "en").split("-")[0],
            sort=sort or self.sort,
            page=page or self.page,
            per_page=per_page or self.per_page,
        )

    def search_types(self):
        """The resources' search type, the practices' when only "Good practice" is chosen,
        both when it is chosen with other types."""
        chosen = self.filters.get("type") or []
        if PRACTICE_TYPE not in chosen:
            return (SEARCH_TYPE,)
        if len(set(chosen)) == 1:
            return (PRACTICES_SEARCH_TYPE,)
        return (SEARCH_TYPE, PRACTICES_SEARCH_TYPE)

    def practice_count(self, results, index_page):
        """How many good practices the listing's "Good practice" type would show: the
        search's count per type, except when browsing everything (the rollup then counts
        only the chosen type), where the live practices of the locale are counted."""
        from resources.practices.models import GoodPracticePage

        count = results.facet_counts["type"].get(PRACTICES_SEARCH_TYPE)
        if count is None and not self.q and not self.index_filters():
            count = GoodPracticePage.objects.live().filter(locale_id=index_page.locale_id).count()
        return count or 0

    def facets(self, results, limit=50, practices=0):
        """{name: {label, options}} from the results' counts (each facet's counts ignore
        its own filter), the ``limit`` most frequent values of each, labelled."""
        counts = results.facet_counts["facets"]
        active = {name: set(values) for name, values in self.filters.items()}
        out = {}
        for name, label in FACETS:
            values = dict(counts.get(INDEX_FACETS.get(name, name), {}))
            if name == "type":
                if practices or PRACTICE_TYPE in active["type"]:
                    values[PRACTICE_TYPE] = max(practices, values.get(PRACTICE_TYPE, 0))
            for value in active.get(name, ()):  # a chosen value stays listed (and untickable)
                values.setdefault(value, 0)
            labels = facet_labels(name) if values else {}  # nothing to label: no query
            ranked = facet_order(name, values, labels)[:limit]
            out[name] = {
                "label": label,
                "options": [
                    {
                        "value": value,
                        "count": n,
                        "selected": value in active.get(name, ()),
                        "label": labels.get(value, value),
                    }
                    for value, n in ranked
                ],
            }
        return out

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


def facet_labels(name):
    """{value: label} of a listing facet's values in the active language ({} when the
    values are their own labels: years, publishers)."""
    from django_countries import countries

    from portal.models import Language, Region, Theme

    if name == "type":
        return {**dict(ResourceType.choices), PRACTICE_TYPE: _("Good practice")}
    if name == "gcm":
        from resources.practices.services import gcm_labels

        return gcm_labels()
    if name == "theme":
        return _theme_names(Theme)
    if name == "region":
        return {r.code: r.name for r in Region.objects.all()}
    if name == "language":
        return {lang.code: lang.name for lang in Language.objects.all()}
    if name == "country":
        return dict(countries)
    if name == "origin":
        return {"iom": _("IOM"), "external": _("External")}
    return {}


class ResultList:
    """The listing's matches as Django's Paginator sees them: their total, and the shown
    page's resources (the only slice the paginator asks for)."""

    def __init__(self, total, items):
        self.total, self.items = total, items

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, key):
        return self.items


LISTED_FIELDS = (
    "title",
    "slug",
    "summary",
    "publication_year",
    "publication_date",
    "publisher",
    "resource_type",
    "authors",
    "is_iom",
    "first_published_at",
    "url_path",
    "cover_image",
    "locale",  # the language of the text, for lang/dir on cards of untranslated copies
    "alias_of",
)


def resources_of(hits):
    """The ResourcePages of these hits, in hit order, with their cover images' renditions
    (three queries whatever the number), each with its URL and highlighted snippet."""
    from resources.practices.models import GoodPracticePage

    ids = [int(h.object_id) for h in hits if h.type_key == SEARCH_TYPE]
    by_pk = {
        page.pk: page
        for page in ResourcePage.objects.filter(pk__in=ids)
        .only(*LISTED_FIELDS)
        .select_related("locale")
    }
    practice_ids = [int(h.object_id) for h in hits if h.type_key == PRACTICES_SEARCH_TYPE]
    if practice_ids:
        by_pk.update(
            (page.pk, page) for page in GoodPracticePage.objects.filter(pk__in=practice_ids)
        )
    items = []
    for hit in hits:
        page = by_pk.get(int(hit.object_id))
        if page is not None:
            page.listing_url = hit.url or page.url
            page.headline = hit.snippet  # safe HTML from the index, escaped once
            items.append(page)
    resources = [i for i in items if isinstance(i, ResourcePage)]
    prefetch_related_objects(
        resources,
        "cover_image__renditions",
        Prefetch("files", queryset=ResourceFile.objects.select_related("document__cover")),
        "files__document__cover__renditions",
    )
    for page in resources:
        page.listing_cover = page.cover()
    return items


def listing_context(index_page, request):
    """Template context of the resource listing: results, facets, paging, query state."""
    query = ResourceQuery(request.GET)
    results = query.find(index_page, request)
    last = max(1, -(-results.total // query.per_page))
    if query.page > last and results.total:  # past the end (an old link): the last page
        query.page = last
        results = query.find(index_page, request)
    results_list = resources_of(results.hits)
    paginator = Paginator(ResultList(results.total, results_list), query.per_page)
    return {
        "query": query,
        "results": results_list,
        "page_obj": paginator.get_page(query.page),
        "paginator": paginator,
        "facets": query.facets(results, practices=query.practice_count(results, index_page)),
        "active_filters": sum(map(len, query.filters.values()))
        + bool(query.year_from or query.year_to),
        "sorts": SORTS,
        "page_sizes": PAGE_SIZES,
        "feed_querystring": query.querystring(page=None, sort=None, per_page=None),
    }


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

    files = list(
        page.files.select_related("document__cover").prefetch_related("document__cover__renditions")
    )
    if page.cover_image_id:
        prefetch_related_objects([page], "cover_image__renditions")
    # The file in the page's own language first (every translation lists every file).
    files.sort(key=lambda file: file.language != page.locale.language_code)
    downloads = download_counts(page)  # shared by the resource's translations
    for file in files:
        file.download_url = f"/resources/download/{file.pk}/"
        file.downloads = downloads.get(file.language, 0)
    url = page.get_full_url(request)
    return {
        "files": files,
        "cover": page.cover(files),
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
