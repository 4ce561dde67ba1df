"""Pages of the shared taxonomy: the Global Compact for Migration's objectives."""

from django.http import Http404
from django.shortcuts import render
from wagtail.models import Locale

from portal.core import i18n
from portal.models import GcmObjective
from portal.taxonomy.gcm import tagged_sections


def _objectives():
    """The objectives in the active language, else in the default one (never empty when the
    migration ran)."""
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        locale = None
    objectives = GcmObjective.objects.filter(locale=locale) if locale else None
    if not objectives or not objectives.exists():
        objectives = GcmObjective.objects.filter(locale_id=i18n.default_locale_id())
    return objectives.select_related("locale")


def gcm_index(request):
    """The 23 objectives, each linking to its page."""
    return render(request, "portal/gcm/index.html", {"objectives": list(_objectives())})


def gcm_objective(request, number):
    """One objective: its title, description and what the apps tagged with it."""
    objective = _objectives().filter(number=number).first()
    if objective is None:
        raise Http404("No such objective")
    return render(
        request,
        "portal/gcm/objective.html",
        {"objective": objective, "sections": tagged_sections(request, objective)},
    )
