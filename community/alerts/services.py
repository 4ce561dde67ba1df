"""Saving searches, finding what is new for each, and emailing it once.

Idempotent sending: for each saved search, one transaction locks its row, records the new
matches as ``SentMatch`` rows (unique per saved search and object), sends the email, then
commits. If sending fails the transaction rolls back and the same matches go out next run;
two runs at once never both send (the second skips a locked search, and the unique key
would refuse a second record anyway). The one window left is a crash after the mail server
accepted the message and before the commit: that email goes out again next run. A lost alert
is worse than a repeated one, so sending comes before the commit, not after it.
"""

import logging
from datetime import timedelta

from django.core import signing
from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from community.accounts.services import chosen_language
from portal.core import mail
from portal.core.i18n import url_in_language
from portal.core.links import absolute_url
from portal.core.registry import registry, search_types
from portal.core.search import MATCH_LIMIT, find, matching_ids

from .listings import LISTINGS, search_spec, split_listing
from .models import SavedSearch, SentMatch

logger = logging.getLogger("community.alerts")

MAX_SAVED = 50  # saved searches per member
MAX_ITEMS = 50  # matches per email; the rest follow in the next one
FEED_SIZE = 20
GAPS = {
    SavedSearch.Frequency.IMMEDIATE: timedelta(0),
    SavedSearch.Frequency.DAILY: timedelta(hours=20),
    SavedSearch.Frequency.WEEKLY: timedelta(days=6, hours=20),
}
UNSUBSCRIBE_SALT = "community.alerts.unsubscribe"
IMMEDIATE_DELAY = timedelta(seconds=60)  # lets the index take the change in first
IMMEDIATE_KEY = "community:alerts:immediate-queued"


class SaveError(ValueError):
    """Why a search could not be saved (a sentence for the member)."""


# --- saving --------------------------------------------------------------------------------


def save_search(user, kind, url, name, frequency):
    """Save the listing at ``url`` for ``user``; what matches now is recorded as already
    seen, so the first alert brings only what is new since."""
    if kind not in LISTINGS:
        raise SaveError(_("This page cannot be saved as a search."))
    parts = split_listing(url)
    if parts is None:
        raise SaveError(_("This page cannot be saved as a search."))
    if frequency not in SavedSearch.Frequency.values:
        raise SaveError(_("Choose how often to be emailed."))
    name = " ".join((name or "").split())[:120]
    if not name:
        raise SaveError(_("Give the search a name."))
    if SavedSearch.objects.filter(user=user).count() >= MAX_SAVED:
        raise SaveError(
            _("You have %(n)d saved searches, the most one member may keep. Delete one first.")
            % {"n": MAX_SAVED}
        )
    path, query, language = parts
    saved = SavedSearch(
        user=user, name=name, kind=kind, path=path, query=query, language=language,
        frequency=frequency,
    )  # fmt: skip
    if kind == "search" and not search_spec(saved).query:
        raise SaveError(_("Type some words to search for before saving the search."))
    with transaction.atomic():
        saved.save()
        SentMatch.objects.bulk_create(
            [
                SentMatch(saved_search=saved, type_key=t, object_id=i, baseline=True)
                for t, i in matching(saved)
            ],
            batch_size=1000,
            ignore_conflicts=True,
        )
    return saved


# --- matching ------------------------------------------------------------------------------


def matching(saved):
    """(type key, object id) of everything ``saved`` matches now, best first."""
    spec = search_spec(saved)
    types = spec.types or [t.key for t in search_types()]
    pairs = []
    for type_key in types:
        if spec.query:
            ids = matching_ids(
                None, spec.query, type_key, filters=spec.filters, locale=spec.locale,
                language=saved.language,
            )  # fmt: skip
        else:  # a filtered listing without words (matching_ids needs a query): newest first
            results = find(
                None, "", types=[type_key], filters=spec.filters, locale=spec.locale,
                language=saved.language, sort="newest", per_page=MATCH_LIMIT,
            )  # fmt: skip
            ids = [hit.object_id for hit in results.hits]
        pairs.extend((type_key, object_id) for object_id in ids)
    return pairs


def new_matches(saved, limit=MAX_ITEMS):
    """What ``saved`` matches that it never recorded, described for an email: dicts with
    ``type_key``, ``object_id``, ``title``, ``url`` (absolute) and ``summary``."""
    seen = set(SentMatch.objects.filter(saved_search=saved).values_list("type_key", "object_id"))
    fresh = [pair for pair in matching(saved) if pair not in seen]
    return describe(fresh[:limit])


def describe(pairs):
    """Title, link and summary of objects from their search type (public ones only)."""
    by_type = {}
    for type_key, object_id in pairs:
        by_type.setdefault(type_key, []).append(object_id)
    found = {}
    for type_key, ids in by_type.items():
        search_type = registry.search_types.get(type_key)
        if search_type is None:
            continue
        for obj in search_type.public_queryset(None).filter(pk__in=ids):
            doc = search_type.document(obj)
            found[(type_key, str(obj.pk))] = {
                "type_key": type_key,
                "object_id": str(obj.pk),
                "title": str(doc.get("title") or "")[:300],
                "url": absolute_url(doc.get("url") or "/")[:500],
                "summary": " ".join(str(doc.get("summary") or "").split())[:300],
            }
    return [found[pair] for pair in pairs if pair in found]


