"""Domain logic of the learning app: registration, time zones, calendars and course progress."""

import zoneinfo
from datetime import timedelta

from django.core import signing
from django.db import transaction
from django.db.models import Count, Q
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from learning.models import (
    Enrolment,
    LessonPage,
    LessonProgress,
    ModulePage,
    ModuleResult,
    Registration,
    RegistrationStatus,
    WebinarPage,
    new_certificate_code,
)

TZ_COOKIE = "learning_tz"
TOKEN_SALT = "learning.registration"  # noqa: S105 (a signing salt, not a secret)
CONFIRM_MAX_AGE = 7 * 24 * 3600


# --- Time zones ------------------------------------------------------------------------------


def visitor_time_zone(request):
    """The zone the visitor chose (session, then cookie); UTC when unknown or invalid."""
    name = request.session.get(TZ_COOKIE) if hasattr(request, "session") else None
    name = name or request.COOKIES.get(TZ_COOKIE) or "UTC"
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo("UTC")


def valid_time_zone(name):
    return name in zoneinfo.available_timezones()


# --- Listings --------------------------------------------------------------------------------


def webinar_queryset():
    return WebinarPage.objects.live().public()


def webinar_listing(index_page, request):
    from portal.models import Language, Theme

    now = timezone.now()
    qs = webinar_queryset().child_of(index_page)
    theme = request.GET.get("theme", "")
    language = request.GET.get("language", "")
    if theme.isdigit():
        qs = qs.filter(themes__id=int(theme))
    if language:
        qs = qs.filter(Q(languages__code=language) | Q(interpretation__code=language))
    qs = qs.distinct().prefetch_related("themes", "languages", "interpretation")
    upcoming = list(qs.filter(start__gte=now - timedelta(hours=12)).order_by("start"))
    upcoming = [w for w in upcoming if w.end > now or w.cancelled and w.start > now]
    past = list(qs.filter(start__lt=now).order_by("-start"))
    past = [w for w in past if w.end <= now or (w.cancelled and w.start <= now)]
    return {
        "upcoming": upcoming,
        "past": past[:50],
        "themes": Theme.objects.filter(locale__language_code="en").order_by("name")
        if hasattr(Theme, "locale")
        else Theme.objects.all(),
        "languages": Language.objects.all(),
        "selected_theme": theme,
        "selected_language": language,
        "visitor_tz": visitor_time_zone(request),
    }


def registration_for(webinar, request):
    if request.user.is_authenticated:
        return (
            Registration.objects.filter(webinar=webinar, user=request.user)
            .exclude(status=RegistrationStatus.CANCELLED)
            .first()
        )
    return None


def webinar_context(webinar, request):
    from learning.forms import VisitorRegistrationForm

    registration = registration_for(webinar, request)
    return {
        "registration": registration,
        "show_join_link": bool(
            registration and registration.status == RegistrationStatus.CONFIRMED
        ),
        "visitor_tz": visitor_time_zone(request),
        "visitor_form": VisitorRegistrationForm(),
        "seats_taken": confirmed_count(webinar),
        "time_zones": TIME_ZONES,
    }


TIME_ZONES = sorted(zoneinfo.available_timezones())


def confirmed_count(webinar):
    return Registration.objects.filter(webinar=webinar, status=RegistrationStatus.CONFIRMED).count()


# --- Registration ----------------------------------------------------------------------------


def make_token(registration, action):
    return signing.dumps({"r": registration.pk, "a": action}, salt=TOKEN_SALT)


def read_token(token, action, max_age=None):
    """The registration a signed link points at, or None if the link is invalid."""
    try:
        data = signing.loads(token, salt=TOKEN_SALT, max_age=max_age)
    except signing.BadSignature:
        return None
    if data.get("a") != action:
        return None
    return Registration.objects.filter(pk=data.get("r")).select_related("webinar").first()


def _seat_status(webinar):
    taken = Registration.objects.filter(
        webinar=webinar, status=RegistrationStatus.CONFIRMED
    ).count()
    return RegistrationStatus.CONFIRMED if taken < webinar.capacity else RegistrationStatus.WAITING


def _lock(webinar):
    return WebinarPage.objects.select_for_update(of=("self",)).get(pk=webinar.pk)


class RegistrationClosed(Exception):
    pass


def register_member(webinar, user):
    """One-click registration of a signed-in member: confirmed or waiting, under a row lock."""
    with transaction.atomic():
        webinar = _lock(webinar)
        if webinar.status not in ("upcoming", "live"):
            raise RegistrationClosed
        existing = (
            Registration.objects.filter(webinar=webinar, user=user)
            .exclude(status=RegistrationStatus.CANCELLED)
            .first()
        )
        if existing:
            return existing, False
        registration = Registration.objects.create(
            webinar=webinar,
            user=user,
            name=user.get_full_name() or user.get_username(),
            email=user.email,
            status=_seat_status(webinar),
            confirmed_at=timezone.now(),
        )
    _send(registration, registration.status)
    return registration, True


