"""The guided submission of a good practice: three steps, each saved as the member's draft
(no JavaScript needed; the member may leave and come back from the dashboard)."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from community.accounts import is_verified
from resources import contributions
from resources.practices import forms as step_forms
from resources.practices import services
from resources.practices.models import GoodPracticePage

TEMPLATE = "resources/practices/submit_step.html"


def _refused(request, index):
    """A response when this visitor may not submit (None when they may)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not is_verified(request.user):
        return render(request, TEMPLATE, {"page": index, "unverified": True}, status=403)
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponse(status=405, headers={"Allow": "GET, HEAD, POST"})
    return None


def _step_url(index, page, step):
    return f"{index.url}submit/{page.pk}/{step}/"


def start(request, index):
    """Step 1 of a new practice; saving it creates the member's draft."""
    refused = _refused(request, index)
    if refused:
        return refused
    form = step_forms.ContextStep(request.POST or None, locale=index.locale)
    if request.method == "POST" and form.is_valid():
        page = services.create_draft(index, request.user, form.cleaned_data)
        return _after_save(request, index, page, 1)
    return _render(request, index, None, 1, form)


def step(request, index, page_id, step):
    """One step of the member's own draft (404 for anyone else's, or one under review)."""
    refused = _refused(request, index)
    if refused:
        return refused
    page = GoodPracticePage.objects.filter(pk=page_id, submitted_by=request.user).first()
    if (
        page is None
        or step not in step_forms.STEP_FORMS
        or not services.editable(page, request.user)
    ):
        raise Http404("No draft of yours here.")
    data = request.POST if request.method == "POST" else None
    form = step_forms.STEP_FORMS[step](
        data, request.FILES or None, locale=index.locale, initial=step_forms.initial_for(page, step)
    )
    formset = step_forms.indicator_formset(data, page.indicators.all()) if step == 2 else None
    if data is not None and form.is_valid() and (formset is None or formset.is_valid()):
        services.save_step(
            page,
            step,
            form.cleaned_data,
            request.user,
            indicators=step_forms.indicator_rows(formset) if formset is not None else None,
            upload=form.cleaned_data.get("document") if step == 3 else None,
        )
        if step == 3 and "send" in request.POST:
            return _send(request, index, page, form)
        return _after_save(request, index, page, step)
    return _render(request, index, page, step, form, formset)


def _after_save(request, index, page, step):
    if "leave" in request.POST or step == 3:
        messages.success(
            request,
            _("Your draft “%(title)s” is saved. Continue it from your dashboard.")
            % {"title": page.title},
        )
        return (
            redirect("dashboard")
            if "leave" in request.POST
            else redirect(_step_url(index, page, 3))
        )
    return redirect(_step_url(index, page, step + 1))


def _send(request, index, page, form):
    missing = services.incomplete_steps(page)
    if missing:
        form.add_error(
            None,
            _("Some required answers are missing in step %(steps)s.")
            % {"steps": ", ".join(str(s) for s in missing)},
        )
        return _render(request, index, page, 3, form)
    try:
        contributions.check_rate_limit(request.user)
    except ValidationError as error:
        form.add_error(None, error)
        return _render(request, index, page, 3, form)
    services.submit(index, page, request.user)
    contributions.record_submission(request.user)
    messages.success(
        request,
        _(
            "Thank you. “%(title)s” was sent to the editors; you can follow its review on "
            "your dashboard."
        )
        % {"title": page.title},
    )
    return redirect("dashboard")


def _render(request, index, page, step, form, formset=None):
    steps = [
        {
            "number": number,
            "title": title,
            "url": _step_url(index, page, number) if page else None,
            "current": number == step,
        }
        for number, title in step_forms.STEP_TITLES.items()
    ]
    return render(
        request,
        TEMPLATE,
        {
            "page": index,
            "self": index,
            "draft": page,
            "step": step,
            "steps": steps,
            "step_title": step_forms.STEP_TITLES[step],
            "form": form,
            "formset": formset,
            "documents": list(page.documents.select_related("document")) if page else [],
            "file_sent": bool(request.FILES),
            "state": services.state_of(page) if page else "draft",
        },
    )
