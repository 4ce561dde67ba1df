"""People's state attaches to the canonical page (the default-locale translation): webinar
registrations, enrolments, lesson progress and module results made on a French, Spanish or
Arabic copy of a page move to the page it translates, and what was recorded twice is merged.

- Registrations: one active (not cancelled) registration per person (member, else email
  address) and webinar. The one kept is the confirmed one, else waiting, else pending, the
  earliest first; it takes the earliest registration date, attendance if any copy had it and
  the reminders already sent. Cancelled rows are only moved.
- Enrolments: one per member and course. The one kept is the first completed (its
  certificate code stays valid), else the earliest; it takes the earliest enrolment date and
  the union of lessons visited (earliest date each), the best result of each module (highest
  score, passed if any attempt passed). An enrolment whose modules are now all passed is
  completed, with a certificate code.
"""

import secrets
from collections import defaultdict

from django.conf import settings
from django.db import migrations
from django.utils import timezone

STATUS_RANK = {"confirmed": 0, "waiting": 1, "pending": 2}


def canonical_ids(Page, Locale, page_ids):
    """``{page id: id of its canonical page}``: the translation in the default locale, else
    the oldest translation (as ``portal.core.i18n.canonical``)."""
    page_ids = {pk for pk in page_ids if pk is not None}
    if not page_ids:
        return {}
    default = (
        Locale.objects.filter(language_code=settings.LANGUAGE_CODE)
        .values_list("pk", flat=True)
        .first()
    )
    keys = dict(Page.objects.filter(pk__in=page_ids).values_list("pk", "translation_key"))
    best = {}
    siblings = Page.objects.filter(translation_key__in=set(keys.values())).order_by("pk")
    for pk, key, locale_id in siblings.values_list("pk", "translation_key", "locale_id"):
        if key not in best or (locale_id == default and best[key][1] != default):
            best[key] = (pk, locale_id)
    return {pk: best[key][0] for pk, key in keys.items()}


def merge_registrations(Registration, canon):
    """Move registrations to the canonical webinar; one active registration per person."""
    groups = defaultdict(list)
    for r in Registration.objects.order_by("created_at", "pk"):
        person = ("user", r.user_id) if r.user_id else ("email", r.email.strip().lower())
        groups[(canon.get(r.webinar_id, r.webinar_id), person)].append(r)
    for key, rows in groups.items():
        webinar_id = key[0]
        active = [r for r in rows if r.status in STATUS_RANK]
        for r in rows:
            if r.status not in STATUS_RANK and r.webinar_id != webinar_id:
                Registration.objects.filter(pk=r.pk).update(webinar_id=webinar_id)
        if not active:
            continue
        keeper = min(active, key=lambda r: (STATUS_RANK[r.status], r.created_at, r.pk))
        changes = {
            "webinar_id": webinar_id,
            "created_at": min(r.created_at for r in active),
            "attended": any(r.attended for r in active),
        }
        for field in ("reminder_24h_sent", "reminder_1h_sent"):
            sent = [getattr(r, field) for r in active if getattr(r, field)]
            changes[field] = min(sent) if sent else None
        Registration.objects.filter(pk__in=[r.pk for r in active if r.pk != keeper.pk]).delete()
        Registration.objects.filter(pk=keeper.pk).update(**changes)


def _keep_best(rows, target, better):
    """Of ``rows``, one per target page (``target(row)``): the best by ``better`` (a sort
    key, smallest first). Returns ``{target id: (kept row, rows of that target)}``."""
    by_target = defaultdict(list)
    for row in rows:
        by_target[target(row)].append(row)
    return {t: (min(group, key=better), group) for t, group in by_target.items()}


