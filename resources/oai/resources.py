"""The resources' OAI-PMH record type: one record per publication (a translation key: its
live, public pages that are not aliases, one per language), described in Dublin Core, in sets
by resource type and by theme; tombstones kept as resources are unpublished or deleted."""

import mimetypes
import uuid
from datetime import UTC, datetime

from django.db.models import Max, Min, Prefetch, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from portal.core.i18n import default_locale_id
from portal.core.links import absolute_url
from portal.models import Theme
from resources.models import ResourceFile, ResourcePage, ResourceType
from resources.oai.registry import Header, RecordType, register_record_type
from resources.oai.repository import Tombstones

TYPE_KEY = "resource"
THEME = "theme"
# DCMI Type Vocabulary term of each resource type (Text unless listed).
DCMI_TYPES = {ResourceType.VIDEO: "MovingImage"}
# The datestamp of a live page with no publication time (created live, never published).
UNDATED = datetime(2000, 1, 1, tzinfo=UTC)


def _sources():
    """The pages records are made of: live, public, not aliases (untranslated copies)."""
    return ResourcePage.objects.live().public().filter(alias_of__isnull=True)


def _themes():
    """{theme translation key: (slug, name)} of the default locale's themes."""
    rows = Theme.objects.filter(locale_id=default_locale_id()).order_by("sort_order", "name")
    return {
        key: (slug, name) for key, slug, name in rows.values_list("translation_key", "slug", "name")
    }


def valid_key(key):
    try:
        return str(uuid.UUID(key)) == key
    except (TypeError, ValueError):
        return False


def _members(sources, spec):
    """The pages of the records in set ``spec`` (None: not a set of resources)."""
    if not spec or spec == TYPE_KEY:
        return sources
    kind, _sep, value = spec.partition(":")
    if kind == TYPE_KEY and value in ResourceType.values:
        return sources.filter(resource_type=value)
    if spec == THEME:
        return sources.filter(themes__isnull=False)
    if kind == THEME and value:
        theme_keys = Theme.objects.filter(locale_id=default_locale_id(), slug=value)
        return sources.filter(themes__translation_key__in=theme_keys.values("translation_key"))
    return None


def _groups(sources, scope):
    """One row per record in ``scope``: its translation key and datestamp."""
    pages = sources
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


def _set_specs(sources, keys):
    """{translation key: set specs} of these records."""
    themes = _themes()
    specs = {}
    rows = sources.filter(translation_key__in=keys).values_list(
        "translation_key", "resource_type", "themes__translation_key"
    )
    for key, resource_type, theme_key in rows:
        found = specs.setdefault(str(key), {TYPE_KEY, f"{TYPE_KEY}:{resource_type}"})
        if theme_key in themes:
            found.update((THEME, f"{THEME}:{themes[theme_key][0]}"))
    return {key: tuple(sorted(values)) for key, values in specs.items()}


def headers(scope, after, limit):
    sources = _sources()
    groups = _groups(sources, scope)
    if groups is None:
        return []
    if after is not None:
        groups = groups.filter(translation_key__gt=after)
    rows = list(groups.order_by("translation_key")[:limit])
    specs = _set_specs(sources, [row["translation_key"] for row in rows]) if rows else {}
    return [
        Header(
            str(row["translation_key"]), row["stamp"], specs.get(str(row["translation_key"]), ())
        )
        for row in rows
    ]


def count(scope):
    groups = _groups(_sources(), scope)
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
    """The resources' sets: all, each type, all themed, each theme."""
    found = [(TYPE_KEY, str(_("Resources")))]
    found += [
        (f"{TYPE_KEY}:{code}", f"{_('Resources')}: {label}") for code, label in ResourceType.choices
    ]
    found.append((THEME, str(_("Themes"))))
    found += [(f"{THEME}:{slug}", f"{_('Theme')}: {name}") for slug, name in _themes().values()]
    return found


def _main(pages):
    """The page a record is described from: its default-locale page, else its oldest."""
    default = default_locale_id()
    return min(pages, key=lambda page: (page.locale_id != default, page.pk))


def metadata(keys, request):
    """{key: [(Dublin Core element, value, xml:lang)]} of these records."""
    keys = [key for key in keys if valid_key(key)]
    files = ResourceFile.objects.select_related("document").order_by("sort_order")
    pages = (
        _sources()
        .filter(translation_key__in=keys)
        .select_related("locale")
        .prefetch_related("themes", "regions", Prefetch("files", queryset=files))
    )
    records = {}
    for page in pages:
        records.setdefault(str(page.translation_key), []).append(page)
    return {key: dublin_core(group, request) for key, group in records.items()}


def dublin_core(pages, request):
    """The Dublin Core elements of one record (its pages, one per translation)."""
    main = _main(pages)
    others = sorted((p for p in pages if p is not main), key=lambda p: p.locale.language_code)
    texts = [main, *others]
    elements = [("title", page.title, page.locale.language_code) for page in texts]
    creators = main.author_list or ([main.publisher] if main.publisher else [])
    elements += [("creator", name, "") for name in creators]
    subjects = {
        (theme.name, page.locale.language_code) for page in texts for theme in page.themes.all()
    }
    elements += [
        ("subject", name, lang) for name, lang in sorted(subjects, key=lambda s: (s[1], s[0]))
    ]
    elements += [
        ("description", page.summary, page.locale.language_code) for page in texts if page.summary
    ]
    if main.publisher:
        elements.append(("publisher", main.publisher, ""))
    if main.publication_date:
        elements.append(("date", main.publication_date.isoformat(), ""))
    elif main.publication_year:
        elements.append(("date", str(main.publication_year), ""))
    elements.append(("type", DCMI_TYPES.get(main.resource_type, "Text"), ""))
    elements.append(("type", str(main.get_resource_type_display()), "en"))
    formats = {mimetypes.guess_type(f.document.filename)[0] for f in main.files.all()}
    elements += [("format", mime, "") for mime in sorted(filter(None, formats))]
    elements.append(("identifier", absolute_url(main.get_url(request) or main.url_path), ""))
    if main.doi:
        elements.append(
            ("identifier", f"https://doi.org/{main.doi.removeprefix('https://doi.org/')}", "")
        )
    if main.isbn:
        elements.append(("identifier", f"urn:isbn:{main.isbn}", ""))
    if main.external_url:
        elements.append(("relation", main.external_url, ""))
    languages = main.languages or [main.locale.language_code]
    elements += [("language", code, "") for code in languages]
    elements += [("coverage", str(region.name), "en") for region in main.regions.all()]
    elements += [("coverage", str(country.name), "en") for country in main.countries]
    return elements


# --- Tombstones ---------------------------------------------------------------------------


def theme_specs(page):
    """The theme set specs of a page with ``themes`` (any record type's)."""
    themes = _themes()
    specs = set()
    for theme in page.themes.all():
        if theme.translation_key in themes:
            specs.update((THEME, f"{THEME}:{themes[theme.translation_key][0]}"))
    return specs


def set_specs_of(page):
    """The set specs of ``page``'s record (kept on its tombstone)."""
    return sorted({TYPE_KEY, f"{TYPE_KEY}:{page.resource_type}", *theme_specs(page)})


TOMBSTONES = Tombstones(TYPE_KEY, _sources, set_specs_of)


def register():
    """Serve resources over OAI-PMH and keep their tombstones."""
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
            order=10,
        )
    )
    TOMBSTONES.connect(ResourcePage, "resources_oai")
