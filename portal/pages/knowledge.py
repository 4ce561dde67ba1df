"""The Knowledge landing page: its pages as cards by kind, and the case studies of those pages
filterable by country and theme (a GET form: works without JavaScript)."""

from django.urls import reverse
from django.utils.translation import gettext as _
from django_countries import countries

from portal.core.text import html_to_text
from portal.pages.glossary import GlossaryPage
from portal.pages.models import ContentPage
from portal.taxonomy.models import Theme

DATA_BLOCKS = {"data_chart", "data_table"}


def _kind(page):
    """``glossary``, ``data`` (a page mostly of charts and tables) or ``concept``; read from
    the body's raw data (converting the blocks would query each chart's data set)."""
    if isinstance(page, GlossaryPage):
        return "glossary"
    types = [child["type"] for child in _raw(page)]
    if types and sum(t in DATA_BLOCKS for t in types) * 3 >= len(types):
        return "data"
    return "concept"


def _raw(page):
    body = getattr(page, "body", None)
    return body.raw_data if body is not None else []


def case_studies(pages, request=None):
    """Every case study block of ``pages``: ``{id, title, place, country, themes, text,
    source, url, page}``, the URL pointing at the block on its page."""
    found = []
    for page in pages:
        url = page.get_url(request)
        for child in _raw(page):
            if child["type"] != "case_study":
                continue
            value = child["value"]
            found.append(
                {
                    "id": child["id"],
                    "title": value.get("title"),
                    "place": value.get("place"),
                    "country": value.get("country") or "",
                    "themes": list(value.get("themes") or []),
                    "text": value.get("text") or "",
                    "source": value.get("source"),
                    "url": f"{url}#case-{child['id']}",
                    "page": page,
                }
            )
    return found


def _theme_names(slugs, language_page):
    """``{slug: name}`` of ``slugs`` in the page's language (else the default language's)."""
    if not slugs:
        return {}
    names = {}
    rows = Theme.objects.filter(slug__in=slugs).select_related("locale")
    for theme in sorted(rows, key=lambda t: t.locale_id == language_page.locale_id):
        names[theme.slug] = theme.name  # the page's language last, so it wins
    return names


def landing_context(page, request):
    """Cards for the landing's content and glossary pages by kind, the case studies after the filters of the
    request (``country``, ``theme``) and the filters' options."""
    children = sorted(
        (
            child
            for model in (ContentPage, GlossaryPage)
            for child in model.objects.child_of(page)
            .live()
            .public()
            .select_related("image", "locale")
            .prefetch_related("image__renditions")
        ),
        key=lambda child: child.path,
    )
    groups = {"concept": [], "data": [], "glossary": []}
    for child in children:
        groups[_kind(child)].append(child)
    for glossary in groups["glossary"]:
        glossary.summary = html_to_text(glossary.intro)
    studies = case_studies(children, request)
    used_countries = sorted({s["country"] for s in studies if s["country"]})
    used_themes = sorted({slug for s in studies for slug in s["themes"]})
    theme_names = _theme_names(used_themes, page)
    country = (request.GET.get("country") or "")[:2].upper() if request else ""
    theme = (request.GET.get("theme") or "")[:120] if request else ""
    if country not in used_countries:
        country = ""
    if theme not in theme_names:
        theme = ""
    shown = [
        s
        for s in studies
        if (not country or s["country"] == country) and (not theme or theme in s["themes"])
    ]
    for study in shown:
        study["country_name"] = countries.name(study["country"]) if study["country"] else ""
        study["theme_names"] = [theme_names.get(slug, slug) for slug in study["themes"]]
    return {
        "concepts": groups["concept"],
        "data_pages": groups["data"],
        "glossaries": groups["glossary"],
        "case_studies": shown,
        "case_studies_total": len(studies),
        "country_options": sorted(
            ((code, countries.name(code)) for code in used_countries), key=lambda c: c[1]
        ),
        "theme_options": sorted(theme_names.items(), key=lambda t: t[1]),
        "selected_country": country,
        "selected_theme": theme,
        "filtered": bool(country or theme),
        "gcm_card": {
            "url": reverse("gcm_index"),
            "title": _("The Global Compact for Migration's objectives"),
            "summary": _("The 23 objectives States agreed on, and what on this site serves each."),
        },
    }
