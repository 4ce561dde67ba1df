"""Views of the webinars room: registration, signed confirm/cancel links, time zone, .ics."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from learning.webinars import calendar, registration
from learning.webinars.forms import TimeZoneForm, VisitorRegistrationForm
from learning.webinars.models import RegistrationStatus, WebinarPage
from learning.webinars.tokens import CONFIRM_MAX_AGE, read_token
from learning.webinars.zones import remember_time_zone
from portal.core.i18n import localized
from portal.security.redirects import safe_next


def _webinar(pk):
    return get_object_or_404(WebinarPage.objects.live().public(), pk=pk)


@require_POST
def register(request, pk):
    webinar = _webinar(pk)
    try:
        if request.user.is_authenticated:
            seat, _created = registration.register_member(webinar, request.user)
            if seat.status == RegistrationStatus.CONFIRMED:
                messages.success(request, _("You are registered. The joining link is below."))
            else:
                messages.info(request, _("The webinar is full: you are on the waiting list."))
            return redirect(webinar.url)
        form = VisitorRegistrationForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Please correct the errors below."))
            context = webinar.get_context(request) | {"visitor_form": form}
            return TemplateResponse(request, webinar.get_template(request), context, status=400)
        registration.register_visitor(
            webinar, form.cleaned_data["name"], form.cleaned_data["email"]
        )
    except registration.RegistrationClosed:
        messages.error(request, _("Registration for this webinar is closed."))
        return redirect(webinar.url)
    messages.success(
        request, _("Almost done: open the link we emailed you to confirm your registration.")
    )
    return redirect(webinar.url)


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    seat = read_token(token, "confirm", max_age=CONFIRM_MAX_AGE)
    if seat is None:
        return render(request, "learning/token_invalid.html", status=400)
    if request.method == "GET":
        return render(request, "learning/confirm.html", _seat_context(seat))
    seat, _changed = registration.confirm(seat)
    if seat.status == RegistrationStatus.CONFIRMED:
        messages.success(request, _("Your registration is confirmed."))
    elif seat.status == RegistrationStatus.WAITING:
        messages.info(request, _("The webinar is full: you are on the waiting list."))
    return render(request, "learning/registration_status.html", _seat_context(seat))


@require_http_methods(["GET", "POST"])
def cancel(request, token):
    seat = read_token(token, "cancel")
    if seat is None:
        return render(request, "learning/token_invalid.html", status=400)
    if request.method == "GET":
        return render(request, "learning/cancel.html", _seat_context(seat))
    seat, _promoted = registration.cancel(seat)
    messages.success(request, _("Your registration is cancelled."))
    return render(request, "learning/registration_status.html", _seat_context(seat))


def _seat_context(seat):
    """A registration (on the canonical webinar) and the webinar in the active language."""
    return {"registration": seat, "webinar": localized(seat.webinar)}


@login_required
@require_POST
def cancel_mine(request, pk):
    webinar = _webinar(pk)
    seat = registration.registration_of(webinar, request.user)
    if seat is None:
        raise Http404
    registration.cancel(seat)
    messages.success(request, _("Your registration is cancelled."))
    return redirect(webinar.url)


@require_http_methods(["GET", "POST"])
def set_time_zone(request):
    """GET: the page with every time zone, by region (linked from the short list next to
    webinar times); POST: remember the choice and go back to ``next``."""
    target = safe_next(request, "/")
    if request.method == "GET":
        return render(request, "learning/time_zone.html", {"next_url": target})
    form = TimeZoneForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Unknown time zone."))
        return redirect(target)
    return remember_time_zone(request, redirect(target), form.cleaned_data["tz"])


@require_GET
def webinar_ics(request, pk):
    webinar = _webinar(pk)
    response = HttpResponse(calendar.webinar_ics(webinar), content_type="text/calendar")
    response["Content-Disposition"] = f'attachment; filename="webinar-{webinar.pk}.ics"'
    return response


@require_GET
def webinar_feed(request):
    body = calendar.feed_ics(calendar.feed_webinars(), _("Return & Reintegration Hub webinars"))
    return HttpResponse(body, content_type="text/calendar; charset=utf-8")
