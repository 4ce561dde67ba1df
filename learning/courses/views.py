"""Views of the courses room: enrol, resume, knowledge checks and certificates."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from learning.courses import progress
from learning.courses.certificates import certificate_pdf as build_certificate
from learning.courses.certificates import display_name
from learning.courses.forms import KnowledgeCheckForm
from learning.courses.grading import submit_check
from learning.courses.models import CoursePage, Enrolment, ModulePage
from portal.core.i18n import localized


def _course(pk):
    return get_object_or_404(CoursePage.objects.live().public(), pk=pk)


@login_required
@require_POST
def enrol(request, pk):
    course = _course(pk)
    progress.enrol(course, request.user)
    messages.success(request, _("You are enrolled. Start with module 1."))
    return redirect(course.url)


@login_required
@require_GET
def resume(request, pk):
    return redirect(progress.resume_url(_course(pk), request.user))


@login_required
@require_POST
def knowledge_check(request, pk):
    module = get_object_or_404(ModulePage.objects.live().public(), pk=pk)
    blocked = progress.module_guard(module, request)
    if blocked:
        return blocked
    course = module.get_parent().specific
    form = KnowledgeCheckForm(module, request.POST)
    if not form.is_valid():
        messages.error(request, _("Answer every question."))
        context = module.get_context(request) | {"check_form": form}
        return TemplateResponse(request, module.get_template(request), context, status=400)
    enrolment = progress.enrolment_for(course, request.user)
    passed, score, feedback = submit_check(module, enrolment, form.answers())
    if passed:
        messages.success(request, _("You passed this module with %(score)s%%.") % {"score": score})
    else:
        messages.warning(
            request,
            _("You scored %(score)s%%; %(mark)s%% is needed. Read the feedback and try again.")
            % {"score": score, "mark": course.pass_mark},
        )
    context = module.get_context(request)
    context.update({"check_form": form, "feedback": feedback, "score": score, "passed": passed})
    return TemplateResponse(request, module.get_template(request), context)


@login_required
@require_GET
def certificate_pdf(request, pk):
    """The member's certificate, in the language of the course page it is asked from."""
    course = _course(pk)
    enrolment = progress.enrolment_for(course, request.user)
    if enrolment is None or not enrolment.completed_at:
        raise PermissionDenied
    response = HttpResponse(build_certificate(enrolment, course), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="certificate-{enrolment.certificate_code}.pdf"'
    )
    return response


@require_GET
def verify_certificate(request, code):
    enrolment = (
        Enrolment.objects.filter(certificate_code=code.upper(), completed_at__isnull=False)
        .select_related("user", "course")
        .first()
    )
    context = {"enrolment": enrolment, "code": code}
    if enrolment:
        context["course"] = localized(enrolment.course)
        context["name"] = display_name(enrolment.user)
    return render(
        request,
        "learning/certificate_verify.html",
        context,
        status=200 if enrolment else 404,
    )
