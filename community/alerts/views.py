"""Views of saved searches: save from a listing, rename, change frequency, delete (from the
dashboard), the Atom feed and the one-click unsubscribe page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from portal.core.links import absolute_url
from portal.security.redirects import safe_next

from . import services
from .forms import SavedSearchForm
from .models import SavedSearch


def dashboard_context(request):
    """The member's saved searches, for the dashboard panel."""
    searches = list(SavedSearch.objects.filter(user=request.user))
    for saved in searches:
        saved.feed_url = absolute_url(reverse("community_alert_feed", args=[saved.feed_token]))
    return {"searches": searches, "frequencies": SavedSearch.Frequency.choices}


@require_POST
def save(request):
    listing = request.POST.get("listing", "")
    back = safe_next(request, reverse("dashboard"), field="listing")
    if not request.user.is_authenticated:
        return redirect_to_login(back)
    try:
        services.save_search(
            request.user,
            request.POST.get("kind", ""),
            listing,
            request.POST.get("name", ""),
            request.POST.get("frequency", ""),
        )
    except services.SaveError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request, _("Search saved. You can rename it or change its emails on your dashboard.")
        )
    return redirect(back)


@login_required
@require_POST
def update(request, pk):
    saved = get_object_or_404(SavedSearch, pk=pk, user=request.user)
    form = SavedSearchForm(request.POST, instance=saved)
    if form.is_valid():
        form.save()
        messages.success(request, _("Saved search updated."))
    else:
        messages.error(request, _("The saved search was not changed: check its name and emails."))
    return redirect("dashboard")


@login_required
@require_POST
def delete(request, pk):
    saved = get_object_or_404(SavedSearch, pk=pk, user=request.user)
    saved.delete()
    messages.success(request, _("Saved search deleted."))
    return redirect("dashboard")


@csrf_exempt
def unsubscribe(request, token):
    """One click, no sign-in: GET shows a button, POST (or RFC 8058 one-click) applies it;
    written in the language of the saved search's member."""
    saved = services.from_token(token)
    if saved is None:
        return render(request, "community/alerts/unsubscribe.html", {"bad": True}, status=400)
    with translation.override(services.chosen_language(saved.user) or saved.language):
        if request.method == "POST":
            services.stop_emails(saved)
            return render(
                request, "community/alerts/unsubscribe.html", {"done": True, "saved": saved}
            )
        return render(request, "community/alerts/unsubscribe.html", {"saved": saved})
