"""Thin views of the resources app."""

from django.db.models import F
from django.http import FileResponse, Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404

from resources.models import ResourceFile


def download(request, file_id):
    """Serve a resource's file as an attachment and count the download."""
    file = get_object_or_404(ResourceFile.objects.select_related("document", "page"), pk=file_id)
    if not file.page.live or not file.page.get_view_restrictions().count() == 0:
        raise Http404
    ResourceFile.objects.filter(pk=file.pk).update(downloads=F("downloads") + 1)
    document = file.document
    try:
        handle = document.file.open("rb")
    except OSError as error:
        raise Http404 from error
    return FileResponse(handle, as_attachment=True, filename=document.filename)


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
