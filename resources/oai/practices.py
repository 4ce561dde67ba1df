"""The good practices' OAI-PMH record type: one record per practice (a translation key: its
live, public pages that are not aliases), described in Dublin Core, in the set ``practice``
and the theme sets shared with resources; tombstones kept as practices are unpublished or
deleted. Contacts are never disseminated."""

import mimetypes

from django.conf import settings
from django.db.models import Max, Min, Prefetch, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from portal.core.i18n import default_locale_id
from portal.core.links import absolute_url
from portal.models import GcmObjective, Theme
from resources.oai.registry import Header, RecordType, register_record_type
from resources.oai.repository import Tombstones
from resources.oai.resources import THEME, UNDATED, _themes, theme_specs, valid_key
from resources.practices.models import GoodPracticePage, PracticeDocument

TYPE_KEY = "practice"


def _sources():
    """The pages records are made of: live, public, not aliases (untranslated copies)."""
    return GoodPracticePage.objects.live().public().filter(alias_of__isnull=True)


def _members(sources, spec):
    """The pages of the records in set ``spec`` (None: not a set practices belong to)."""
    if not spec or spec == TYPE_KEY:
        return sources
    if spec == THEME:
        return sources.filter(themes__isnull=False)
    kind, _sep, value = spec.partition(":")
    if kind == THEME and value:
        theme_keys = Theme.objects.filter(locale_id=default_locale_id(), slug=value)
        return sources.filter(themes__translation_key__in=theme_keys.values("translation_key"))
    return None


def _groups(scope):
    """One row per record in ``scope``: its translation key and datestamp (None: the set is
    not one of the practices')."""
    pages = _sources()
    if scope.keys:
        pages = pages.filter(translation_key__in=[k for k in scope.keys if valid_key(k)])
    members = _members(pages, scope.set_spec)
    if members is None:
        return None
    if members is not pages:
        pages = pages.filter(translation_key__in=members.values("translation_key"))
    groups = pages.values("translation_key").annotate(
        stamp=Coalesce(Max("last_published_at"), Max("first_published_at"), Value(UNDATED))
    )
    if scope.since is not None:
        groups = groups.filter(stamp__gte=scope.since)
    if scope.until is not None:
        groups = groups.filter(stamp__lt=scope.until)
    return groups


def _set_specs(keys):
    """{translation key: set specs} of these records."""
    themes = _themes()
    specs = {}
    rows = (
        _sources()
        .filter(translation_key__in=keys)
        .values_list("translation_key", "themes__translation_key")
    )
    for key, theme_key in rows:
        found = specs.setdefault(str(key), {TYPE_KEY})
        if theme_key in themes:
            found.update((THEME, f"{THEME}:{themes[theme_key][0]}"))
    return {key: tuple(sorted(values)) for key, values in specs.items()}


def headers(scope, after, limit):
    groups = _groups(scope)
    if groups is None:
        return []
    if after is not None:
        groups = groups.filter(translation_key__gt=after)
    rows = list(groups.order_by("translation_key")[:limit])
    specs = _set_specs([row["translation_key"] for row in rows]) if rows else {}
    return [
        Header(key, row["stamp"], specs.get(key, ()))
        for row in rows
        for key in [str(row["translation_key"])]
    ]


def count(scope):
    groups = _groups(scope)
    return 0 if groups is None else groups.count()


def live(keys):
    keys = [key for key in keys if valid_key(key)]
    if not keys:
        return set()
    found = _sources().filter(translation_key__in=keys).values_list("translation_key", flat=True)
    return {str(key) for key in found}


def earliest():
    return _sources().aggregate(
        oldest=Min(Coalesce("last_published_at", "first_published_at", Value(UNDATED)))
    )["oldest"]


def sets():
    """The practices' set and the theme sets (shared with resources: listed once)."""
    found = [(TYPE_KEY, str(_("Good practices"))), (THEME, str(_("Themes")))]
    found += [(f"{THEME}:{slug}", f"{_('Theme')}: {name}") for slug, name in _themes().values()]
    return found


def metadata(keys, request):
    """{key: [(Dublin Core element, value, xml:lang)]} of these records."""
    keys = [key for key in keys if valid_key(key)]
    documents = PracticeDocument.objects.filter(
        document__collection__view_restrictions__isnull=True
    ).select_related("document")
    pages = (
        _sources()
        .filter(translation_key__in=keys)
        .select_related("locale")
        .prefetch_related(
            "themes", "regions", "gcm_objectives", Prefetch("documents", queryset=documents)
        )
    )
    records = {}
    for page in pages:
        records.setdefault(str(page.translation_key), []).append(page)
    titles = dict(
        GcmObjective.objects.filter(locale_id=default_locale_id()).values_list("number", "title")
    )
    return {key: dublin_core(group, request, titles) for key, group in records.items()}


def dublin_core(pages, request, gcm_titles):
    """The Dublin Core elements of one practice (its pages, one per translation)."""
    default = default_locale_id()
    main = min(pages, key=lambda page: (page.locale_id != default, page.pk))
    others = sorted((p for p in pages if p is not main), key=lambda p: p.locale.language_code)
    texts = [main, *others]
    english = settings.LANGUAGE_CODE
    elements = [("title", page.title, page.locale.language_code) for page in texts]
    subjects = {
        (theme.name, page.locale.language_code) for page in texts for theme in page.themes.all()
    }
    elements += [
        ("subject", name, lang) for name, lang in sorted(subjects, key=lambda s: (s[1], s[0]))
    ]
    numbers = sorted({objective.number for objective in main.gcm_objectives.all()})
    elements += [
        ("subject", f"GCM objective {n}: {gcm_titles[n]}", english)
        for n in numbers
        if n in gcm_titles
    ]
    elements += [
        ("description", page.summary, page.locale.language_code) for page in texts if page.summary
    ]
    published = main.first_published_at or main.last_published_at
    if published:
        elements.append(("date", published.date().isoformat(), ""))
    elements.append(("type", "Text", ""))
    elements.append(("type", "Good practice", english))
    files = list(main.documents.all())
    formats = {mimetypes.guess_type(row.document.filename)[0] for row in files}
    elements += [("format", mime, "") for mime in sorted(filter(None, formats))]
    elements.append(("identifier", absolute_url(main.get_url(request) or main.url_path), ""))
    languages = sorted({row.language for row in files if row.language})
    elements += [("language", code, "") for code in languages or [main.locale.language_code]]
    regions = {region.code: region.name for region in main.regions.all()}
    elements += [("coverage", str(name), english) for _code, name in sorted(regions.items())]
    elements += [("coverage", str(country.name), english) for country in main.countries]
    return elements


# --- Tombstones ---------------------------------------------------------------------------


def set_specs_of(page):
    """The set specs of ``page``'s record (kept on its tombstone)."""
    return sorted({TYPE_KEY, *theme_specs(page)})


TOMBSTONES = Tombstones(TYPE_KEY, _sources, set_specs_of)


def register():
    """Serve good practices over OAI-PMH (after resources) and keep their tombstones."""
    register_record_type(
        RecordType(
            key=TYPE_KEY,
            sets=sets,
            headers=headers,
            count=count,
            live=live,
            metadata=metadata,
            earliest=earliest,
            valid_key=valid_key,
            order=20,
        )
    )
    TOMBSTONES.connect(GoodPracticePage, "practices_oai")