def register_visitor(webinar, name, email):
    """A visitor's registration waits for the confirmation link sent by email."""
    with transaction.atomic():
        webinar = _lock(webinar)
        if webinar.status not in ("upcoming", "live"):
            raise RegistrationClosed
        existing = (
            Registration.objects.filter(webinar=webinar, email__iexact=email)
            .exclude(status=RegistrationStatus.CANCELLED)
            .first()
        )
        if existing and existing.status != RegistrationStatus.PENDING:
            return existing, False
        registration = existing or Registration.objects.create(
            webinar=webinar, name=name, email=email, status=RegistrationStatus.PENDING
        )
    _send(registration, "confirm")
    return registration, True


def confirm(registration):
    """Double opt-in: the visitor clicked the link; take a seat or a place on the list."""
    with transaction.atomic():
        webinar = _lock(registration.webinar)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status != RegistrationStatus.PENDING:
            return registration, False
        registration.status = _seat_status(webinar)
        registration.confirmed_at = timezone.now()
        registration.save(update_fields=["status", "confirmed_at"])
    _send(registration, registration.status)
    return registration, True


def cancel(registration):
    """Free the seat and promote the first person on the waiting list (emailed)."""
    promoted = None
    with transaction.atomic():
        webinar = _lock(registration.webinar)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == RegistrationStatus.CANCELLED:
            return registration, None
        freed = registration.status == RegistrationStatus.CONFIRMED
        registration.status = RegistrationStatus.CANCELLED
        registration.save(update_fields=["status"])
        if freed:
            promoted = (
                Registration.objects.select_for_update()
                .filter(webinar=webinar, status=RegistrationStatus.WAITING)
                .order_by("confirmed_at", "pk")
                .first()
            )
            if promoted and _seat_status(webinar) == RegistrationStatus.CONFIRMED:
                promoted.status = RegistrationStatus.CONFIRMED
                promoted.save(update_fields=["status"])
            else:
                promoted = None
    _send(registration, "cancelled")
    if promoted:
        _send(promoted, "promoted")
    return registration, promoted


def _send(registration, kind):
    from learning.tasks import send_registration_email

    send_registration_email.enqueue(registration.pk, kind)


def absolute(path):
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    return (site.root_url if site else "http://localhost") + path


def email_links(registration):
    return {
        "confirm_url": absolute(
            reverse("learning:confirm", args=[make_token(registration, "confirm")])
        ),
        "cancel_url": absolute(
            reverse("learning:cancel", args=[make_token(registration, "cancel")])
        ),
        "webinar_url": registration.webinar.full_url or "",
        "ics_url": absolute(reverse("learning_ics", args=[registration.webinar.pk])),
    }


def due_reminders(now=None):
    """Mark and return (registration id, kind) pairs whose reminder is due; each sent once."""
    now = now or timezone.now()
    due = []
    for kind, window, field in (
        ("reminder_24h", timedelta(hours=24), "reminder_24h_sent"),
        ("reminder_1h", timedelta(hours=1), "reminder_1h_sent"),
    ):
        candidates = Registration.objects.filter(
            status=RegistrationStatus.CONFIRMED,
            webinar__cancelled=False,
            webinar__live=True,
            webinar__start__gt=now,
            webinar__start__lte=now + window,
            **{f"{field}__isnull": True},
        ).values_list("pk", flat=True)
        for pk in list(candidates):
            # Conditional update: only one cron run (or worker) wins each reminder.
            if Registration.objects.filter(pk=pk, **{f"{field}__isnull": True}).update(
                **{field: now}
            ):
                due.append((pk, kind))
    return due


# --- Courses ---------------------------------------------------------------------------------


def enrolment_for(course, user):
    if not user.is_authenticated:
        return None
    return Enrolment.objects.filter(course=course, user=user).first()


def enrol(course, user):
    enrolment, _created = Enrolment.objects.get_or_create(course=course, user=user)
    return enrolment


def passed_module_ids(enrolment):
    if enrolment is None:
        return set()
    return set(enrolment.modules.filter(passed=True).values_list("module_id", flat=True))


def module_open(module, enrolment, modules=None):
    """Module 1 first, then any order."""
    course = module.get_parent().specific
    modules = modules if modules is not None else list(course.modules())
    if not course.first_module_required or not modules or modules[0].pk == module.pk:
        return True
    return modules[0].pk in passed_module_ids(enrolment)


