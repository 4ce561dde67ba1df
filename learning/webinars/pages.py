"""What webinar pages show: the listing, a webinar with the visitor's registration, and the
upcoming webinars on the home page."""

from datetime import timedelta

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.models import Locale

from learning.webinars.forms import VisitorRegistrationForm
from learning.webinars.models import RegistrationStatus, Speaker, WebinarIndexPage, WebinarPage
from learning.webinars.registration import confirmed_count, registration_of, waiting_position
from learning.webinars.video import recording_video
from learning.webinars.zones import local_datetime, visitor_time_zone, zone_name
from portal.core.i18n import content_language
from portal.security.input import parse_int
from portal.taxonomy.models import Language, Theme

PAST_SHOWN = 50


def listing_context(index_page, request):
    """Upcoming then past webinars below ``index_page``, filtered by ?theme= and ?language=."""
    now = timezone.now()
    qs = WebinarPage.objects.live().public().child_of(index_page)
    theme = request.GET.get("theme", "")
    language = request.GET.get("language", "")
    if (theme_id := parse_int(theme, 1, 2**31 - 1)) is not None:
        qs = qs.filter(themes__id=theme_id)
    if language:
        qs = qs.filter(Q(languages__code=language) | Q(interpretation__code=language))
    qs = qs.distinct().select_related("locale")  # the cards' lang/dir
    qs = qs.prefetch_related("themes", "languages", "interpretation")
    upcoming = list(qs.filter(start__gte=now - timedelta(hours=12)).order_by("start"))
    upcoming = [w for w in upcoming if w.end > now or w.cancelled and w.start > now]
    # The 50 most recent past webinars, read as such (not every past one): those still running
    # started before now too but are listed above, so read that many more.
    running = sum(1 for w in upcoming if w.start < now)
    past = list(qs.filter(start__lt=now).order_by("-start")[: PAST_SHOWN + running + 5])
    past = [w for w in past if w.end <= now or (w.cancelled and w.start <= now)]
    return {
        "upcoming": upcoming,
        "past": past[:PAST_SHOWN],
        "themes": Theme.objects.filter(locale__language_code="en").order_by("name"),
        "languages": Language.objects.all(),
        "selected_theme": theme,
        "selected_language": language,
        "visitor_tz": visitor_time_zone(request),
    }


def speakers_of(webinar):
    """The webinar's speakers, each in the active language when translated (two queries)."""
    speakers = list(webinar.speakers.select_related("photo"))
    if not speakers:
        return []
    locale = Locale.get_active()
    translated = {
        s.translation_key: s
        for s in Speaker.objects.filter(
            translation_key__in=[s.translation_key for s in speakers], locale=locale
        ).select_related("photo")
    }
    return [translated.get(s.translation_key, s) for s in speakers]


def webinar_context(webinar, request):
    """The visitor's registration (the joining link only once confirmed) and place on the
    waiting list, seats, speakers and zones. Registrations are the same in every language
    of the webinar."""
    registration = registration_of(webinar, request.user)
    seats_taken = confirmed_count(webinar)
    return {
        "registration": registration,
        "waiting_position": waiting_position(registration),
        "speakers": speakers_of(webinar),
        "show_join_link": bool(
            registration and registration.status == RegistrationStatus.CONFIRMED
        ),
        "visitor_tz": visitor_time_zone(request),
        "visitor_form": VisitorRegistrationForm(),
        "seats_taken": seats_taken,
        "is_full": seats_taken >= webinar.capacity,
        "video": recording_video(webinar) if webinar.status == "past" else None,
    }


def _localized(qs):
    language = (get_language() or "en").split("-")[0]
    localized = qs.filter(locale__language_code=language)
    return localized if localized.exists() else qs.filter(locale__language_code="en")


def upcoming_for_home(request, limit):
    """The next ``limit`` webinars in the current language, as home-section items."""
    webinars = _localized(
        WebinarPage.objects.live().public().filter(start__gte=timezone.now(), cancelled=False)
    )
    webinars = webinars.select_related("locale").order_by("start")[:limit]
    zone = visitor_time_zone(request)
    return [
        {
            "url": w.url,
            "title": w.title,
            "summary": w.summary,
            "meta": f"{local_datetime(w.start, zone)} ({zone_name(zone.key)})",
            "lang": content_language(w),  # an untranslated alias shows English
        }
        for w in webinars
    ]


def home_vary(request):
    """What the home section of upcoming webinars depends on besides the language: the
    visitor's time zone (the times are shown in it)."""
    return visitor_time_zone(request).key


def index_url(request):
    """The webinar listing in the current language (English otherwise)."""
    index = _localized(WebinarIndexPage.objects.live()).first()
    return index.url if index else None