def feed_hits(saved, limit=FEED_SIZE):
    """The newest matches of ``saved`` (``portal.core.search.Hit``), for its Atom feed."""
    spec = search_spec(saved)
    if saved.kind == "search" and not spec.query:
        return []
    results = find(
        None, spec.query, types=spec.types, filters=spec.filters, locale=spec.locale,
        language=saved.language, sort="newest", per_page=limit,
    )  # fmt: skip
    return results.hits


# --- sending -------------------------------------------------------------------------------


def due(frequency, now):
    """Saved searches of ``frequency`` whose period has passed since they were last checked."""
    qs = SavedSearch.objects.filter(frequency=frequency, user__is_active=True).exclude(
        user__email=""
    )
    gap = GAPS[frequency]
    if gap:
        qs = qs.filter(Q(last_checked_at__isnull=True) | Q(last_checked_at__lte=now - gap))
    return qs.select_related("user").order_by("pk")


def send_alerts(frequency, now=None):
    """Email every due saved search of ``frequency`` its new matches; returns (emails sent,
    matches sent). A search that fails is logged and retried next run."""
    now = now or timezone.now()
    emails = matches = 0
    for saved in due(frequency, now).iterator():
        try:
            sent = deliver(saved, new_matches(saved), now)
        except Exception:  # noqa: BLE001 - one failing search must not stop the others
            logger.exception("search alert %s failed; retried next run", saved.pk)
            continue
        emails += bool(sent)
        matches += sent
    return emails, matches


def deliver(saved, items, now):
    """Record ``items`` for ``saved`` and email them, in one transaction (see the module's
    docstring); returns how many were sent."""
    with transaction.atomic():
        locked = (
            SavedSearch.objects.select_for_update(skip_locked=True)
            .select_related("user")
            .filter(pk=saved.pk)
            .first()
        )
        if locked is None or locked.frequency == SavedSearch.Frequency.OFF:
            return 0  # another run holds it, or the member just unsubscribed
        if items:
            seen = set(
                SentMatch.objects.filter(
                    saved_search=locked, object_id__in=[i["object_id"] for i in items]
                ).values_list("type_key", "object_id")
            )
            items = [i for i in items if (i["type_key"], i["object_id"]) not in seen]
        if items:
            SentMatch.objects.bulk_create(
                SentMatch(
                    saved_search=locked,
                    type_key=i["type_key"],
                    object_id=i["object_id"],
                    title=i["title"],
                    url=i["url"],
                    sent_at=now,
                )  # fmt: skip
                for i in items
            )
            send_email(locked, items)
            locked.last_sent_at = now
        locked.last_checked_at = now
        locked.save(update_fields=["last_checked_at", "last_sent_at"])
    return len(items)


def send_email(saved, items):
    """The alert email, in the member's language (the one they chose, else the one they saved
    the search in), with a one-click unsubscribe link and header."""
    user = saved.user
    language = chosen_language(user) or saved.language
    unsubscribe_url = absolute_url(reverse("community_alert_unsubscribe", args=[token(saved)]))
    context = {
        "name": saved.name,
        "items": items,
        "count": len(items),
        "search_url": absolute_url(saved.url),  # the listing as saved, in its language
        "manage_url": absolute_url(url_in_language(reverse("dashboard"), language)),
        "unsubscribe_url": unsubscribe_url,
    }
    headers = {
        "List-Unsubscribe": f"<{unsubscribe_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    mail.send("community/email/search_alert", context, [user.email], language, headers=headers)


# --- unsubscribing ------------------------------------------------------------------------


def token(saved):
    """A signed token that stops ``saved``'s emails (valid one year)."""
    return signing.dumps({"s": saved.pk, "u": saved.user_id}, salt=UNSUBSCRIBE_SALT)


def from_token(token_value):
    """The saved search a token names, or None if it is forged, expired or gone."""
    try:
        data = signing.loads(token_value, salt=UNSUBSCRIBE_SALT, max_age=60 * 60 * 24 * 365)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict):
        return None
    return SavedSearch.objects.filter(pk=data.get("s"), user_id=data.get("u")).first()


def stop_emails(saved):
    saved.frequency = SavedSearch.Frequency.OFF
    saved.save(update_fields=["frequency"])


# --- immediate alerts ----------------------------------------------------------------------


def content_changed(sender, instance=None, **kwargs):
    """Receiver of ``page_published`` and ``portal.core.signals.content_changed``: after the
    commit, queue one run of the immediate alerts."""
    if kwargs.get("raw"):
        return
    transaction.on_commit(queue_immediate)


def queue_immediate():
    """Enqueue ``send_search_alerts("immediate")``. A backend that can defer runs it a minute
    later (the index takes the change in first; changes within that minute share one run);
    one that cannot runs it now, and what the index had not taken in yet goes next run."""
    from django_tasks import default_task_backend

    from .tasks import send_search_alerts

    if not SavedSearch.objects.filter(frequency=SavedSearch.Frequency.IMMEDIATE).exists():
        return
    if default_task_backend.supports_defer:
        if cache.add(IMMEDIATE_KEY, 1, int(IMMEDIATE_DELAY.total_seconds())):
            task = send_search_alerts.using(run_after=timezone.now() + IMMEDIATE_DELAY)
            task.enqueue(SavedSearch.Frequency.IMMEDIATE)
    else:
        send_search_alerts.enqueue(SavedSearch.Frequency.IMMEDIATE)
