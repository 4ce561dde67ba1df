"""Enrolment and progress through a course: which modules are open, lessons visited, and
what course, module and lesson pages show."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from learning.courses.models import Enrolment, LessonPage, LessonProgress, ModuleResult


def enrolment_for(course, user):
    """The user's enrolment in the course, or None."""
    if not user.is_authenticated:
        return None
    return Enrolment.objects.filter(course=course, user=user).first()


def enrol(course, user):
    """Enrol the user in the course (once)."""
    enrolment, _created = Enrolment.objects.get_or_create(course=course, user=user)
    return enrolment


def passed_module_ids(enrolment):
    """Ids of the modules the enrolment has passed."""
    if enrolment is None:
        return set()
    return set(enrolment.modules.filter(passed=True).values_list("module_id", flat=True))


def module_open(module, enrolment, modules=None):
    """Whether the module is open: module 1 first (if the course says so), then any order."""
    course = module.get_parent().specific
    modules = modules if modules is not None else list(course.modules())
    if not course.first_module_required or not modules or modules[0].pk == module.pk:
        return True
    return modules[0].pk in passed_module_ids(enrolment)


def module_guard(module, request):
    """A redirect to the course page when the module is locked for this visitor, else None."""
    course = module.get_parent().specific
    enrolment = enrolment_for(course, request.user)
    if enrolment is None:
        messages.info(request, _("Enrol in the course to open its modules."))
        return redirect(course.url)
    if not module_open(module, enrolment):
        messages.warning(request, _("Complete module 1 first."))
        return redirect(course.url)
    return None


def course_progress(course, enrolment):
    """Modules (passed, open) and the share of lessons visited and modules passed."""
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


def courses_with_progress(user):
    """The member's enrolments, each with its course progress."""
    enrolments = Enrolment.objects.filter(user=user).select_related("course", "last_lesson")
    return [{"enrolment": e, "progress": course_progress(e.course, e)} for e in enrolments]


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
    """Mark the lesson visited and remember it as the place to resume."""
    module = lesson.get_parent()
    course = module.get_parent().specific
    enrolment = enrolment_for(course, request.user)
    if enrolment is None:
        return
    LessonProgress.objects.get_or_create(enrolment=enrolment, lesson=lesson)
    if enrolment.last_lesson_id != lesson.pk:
        enrolment.last_lesson = lesson
        enrolment.save(update_fields=["last_lesson"])


def resume_url(course, user):
    """Where to carry on: the last lesson visited, else module 1, else the course page."""
    enrolment = enrolment_for(course, user)
    if enrolment and enrolment.last_lesson and enrolment.last_lesson.live:
        return enrolment.last_lesson.url
    first = course.modules().first()
    return first.url if first else course.url
