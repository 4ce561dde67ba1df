"""Enrolment and progress through a course: which modules are open, lessons visited, and
what course, module and lesson pages show.

A course exists once per language (translations and aliases share a ``translation_key``).
A member's enrolment, lesson progress and module results attach to the *canonical* pages
(``portal.core.i18n.canonical``: the default-locale translation), so they are written there
and read by ``translation_key`` from whichever language the member is using. Links shown to
the member point to the page in the active language.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from learning.courses.models import Enrolment, LessonPage, LessonProgress, ModuleResult
from portal.core.i18n import canonical, localized


def enrolment_for(course, user):
    """The user's enrolment in the course (in any of its languages), or None."""
    if not user.is_authenticated:
        return None
    return Enrolment.objects.filter(
        course__translation_key=course.translation_key, user=user
    ).first()


def enrol(course, user):
    """Enrol the user in the course (once, on its canonical page)."""
    enrolment, _created = Enrolment.objects.get_or_create(course=canonical(course), user=user)
    return enrolment


def passed_module_keys(enrolment):
    """``translation_key`` of the modules the enrolment has passed (the same in every
    language)."""
    if enrolment is None:
        return set()
    return set(
        enrolment.modules.filter(passed=True).values_list("module__translation_key", flat=True)
    )


def module_open(module, enrolment, modules=None, passed=None, course=None):
    """Whether the module is open: module 1 first (if the course says so), then any order.
    ``modules``, ``passed`` and ``course`` save queries when the caller has them."""
    course = course or module.get_parent().specific
    modules = modules if modules is not None else list(course.modules())
    if not course.first_module_required or not modules or modules[0].pk == module.pk:
        return True
    passed = passed if passed is not None else passed_module_keys(enrolment)
    return modules[0].translation_key in passed


def module_guard(module, request):
    """A redirect to the course page when the module is locked for this visitor, else None."""
    course = module.get_parent().specific
    enrolment = enrolment_for(course, request.user)
    if enrolment is None:
        messages.info(request, _("Enrol in the course to open its modules."))
        return redirect(course.url)
    if not module_open(module, enrolment, course=course):
        messages.warning(request, _("Complete module 1 first."))
        return redirect(course.url)
    return None


def course_progress(course, enrolment):
    """Modules (passed, open) and the share of lessons visited and modules passed, for the
    course page in any language (matched on ``translation_key``)."""
    modules = list(course.modules())
    passed = passed_module_keys(enrolment)
    lesson_keys = set(
        LessonPage.objects.descendant_of(course).live().values_list("translation_key", flat=True)
    )
    done = (
        set(enrolment.lessons.values_list("lesson__translation_key", flat=True))
        if enrolment
        else set()
    )
    module_keys = {m.translation_key for m in modules}
    total = len(lesson_keys) + len(modules)
    completed = len(done & lesson_keys) + len(passed & module_keys)
    return {
        "modules": [
            {
                "page": m,
                "passed": m.translation_key in passed,
                "open": enrolment is not None
                and module_open(m, enrolment, modules, passed, course),
            }
            for m in modules
        ],
        "percent": int(100 * completed / total) if total else 0,
        "passed_count": len(passed & module_keys),
        "module_count": len(modules),
    }


def courses_with_progress(user):
    """The member's enrolments, each with its course progress (on the canonical course)."""
    enrolments = Enrolment.objects.filter(user=user).select_related("course")
    return [{"enrolment": e, "progress": course_progress(e.course, e)} for e in enrolments]


def course_context(course, request):
    enrolment = enrolment_for(course, request.user)
    return {"enrolment": enrolment, "progress": course_progress(course, enrolment)}


def module_context(module, request):
    course = module.get_parent().specific
    enrolment = enrolment_for(course, request.user)
    result = (
        ModuleResult.objects.filter(
            enrolment=enrolment, module__translation_key=module.translation_key
        ).first()
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
    """Mark the lesson visited and remember it as the place to resume (both on the
    canonical lesson, so that a lesson read in French counts in English too)."""
    module = lesson.get_parent()
    course = module.get_parent().specific
    enrolment = enrolment_for(course, request.user)
    if enrolment is None:
        return
    lesson = canonical(lesson)
    LessonProgress.objects.get_or_create(enrolment=enrolment, lesson=lesson)
    if enrolment.last_lesson_id != lesson.pk:
        enrolment.last_lesson = lesson
        enrolment.save(update_fields=["last_lesson"])


def resume_url(course, user):
    """Where to carry on, in the active language: the last lesson visited, else module 1,
    else the course page."""
    enrolment = enrolment_for(course, user)
    if enrolment and enrolment.last_lesson and enrolment.last_lesson.live:
        lesson = localized(enrolment.last_lesson)
        if lesson.live:
            return lesson.url
    first = course.modules().first()
    return first.url if first else course.url
