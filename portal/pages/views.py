"""Page views of the portal: the member dashboard and the error pages."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from portal.core.registry import dashboard_panels


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


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)
