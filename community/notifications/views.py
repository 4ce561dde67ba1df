"""Views of notifications: the member's list and the one-click unsubscribe page."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from community.accounts.decorators import verified_required
from community.landing import breadcrumbs

from . import services
from .models import Notification, attach_group_names


@verified_required
def notifications(request):
    qs = Notification.objects.filter(user=request.user)
    page = Paginator(qs, 30).get_page(request.GET.get("page"))
    attach_group_names(page.object_list)
    crumbs = breadcrumbs(request, (_("Notifications"), None))
    response = render(request, "community/notifications.html", {"page_obj": page, "crumbs": crumbs})
    services.mark_all_read(request.user)
    return response


@csrf_exempt
def unsubscribe(request, token):
    """One click, no login: GET shows a button, POST (or RFC 8058 one-click) applies it."""
    if request.method == "POST":
        profile = services.unsubscribe(token)
        if profile is None:
            return render(request, "community/unsubscribe.html", {"bad": True}, status=400)
        return render(request, "community/unsubscribe.html", {"done": True})
    return render(request, "community/unsubscribe.html", {"token": token})
