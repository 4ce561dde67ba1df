"""Thin views of the resources app."""

from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404

from community.accounts import is_verified
from portal.security.media import serve_file
from resources import contributions
from resources.downloads import count_download
from resources.models import ResourceFile


def download(request, file_id):
    """Serve a resource's file as an attachment and count the download (on the resource's
    canonical page, whichever translation it was downloaded from)."""
    file = get_object_or_404(ResourceFile.objects.select_related("document", "page"), pk=file_id)
    if not file.page.live or not file.page.get_view_restrictions().count() == 0:
        raise Http404
    count_download(file)
    return serve_file(request, file.document.file, file.document.filename)


EXPORTS = {
    "bibtex": ("bibtex", "application/x-bibtex; charset=utf-8", "bib"),
    "ris": ("ris", "application/x-research-info-systems; charset=utf-8", "ris"),
    "csl": ("csl", "application/vnd.citationstyles.csl+json; charset=utf-8", "json"),
}


def export_citation(request, page, kind):
    """A citation file of a resource (BibTeX, RIS or CSL-JSON); 400 for an unknown format."""
    from resources import citations

    if kind not in EXPORTS:
        return HttpResponseBadRequest("Unknown export format; use bibtex, ris or csl.")
    function, content_type, extension = EXPORTS[kind]
    body = getattr(citations, function)(page, page.get_full_url(request))
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{page.slug}.{extension}"'
    return response


def contribute(request, index, page_id=None):
    """A verified member submits a resource; it becomes a draft in the review workflow. With
    ``page_id``, the member edits their own contribution the editors asked changes to, and
    sends the same draft back to the review."""
    from django.contrib import messages
    from django.contrib.auth.views import redirect_to_login
    from django.core.exceptions import ValidationError
    from django.shortcuts import redirect, render
    from django.utils.translation import gettext as _

    from resources.forms import ContributionForm

    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not is_verified(request.user):
        return render(
            request, "resources/contribute.html", {"page": index, "unverified": True}, status=403
        )
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponse(status=405, headers={"Allow": "GET, HEAD, POST"})
    draft = None
    if page_id is not None:
        draft = contributions.editable_contribution(request.user, page_id)
        if draft is None:
            raise Http404("No contribution of yours waits for changes here.")
    form = ContributionForm(
        request.POST or None,
        request.FILES or None,
        locale=index.locale,
        initial=contributions.initial_data(draft) if draft else None,
        file_required=draft is None,
    )
    if request.method == "POST":
        try:
            if draft is None:
                contributions.check_rate_limit(request.user)
        except ValidationError as error:
            form.is_valid()  # keep what the member typed and show every other problem too
            form.add_error(None, error)
        if not form.errors and form.is_valid():
            if draft is not None:
                page = contributions.resubmit(
                    draft, request.user, form.cleaned_data, form.cleaned_data.get("file")
                )
                messages.success(
                    request,
                    _("“%(title)s” was sent back to the editors with your changes.")
                    % {"title": page.title},
                )
                return redirect("dashboard")
            page = contributions.submit(
                index, request.user, form.cleaned_data, form.cleaned_data["file"]
            )
            contributions.record_submission(request.user)
            messages.success(
                request,
                _(
                    "Thank you. “%(title)s” was sent to the editors; you will get an email "
                    "when they have reviewed it."
                )
                % {"title": page.title},
            )
            return redirect("dashboard")
    return render(
        request,
        "resources/contribute.html",
        {
            "page": index,
            "self": index,
            "form": form,
            "draft": draft,
            "comment": contributions.decision_comment(draft.current_workflow_state)
            if draft
            else "",
            "file_sent": bool(request.FILES),
            "max_mb": contributions.max_upload_bytes() // (1024 * 1024),
        },
    )
