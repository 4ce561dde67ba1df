"""Small portal views: dashboard, health check, robots.txt and error pages."""

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from portal.registry import dashboard_panels


@login_required
@never_cache
def dashboard(request):
    """A member's dashboard: one panel per app that registered one."""
    panels = []
    for panel in dashboard_panels():
        context = panel.context(request)
        if context is not None:
            panels.append({"panel": panel, "context": context})
    return render(request, "portal/dashboard.html", {"panels": panels})


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /*/accounts/",
        "Disallow: /*/dashboard/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@require_GET
@never_cache
def healthz(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok", "database": connection.vendor})


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)
