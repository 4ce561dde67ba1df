"""Views of member accounts: directory, profiles, profile editing, data export, account
deletion."""

from django.contrib import messages
from django.contrib.auth import get_user_model, logout
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from community.landing import breadcrumbs

from . import data_rights, services
from .decorators import verified_required
from .forms import DeleteAccountForm, DirectoryFilterForm, ProfileForm


def members(request):
    """The member directory: filters kept in the address, so every page keeps them."""
    filters = {key: value for key, value in request.GET.items() if key != "page"}
    form = DirectoryFilterForm(request.GET if filters else None)
    qs = services.directory(request.user, form.filters())
    page = Paginator(qs, 30).get_page(request.GET.get("page"))
    context = {
        "form": form,
        "page_obj": page,
        "filtered": bool(form.filters()),
        "crumbs": breadcrumbs(request, (_("Member directory"), None)),
    }
    return render(request, "community/members.html", context)


def profile(request, username):
    user = get_object_or_404(get_user_model(), username=username, is_active=True)
    profile = services.profile_for(user)
    if not services.can_view_profile(request.user, profile):
        raise Http404
    crumbs = breadcrumbs(
        request, (_("Member directory"), reverse("community:members")), (profile.name, None)
    )
    return render(request, "community/profile.html", {"profile": profile, "crumbs": crumbs})


@verified_required
def profile_edit(request):
    profile = services.profile_for(request.user)
    form = ProfileForm(request.POST or None, request.FILES or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile was saved."))
        return redirect("community:profile", request.user.username)
    return render(request, "community/profile_edit.html", {"form": form})


@verified_required
@never_cache
def account_data(request):
    """GET: what the download holds; POST: the ZIP of everything kept about the member."""
    if request.method != "POST":
        return render(request, "community/account_data.html")
    day = timezone.now().date().isoformat()
    response = HttpResponse(data_rights.export_zip(request.user), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="my-data-{day}.zip"'
    return response


@verified_required
def account_delete(request):
    """Delete the account once the member types their email address or password; posts stay
    as "former member", each app erases its part, every session ends."""
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        data_rights.delete_account(user)
        messages.success(request, _("Your account was deleted. Your posts remain, unsigned."))
        return redirect("/")
    return render(request, "community/account_delete.html", {"form": form})
