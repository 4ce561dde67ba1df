"""Organisers' tools in the Wagtail admin: registrants as CSV, attendance per registration."""

import csv

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet

from learning.webinars.models import Registration, WebinarPage
from learning.webinars.registration import registrations_for


def registrants_csv(request, pk):
    """CSV of a webinar's registrants (in all its languages), for people who may edit it."""
    webinar = get_object_or_404(WebinarPage, pk=pk)
    if not webinar.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="registrants-{webinar.pk}.csv"'
    writer = csv.writer(response)
    writer.writerow(["name", "email", "status", "registered", "confirmed", "attended", "member"])
    for r in registrations_for(webinar).order_by("created_at", "pk"):
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


class RegistrationViewSet(ModelViewSet):
    """Organisers record attendance here; seats change only through the public flows."""

    model = Registration
    form_fields = ["attended"]
    list_display = ["name", "email", "webinar", "status", "attended"]
    list_filter = ["status", "attended"]
    search_fields = ["name", "email"]
    icon = "group"
    add_to_admin_menu = True
    menu_label = _("Webinar registrations")
    menu_order = 320
