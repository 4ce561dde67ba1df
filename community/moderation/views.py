"""Thin views of moderation: flags, the queue, post and thread actions, members' roles."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community.accounts.decorators import verified_required
from community.discussions.access import can_view_group, is_group_moderator
from community.discussions.models import Group, Membership, Post
from community.discussions.views import group_or_404, post_or_404, thread_or_404, thread_page_url
from community.landing import breadcrumbs
from portal.security.redirects import safe_next

from . import services
from .forms import FlagForm, ModerateForm, SuspendForm

POST_ACTIONS = {
    "hide": Post.Status.HIDDEN,
    "restore": Post.Status.VISIBLE,
    "approve": Post.Status.VISIBLE,
}
THREAD_ACTIONS = {
    "lock": ("is_locked", True), "unlock": ("is_locked", False),
    "pin": ("is_pinned", True), "unpin": ("is_pinned", False),
}  # fmt: skip


@require_POST
@verified_required
def membership_moderator(request, slug, pk):
    group = group_or_404(request, slug)
    m = get_object_or_404(Membership, pk=pk, group=group)
    services.set_group_moderator(request.user, m, not request.POST.get("remove"))
    return redirect(group)


@require_POST
@verified_required
def membership_approve(request, slug, pk):
    group = group_or_404(request, slug)
    services.approve_membership(request.user, get_object_or_404(Membership, pk=pk, group=group))
    return redirect(group)


@require_POST
@verified_required
def membership_decline(request, slug, pk):
    group = group_or_404(request, slug)
    m = get_object_or_404(
        Membership.objects.select_related("user"),
        pk=pk,
        group=group,
        status=Membership.Status.PENDING,
    )
    services.decline_membership(request.user, m)
    messages.success(request, _("The request was declined; the member is told."))
    return redirect(group)


@require_POST
@verified_required
def post_flags_dismiss(request, pk):
    """Close a post's open flags and keep it visible (group moderators)."""
    post = post_or_404(request, pk)
    form = ModerateForm(request.POST)
    form.is_valid()
    services.dismiss_flags(request.user, post, form.cleaned_data.get("reason", ""))
    messages.success(request, _("The flags were dismissed; the post stays visible."))
    return redirect(safe_next(request, post.thread.get_absolute_url()))


@require_POST
@verified_required
def post_flag(request, pk):
    post = post_or_404(request, pk)
    form = FlagForm(request.POST)
    if not form.is_valid():
        return HttpResponse(_("Choose a reason."), status=400)
    services.flag_post(request.user, post, form.cleaned_data["reason"], form.cleaned_data["note"])
    messages.success(request, _("Thank you. A moderator will review this post."))
    return redirect(f"{thread_page_url(post)}#post-{post.pk}")


@require_POST
@verified_required
def post_moderate(request, pk, action):
    post = get_object_or_404(Post.objects.select_related("thread__group"), pk=pk)
    if not can_view_group(request.user, post.thread.group):
        raise Http404
    if not is_group_moderator(request.user, post.thread.group):
        raise PermissionDenied
    form = ModerateForm(request.POST)
    form.is_valid()
    if action not in POST_ACTIONS:
        raise Http404
    reason = form.cleaned_data.get("reason", "")
    services.set_post_status(request.user, post, POST_ACTIONS[action], reason)
    messages.success(request, _("Done."))
    return redirect(safe_next(request, post.thread.get_absolute_url()))


@require_POST
@verified_required
def thread_moderate(request, slug, pk, action):
    group, thread = thread_or_404(request, slug, pk)
    reason = request.POST.get("reason", "")[:500]
    if action == "move":
        target = Group.objects.by_slug(request.POST.get("group", "")[:160])
        if target is None:
            raise Http404
        services.move_thread(request.user, thread, target, reason)
        return redirect(thread)
    if action not in THREAD_ACTIONS:
        raise Http404
    field, value = THREAD_ACTIONS[action]
    services.set_thread_flag(request.user, thread, field, value, reason)
    return redirect(thread)


@require_POST
@verified_required
def suspend_member(request, username):
    user = get_object_or_404(get_user_model(), username=username)
    form = SuspendForm(request.POST)
    if not form.is_valid():
        errors = [error for field_errors in form.errors.values() for error in field_errors]
        return HttpResponse(" ".join(errors), status=400)
    services.suspend(request.user, user, form.cleaned_data["days"], form.cleaned_data["reason"])
    messages.success(request, _("The member is suspended."))
    return redirect("community:moderation")


@verified_required
def moderation(request):
    if not services.moderates_anything(request.user):
        raise PermissionDenied
    flags, held = services.moderation_queue(request.user)
    context = {
        "flags": flags[:100],
        "held": held[:100],
        "crumbs": breadcrumbs(request, (_("Moderation queue"), None)),
    }
    return render(request, "community/moderation.html", context)
