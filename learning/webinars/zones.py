"""Time zones: the visitor's chosen zone (session, then cookie), the zones on offer grouped by
region with their city and country names in the visitor's language (CLDR, through Babel),
and a zone's localized name for times shown on pages and in emails."""

import unicodedata
import zoneinfo
from functools import lru_cache

from babel import Locale
from babel.core import get_global
from babel.dates import get_timezone_location
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

TZ_COOKIE = "learning_tz"
# Every IANA name Python knows (aliases included): what the organiser of a webinar may pick
# and what a visitor's browser may send.
_AVAILABLE = frozenset(zoneinfo.available_timezones())  # a directory walk: once per process
TIME_ZONES = sorted(_AVAILABLE)

# The regions of the picker, in order, with the CLDR territory that names them.
REGIONS = (
    ("africa", "002"),
    ("americas", "019"),
    ("asia", "142"),
    ("europe", "150"),
    ("oceania", "009"),
    ("antarctica", "AQ"),
)
_REGION_OF_PREFIX = {
    "Africa": "africa",
    "America": "americas",
    "Asia": "asia",
    "Europe": "europe",
    "Australia": "oceania",
    "Pacific": "oceania",
    "Antarctica": "antarctica",
}
# Zones named after an ocean, placed with the land they serve.
_REGION_OF_ZONE = {
    "Arctic/Longyearbyen": "europe",
    "Atlantic/Azores": "europe",
    "Atlantic/Bermuda": "americas",
    "Atlantic/Canary": "africa",
    "Atlantic/Cape_Verde": "africa",
    "Atlantic/Faroe": "europe",
    "Atlantic/Madeira": "europe",
    "Atlantic/Reykjavik": "europe",
    "Atlantic/South_Georgia": "americas",
    "Atlantic/St_Helena": "africa",
    "Atlantic/Stanley": "americas",
    "Indian/Chagos": "asia",
    "Indian/Christmas": "oceania",
    "Indian/Cocos": "oceania",
    "Indian/Kerguelen": "antarctica",
    "Indian/Maldives": "asia",
}
# The short list shown next to webinar times: where the platform's practitioners work, in
# countries of origin, transit and return, plus the hosts of most webinars. The full list is
# one link away (the time-zone page).
COMMON_ZONES = (
    "Africa/Abidjan", "Africa/Accra", "Africa/Addis_Ababa", "Africa/Algiers", "Africa/Bamako",
    "Africa/Cairo", "Africa/Casablanca", "Africa/Conakry", "Africa/Dakar", "Africa/Johannesburg",
    "Africa/Khartoum", "Africa/Kinshasa", "Africa/Lagos", "Africa/Nairobi", "Africa/Ndjamena",
    "Africa/Niamey", "Africa/Ouagadougou", "Africa/Tripoli", "Africa/Tunis",
    "America/Bogota", "America/El_Salvador", "America/Guatemala", "America/Lima",
    "America/Mexico_City", "America/New_York", "America/Santo_Domingo", "America/Sao_Paulo",
    "America/Tegucigalpa",
    "Asia/Amman", "Asia/Baghdad", "Asia/Bangkok", "Asia/Beirut", "Asia/Damascus", "Asia/Dhaka",
    "Asia/Dubai", "Asia/Jakarta", "Asia/Kabul", "Asia/Karachi", "Asia/Kathmandu",
    "Asia/Kolkata", "Asia/Manila", "Asia/Riyadh", "Asia/Tehran", "Asia/Tokyo", "Asia/Yerevan",
    "Europe/Athens", "Europe/Berlin", "Europe/Brussels", "Europe/Istanbul", "Europe/Kyiv",
    "Europe/Lisbon", "Europe/London", "Europe/Madrid", "Europe/Paris", "Europe/Rome",
    "Europe/Vienna", "Europe/Zurich",
    "Australia/Sydney", "Pacific/Auckland",
)  # fmt: skip


def visitor_time_zone(request):
    """The zone the visitor chose (session, then cookie); UTC when unknown or invalid."""
    if request is None:
        return zoneinfo.ZoneInfo("UTC")
    name = request.session.get(TZ_COOKIE) if hasattr(request, "session") else None
    name = name or request.COOKIES.get(TZ_COOKIE) or "UTC"
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo("UTC")


def valid_time_zone(name):
    """Whether ``name`` is a known IANA time zone."""
    return name in _AVAILABLE


