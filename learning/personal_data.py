"""What the learning app holds about a member, for their data export and account deletion:
webinar registrations (also those made with their address before signing in) and course
progress (enrolments, lessons completed, module results, certificates)."""

from django.db.models import Q

from learning.courses.models import Enrolment, LessonProgress, ModuleResult
from learning.webinars.models import Registration


def _when(value):
    return value.isoformat() if value else None


def _registrations(user):
    mine = Q(user=user)
    if user.email:
        mine |= Q(user__isnull=True, email__iexact=user.email)
    return Registration.objects.filter(mine)


def export(user):
    enrolments = Enrolment.objects.filter(user=user).select_related("course").order_by("pk")
    return {
        "webinar_registrations": [
            {
                "webinar": r.webinar.title,
                "start": _when(r.webinar.start),
                "name": r.name,
                "email": r.email,
                "status": r.status,
                "registered_at": _when(r.created_at),
                "confirmed_at": _when(r.confirmed_at),
                "attended": r.attended,
            }
            for r in _registrations(user).select_related("webinar").order_by("pk")
        ],
        "course_enrolments": [
            {
                "course": e.course.title,
                "started_at": _when(e.started_at),
                "completed_at": _when(e.completed_at),
                "certificate_code": e.certificate_code or "",
            }
            for e in enrolments
        ],
        "lessons_completed": [
            {
                "course": p.enrolment.course.title,
                "lesson": p.lesson.title,
                "completed_at": _when(p.completed_at),
            }
            for p in LessonProgress.objects.filter(enrolment__user=user)
            .select_related("enrolment__course", "lesson")
            .order_by("pk")
        ],
        "module_results": [
            {
                "course": m.enrolment.course.title,
                "module": m.module.title,
                "score": m.score,
                "passed": m.passed,
                "updated_at": _when(m.updated_at),
            }
            for m in ModuleResult.objects.filter(enrolment__user=user)
            .select_related("enrolment__course", "module")
            .order_by("pk")
        ],
    }


def erase(user):
    """Registrations (those made with the member's address too) and course progress go."""
    _registrations(user).delete()
    Enrolment.objects.filter(user=user).delete()