def merge_enrolments(apps, canon):
    """Move enrolments, lesson progress and module results to the canonical pages; one
    enrolment per member and course."""
    Enrolment = apps.get_model("learning", "Enrolment")
    LessonProgress = apps.get_model("learning", "LessonProgress")
    ModuleResult = apps.get_model("learning", "ModuleResult")
    groups = defaultdict(list)
    for e in Enrolment.objects.order_by("started_at", "pk"):
        groups[(e.user_id, canon.get(e.course_id, e.course_id))].append(e)
    completed_now = []
    for key, enrolments in groups.items():
        course_id = key[1]
        done = [e for e in enrolments if e.completed_at]
        keeper = (
            min(done, key=lambda e: (e.completed_at, e.pk))
            if done
            else min(enrolments, key=lambda e: (e.started_at, e.pk))
        )
        ids = [e.pk for e in enrolments]

        lessons = _keep_best(
            LessonProgress.objects.filter(enrolment_id__in=ids),
            lambda p: canon.get(p.lesson_id, p.lesson_id),
            lambda p: (p.completed_at, p.pk),
        )
        modules = _keep_best(
            ModuleResult.objects.filter(enrolment_id__in=ids),
            lambda m: canon.get(m.module_id, m.module_id),
            lambda m: (not m.passed, -m.score, m.pk),
        )
        for kept, group in list(lessons.values()) + list(modules.values()):
            type(kept).objects.filter(pk__in=[r.pk for r in group if r.pk != kept.pk]).delete()
        for lesson_id, (kept, _) in lessons.items():
            LessonProgress.objects.filter(pk=kept.pk).update(
                enrolment_id=keeper.pk, lesson_id=lesson_id
            )
        for module_id, (kept, group) in modules.items():
            ModuleResult.objects.filter(pk=kept.pk).update(
                enrolment_id=keeper.pk,
                module_id=module_id,
                score=max(m.score for m in group),
                passed=any(m.passed for m in group),
                updated_at=max(m.updated_at for m in group),
            )

        last = keeper.last_lesson_id or next(
            (e.last_lesson_id for e in enrolments if e.last_lesson_id), None
        )
        Enrolment.objects.filter(pk__in=[pk for pk in ids if pk != keeper.pk]).delete()
        Enrolment.objects.filter(pk=keeper.pk).update(
            course_id=course_id,
            started_at=min(e.started_at for e in enrolments),
            last_lesson_id=canon.get(last, last),
        )
        if not keeper.completed_at and len(enrolments) > 1:
            completed_now.append(keeper.pk)
    _complete(apps, completed_now)


def _complete(apps, enrolment_ids):
    """Complete merged enrolments whose course's live modules are now all passed."""
    Enrolment = apps.get_model("learning", "Enrolment")
    ModulePage = apps.get_model("learning", "ModulePage")
    for enrolment in Enrolment.objects.filter(pk__in=enrolment_ids).select_related("course"):
        course = enrolment.course
        module_ids = set(
            ModulePage.objects.filter(
                path__startswith=course.path, depth=course.depth + 1, live=True
            ).values_list("pk", flat=True)
        )
        passed = set(
            apps.get_model("learning", "ModuleResult")
            .objects.filter(enrolment=enrolment, passed=True)
            .values_list("module_id", flat=True)
        )
        if module_ids and module_ids <= passed:
            Enrolment.objects.filter(pk=enrolment.pk).update(
                completed_at=timezone.now(), certificate_code=secrets.token_hex(8).upper()
            )


def attach_state_to_canonical_pages(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Locale = apps.get_model("wagtailcore", "Locale")
    Registration = apps.get_model("learning", "Registration")
    Enrolment = apps.get_model("learning", "Enrolment")
    LessonProgress = apps.get_model("learning", "LessonProgress")
    ModuleResult = apps.get_model("learning", "ModuleResult")
    page_ids = set(Registration.objects.values_list("webinar_id", flat=True))
    page_ids |= set(Enrolment.objects.values_list("course_id", flat=True))
    page_ids |= set(Enrolment.objects.values_list("last_lesson_id", flat=True))
    page_ids |= set(LessonProgress.objects.values_list("lesson_id", flat=True))
    page_ids |= set(ModuleResult.objects.values_list("module_id", flat=True))
    canon = canonical_ids(Page, Locale, page_ids)
    merge_registrations(Registration, canon)
    merge_enrolments(apps, canon)


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0004_speaker_translatable"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(attach_state_to_canonical_pages, migrations.RunPython.noop)]