def canonical_zone(name):
    """The CLDR name of zone ``name`` (``Asia/Calcutta`` -> ``Asia/Kolkata``); UTC for the
    ``Etc`` zones that mean it."""
    if name in {"UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/Universal", "Universal", "Zulu"}:
        return "UTC"
    return get_global("zone_aliases").get(name, name)


def remember_time_zone(request, response, name):
    """Keep the visitor's choice in the session and in a year-long cookie (HttpOnly: no script
    reads it; Secure over HTTPS or wherever the session cookie is)."""
    request.session[TZ_COOKIE] = name
    response.set_cookie(
        TZ_COOKIE,
        name,
        max_age=365 * 24 * 3600,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE or request.is_secure(),
        httponly=True,
    )
    return response


def _language(language=None):
    code = language or translation.get_language() or settings.LANGUAGE_CODE
    return code.split("-")[0]


def _sort_key(label):
    """Accent-blind ordering (Écosse after Dublin, not after Zagreb)."""
    decomposed = unicodedata.normalize("NFKD", label.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def region_of(name):
    """The picker region of a CLDR zone name, or None (UTC, ``Etc`` zones)."""
    if name in _REGION_OF_ZONE:
        return _REGION_OF_ZONE[name]
    if name.startswith("Indian/"):
        return "africa"
    return _REGION_OF_PREFIX.get(name.split("/")[0])


@lru_cache(maxsize=8)
def _labels(language):
    """``{zone: "City (Country)"}`` for every CLDR zone with a country, in ``language``."""
    locale = Locale.parse(language)
    labels = {}
    for name, territory in get_global("zone_territories").items():
        if region_of(name) is None or not valid_time_zone(name):
            continue
        city = get_timezone_location(name, locale, return_city=True)
        country = locale.territories.get(territory, territory)
        labels[name] = city if city == country else f"{city} ({country})"
    return labels


def zone_label(name, language=None):
    """Zone ``name`` as a visitor picks it: "Bamako (Mali)", "باماكو (مالي)"."""
    name = canonical_zone(name)
    if name == "UTC":
        with translation.override(_language(language)):
            return _("Coordinated Universal Time (UTC)")
    return _labels(_language(language)).get(name, name)


def zone_name(name, language=None):
    """Zone ``name`` after a time: "Mali Time", "heure : Mali", "توقيت مالي"; "UTC" for UTC."""
    name = canonical_zone(name)
    if name == "UTC" or name not in _labels(_language(language)):
        return "UTC" if name == "UTC" else name
    return get_timezone_location(name, Locale.parse(_language(language)))


def zone_groups(names=None, language=None, extra=()):
    """The zones on offer as ``[(region label, [(zone, label), …]), …]``, UTC first on its own
    (region label None),
    each region's zones in the order of their labels. ``names`` narrows the list (default:
    every CLDR zone); ``extra`` zones are added to it (the visitor's and the organiser's)."""
    language = _language(language)
    labels = _labels(language)
    wanted = set(labels) if names is None else {canonical_zone(n) for n in names}
    wanted |= {canonical_zone(n) for n in extra if n}
    locale = Locale.parse(language)
    groups = [(None, [("UTC", zone_label("UTC", language))])]
    for region, territory in REGIONS:
        zones = [
            (name, labels[name]) for name in wanted if name in labels and region_of(name) == region
        ]
        if zones:
            zones.sort(key=lambda item: _sort_key(item[1]))
            groups.append((locale.territories.get(territory, region), zones))
    return groups


def local_datetime(value, zone, weekday=False, language=None):
    """``value`` in ``zone`` as the active (or given) language writes a date and time:
    "Thursday 12 March 2026, 14:00", "jeudi 12 mars 2026, 14:00", "الخميس 12 مارس 2026، 14:00"."""
    from django.utils.formats import date_format, time_format

    if isinstance(zone, str):
        zone = zoneinfo.ZoneInfo(zone or "UTC")
    local = value.astimezone(zone)
    with translation.override(_language(language)):
        parts = {
            "weekday": date_format(local, "l"),
            "date": date_format(local, "DATE_FORMAT"),
            "time": time_format(local, "TIME_FORMAT"),
        }
        if weekday:
            # Translators: a weekday, a date and a time: "Thursday 12 March 2026, 14:00".
            return _("%(weekday)s %(date)s, %(time)s") % parts
        # Translators: a date and a time: "12 March 2026, 14:00".
        return _("%(date)s, %(time)s") % parts
