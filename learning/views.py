"""Thin views of the learning app; the logic lives in learning.services."""

import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from learning import calendar, services
from learning.forms import KnowledgeCheckForm, TimeZoneForm, VisitorRegistrationForm
from learning.models import CoursePage, Enrolment, ModulePage, RegistrationStatus, WebinarPage


def _webinar(pk):
    return get_object_or_404(WebinarPage.objects.live().public(), pk=pk)


def _render_webinar(request, webinar, form, status=400):
    context = webinar.get_context(request)
    context["visitor_form"] = form
    return TemplateResponse(request, webinar.get_template(request), context, status=status)


@require_POST
def register(request, pk):
    webinar = _webinar(pk)
    try:
        if request.user.is_authenticated:
            registration, created = services.register_member(webinar, request.user)
            if registration.status == RegistrationStatus.CONFIRMED:
                messages.success(request, _("You are registered. The joining link is below."))
            else:
                messages.info(request, _("The webinar is full: you are on the waiting list."))
            return redirect(webinar.url)
        form = VisitorRegistrationForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Please correct the errors below."))
            return _render_webinar(request, webinar, form)
        services.register_visitor(webinar, form.cleaned_data["name"], form.cleaned_data["email"])
    except services.RegistrationClosed:
        messages.error(request, _("Registration for this webinar is closed."))
        return redirect(webinar.url)
    messages.success(
        request, _("Almost done: open the link we emailed you to confirm your registration.")
    )
    return redirect(webinar.url)


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    registration = services.read_token(token, "confirm", max_age=services.CONFIRM_MAX_AGE)
    if registration is None:
        return render(request, "learning/token_invalid.html", status=400)
    if request.method == "POST":
        registration, _changed = services.confirm(registration)
        if registration.status == RegistrationStatus.CONFIRMED:
            messages.success(request, _("Your registration is confirmed."))
        elif registration.status == RegistrationStatus.WAITING:
            messages.info(request, _("The webinar is full: you are on the waiting list."))
        return render(request, "learning/registration_status.html", {"registration": registration})
    return render(request, "learning/confirm.html", {"registration": registration})


@require_http_methods(["GET", "POST"])
def cancel(request, token):
    registration = services.read_token(token, "cancel")
    if registration is None:
        return render(request, "learning/token_invalid.html", status=400)
    if request.method == "POST":
        registration, _promoted = services.cancel(registration)
        messages.success(request, _("Your registration is cancelled."))
        return render(request, "learning/registration_status.html", {"registration": registration})
    return render(request, "learning/cancel.html", {"registration": registration})


@login_required
@require_POST
def cancel_mine(request, pk):
    webinar = _webinar(pk)
    registration = services.registration_for(webinar, request)
    if registration is None:
        raise Http404
    services.cancel(registration)
    messages.success(request, _("Your registration is cancelled."))
    return redirect(webinar.url)


@require_POST
def set_time_zone(request):
    form = TimeZoneForm(request.POST)
    target = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}):
        target = "/"
    if not form.is_valid():
        messages.error(request, _("Unknown time zone."))
        return redirect(target)
    response = redirect(target)
    request.session[services.TZ_COOKIE] = form.cleaned_data["tz"]
    response.set_cookie(
        services.TZ_COOKIE, form.cleaned_data["tz"], max_age=365 * 24 * 3600, samesite="Lax"
    )
    return response


@require_GET
def webinar_ics(request, pk):
    webinar = get_object_or_404(WebinarPage.objects.live().public(), pk=pk)
    response = HttpResponse(calendar.webinar_ics(webinar), content_type="text/calendar")
    response["Content-Disposition"] = f'attachment; filename="webinar-{webinar.pk}.ics"'
    return response


@require_GET
def webinar_feed(request):
    from datetime import timedelta

    from django.utils import timezone

    webinars = (
        WebinarPage.objects.live()
        .public()
        .filter(locale__language_code="en", start__gte=timezone.now() - timedelta(days=1))
        .order_by("start")[:200]
    )
    body = calendar.feed_ics(webinars, _("Return & Reintegration Hub webinars"))
    return HttpResponse(body, content_type="text/calendar; charset=utf-8")


# --- Courses ---------------------------------------------------------------------------------


def _course(pk):
    return get_object_or_404(CoursePage.objects.live().public(), pk=pk)


@login_required
@require_POST
def enrol(request, pk):
    course = _course(pk)
    services.enrol(course, request.user)
    messages.success(request, _("You are enrolled. Start with module 1."))
    return redirect(course.url)


@login_required
@require_GET
def resume(request, pk):
    course = _course(pk)
    enrolment = services.enrolment_for(course, request.user)
    if enrolment and enrolment.last_lesson and enrolment.last_lesson.live:
        return redirect(enrolment.last_lesson.url)
    first = course.modules().first()
    return redirect(first.url if first else course.url)


@login_required
@require_POST
def knowledge_check(request, pk):
    module = get_object_or_404(ModulePage.objects.live().public(), pk=pk)
    blocked = services.module_guard(module, request)
    if blocked:
        return blocked
    course = module.get_parent().specific
    enrolment = services.enrolment_for(course, request.user)
    form = KnowledgeCheckForm(module, request.POST)
    context = module.get_context(request)
    if not form.is_valid():
        messages.error(request, _("Answer every question."))
        context["check_form"] = form
        return TemplateResponse(request, module.get_template(request), context, status=400)
    passed, score, feedback = services.submit_check(module, enrolment, form.answers())
    if passed:
        messages.success(request, _("You passed this module with %(score)s%%.") % {"score": score})
    else:
        messages.warning(
            request,
            _("You scored %(score)s%%; %(mark)s%% is needed. Read the feedback and try again.")
            % {"score": score, "mark": course.pass_mark},
        )
    context.update(module.get_context(request))
    context.update({"check_form": form, "feedback": feedback, "score": score, "passed": passed})
    return TemplateResponse(request, module.get_template(request), context)


@login_required
@require_GET
def certificate_pdf(request, pk):
    course = _course(pk)
    enrolment = services.enrolment_for(course, request.user)
    if enrolment is None or not enrolment.completed_at:
        raise PermissionDenied
    from learning.certificates import certificate_pdf as build

    response = HttpResponse(build(enrolment, request), content_type="application/pdf")
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
    status = 200 if enrolment else 404
    return render(
        request,
        "learning/certificate_verify.html",
        {"enrolment": enrolment, "code": code},
        status=status,
    )


# --- Admin -----------------------------------------------------------------------------------


def registrants_csv(request, pk):
    """CSV of a webinar's registrants, for people who may edit the webinar."""
    webinar = get_object_or_404(WebinarPage, pk=pk)
    if not webinar.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="registrants-{webinar.pk}.csv"'
    writer = csv.writer(response)
    writer.writerow(["name", "email", "status", "registered", "confirmed", "attended", "member"])
    for r in webinar.registrations.order_by("created_at", "pk"):
        writer.writerow(
            [
                _safe(r.name),
                _safe(r.email),
                r.status,
                r.created_at.isoformat(),
                r.confirmed_at.isoformat() if r.confirmed_at else "",
                "yes" if r.attended else "no",
                "yes" if r.user_id else "no",
            ]
        )
    return response


def _safe(value):
    """Neutralise spreadsheet formulas (CSV injection)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def bad_request(message):
    return HttpResponseBadRequest(message)