def module_guard(module, request):
    """Redirect to the course page when the module is locked for this visitor."""
    course = module.get_parent().specific
    enrolment = enrolment_for(course, request.user)
    if enrolment is None:
        from django.contrib import messages

        messages.info(request, _("Enrol in the course to open its modules."))
        return redirect(course.url)
    if not module_open(module, enrolment):
        from django.contrib import messages

        messages.warning(request, _("Complete module 1 first."))
        return redirect(course.url)
    return None


def course_progress(course, enrolment):
    modules = list(course.modules())
    passed = passed_module_ids(enrolment)
    lesson_ids = set(LessonPage.objects.descendant_of(course).live().values_list("pk", flat=True))
    done = set(enrolment.lessons.values_list("lesson_id", flat=True)) if enrolment else set()
    total = len(lesson_ids) + len(modules)
    completed = len(done & lesson_ids) + len(passed & {m.pk for m in modules})
    return {
        "modules": [
            {
                "page": m,
                "passed": m.pk in passed,
                "open": enrolment is not None and module_open(m, enrolment, modules),
            }
            for m in modules
        ],
        "percent": int(100 * completed / total) if total else 0,
        "passed_count": len(passed & {m.pk for m in modules}),
        "module_count": len(modules),
    }


def course_context(course, request):
    enrolment = enrolment_for(course, request.user)
    return {"enrolment": enrolment, "progress": course_progress(course, enrolment)}


def module_context(module, request):
    course = module.get_parent().specific
    enrolment = enrolment_for(course, request.user)
    result = (
        ModuleResult.objects.filter(enrolment=enrolment, module=module).first()
        if enrolment
        else None
    )
    return {"course": course, "enrolment": enrolment, "result": result}


def lesson_context(lesson, request):
    module = lesson.get_parent().specific
    lessons = list(module.lessons())
    index = next((i for i, item in enumerate(lessons) if item.pk == lesson.pk), 0)
    return {
        "module": module,
        "next_lesson": lessons[index + 1] if index + 1 < len(lessons) else None,
    }


def record_lesson_visit(lesson, request):
    module = lesson.get_parent()
    course = module.get_parent().specific
    enrolment = enrolment_for(course, request.user)
    if enrolment is None:
        return
    LessonProgress.objects.get_or_create(enrolment=enrolment, lesson=lesson)
    if enrolment.last_lesson_id != lesson.pk:
        enrolment.last_lesson = lesson
        enrolment.save(update_fields=["last_lesson"])


def grade(module, answers):
    """Score a knowledge check. ``answers`` maps question index -> chosen answer index.

    Returns (score percent, per-question feedback list)."""
    feedback = []
    correct = 0
    questions = [block.value for block in module.knowledge_check]
    for i, question in enumerate(questions):
        chosen = answers.get(i)
        options = list(question["answers"])
        answer = options[chosen] if chosen is not None and 0 <= chosen < len(options) else None
        ok = bool(answer and answer["correct"])
        correct += ok
        feedback.append(
            {
                "question": question["question"],
                "answer": answer["text"] if answer else "",
                "correct": ok,
                "feedback": answer["feedback"] if answer else "",
            }
        )
    score = int(round(100 * correct / len(questions))) if questions else 100
    return score, feedback


def submit_check(module, enrolment, answers):
    course = module.get_parent().specific
    score, feedback = grade(module, answers)
    passed = score >= course.pass_mark
    result, _created = ModuleResult.objects.get_or_create(enrolment=enrolment, module=module)
    result.score = score
    result.passed = result.passed or passed
    result.save()
    complete_if_done(course, enrolment)
    return passed, score, feedback


def complete_if_done(course, enrolment):
    module_ids = {m.pk for m in course.modules()}
    if module_ids and module_ids <= passed_module_ids(enrolment) and not enrolment.completed_at:
        enrolment.completed_at = timezone.now()
        enrolment.certificate_code = new_certificate_code()
        enrolment.save(update_fields=["completed_at", "certificate_code"])
        return True
    return False


def dashboard_registrations(user):
    return (
        Registration.objects.filter(user=user)
        .exclude(status=RegistrationStatus.CANCELLED)
        .filter(webinar__start__gte=timezone.now() - timedelta(days=1))
        .select_related("webinar")
        .order_by("webinar__start")
    )


def dashboard_courses(user):
    enrolments = Enrolment.objects.filter(user=user).select_related("course", "last_lesson")
    rows = []
    for enrolment in enrolments:
        progress = course_progress(enrolment.course, enrolment)
        rows.append({"enrolment": enrolment, "progress": progress})
    return rows


def module_by_pk(pk):
    return ModulePage.objects.live().filter(pk=pk).first()


def registrant_counts(webinar_ids):
    return dict(
        Registration.objects.filter(webinar_id__in=webinar_ids, status=RegistrationStatus.CONFIRMED)
        .values_list("webinar_id")
        .annotate(n=Count("pk"))
    )
