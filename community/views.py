"""Thin views of the community; the rules live in community/services.py."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from portal.models import countries_in_region

from . import services as s
from .forms import (
    DeleteAccountForm,
    DirectoryFilterForm,
    FlagForm,
    ModerateForm,
    PostForm,
    ProfileForm,
    ThreadForm,
)
from .models import Group, Membership, Notification, Post, Thread

POSTS_PER_PAGE = 25


def _group_or_404(request, slug):
    group = get_object_or_404(Group, slug=slug)
    if not s.can_view_group(request.user, group):
        raise Http404
    return group


def _thread_or_404(request, slug, pk):
    group = _group_or_404(request, slug)
    return group, get_object_or_404(Thread.objects.select_related("group"), pk=pk, group=group)


def verified_required(view):
    """Anonymous visitors go to the login page; signed-in members need a verified email."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not s.is_verified(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def members(request):
    form = DirectoryFilterForm(request.GET or None)
    qs = s.visible_profiles(request.user).filter(in_directory=True).order_by("display_name", "pk")
    if form.is_valid():
        d = form.cleaned_data
        if d["country"]:
            qs = qs.filter(country=d["country"].upper())
        if d["region"]:
            qs = qs.filter(country__in=countries_in_region(d["region"]))
        if d["theme"]:
            qs = qs.filter(themes__slug=d["theme"])
        if d["organisation_type"]:
            qs = qs.filter(organisation_type=d["organisation_type"])
        if d["language"]:
            qs = qs.filter(languages__code=d["language"])
    page = Paginator(qs.distinct(), 30).get_page(request.GET.get("page"))
    return render(request, "community/members.html", {"form": form, "page_obj": page})


def profile(request, username):
    from django.contrib.auth import get_user_model

    profile = s.profile_for(get_object_or_404(get_user_model(), username=username, is_active=True))
    if not s.can_view_profile(request.user, profile):
        raise Http404
    return render(request, "community/profile.html", {"profile": profile})


@verified_required
def profile_edit(request):
    profile = s.profile_for(request.user)
    form = ProfileForm(request.POST or None, request.FILES or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile was saved."))
        return redirect("community:profile", request.user.username)
    return render(request, "community/profile_edit.html", {"form": form})


def groups(request):
    qs = s.visible_groups(request.user).prefetch_related("themes")
    return render(request, "community/groups.html", {"groups": qs})


def group(request, slug):
    group = _group_or_404(request, slug)
    threads = Paginator(group.threads.select_related("author"), 30).get_page(
        request.GET.get("page")
    )
    context = {
        "group": group,
        "page_obj": threads,
        "membership": s.membership(request.user, group),
        "can_post": request.user.is_authenticated and s.can_post(request.user, group),
        "is_moderator": s.is_group_moderator(request.user, group),
    }
    if request.user.is_authenticated:
        context["following"] = group.follow_set.filter(user=request.user).exists()
    if context["is_moderator"] or s.is_member(request.user, group):
        context["members"] = group.memberships.filter(status="active").select_related(
            "user__community_profile"
        )[:200]
    context["site_moderator"] = s.is_site_moderator(request.user)
    if context["is_moderator"]:
        context["pending"] = group.memberships.filter(status="pending").select_related("user")
    return render(request, "community/group.html", context)


@require_POST
@verified_required
def group_join(request, slug):
    group = _group_or_404(request, slug)
    m = s.join_group(request.user, group)
    messages.success(
        request, _("You joined the group.") if m.status == "active" else _("Your request was sent.")
    )
    return redirect(group)


@require_POST
@verified_required
def group_leave(request, slug):
    group = _group_or_404(request, slug)
    s.leave_group(request.user, group)
    return redirect("community:groups")


@require_POST
@verified_required
def group_follow(request, slug):
    group = _group_or_404(request, slug)
    if request.POST.get("unfollow"):
        s.unfollow(request.user, group=group)
    else:
        s.follow(request.user, group=group)
    return redirect(group)


@require_POST
@verified_required
def membership_moderator(request, slug, pk):
    group = _group_or_404(request, slug)
    m = get_object_or_404(Membership, pk=pk, group=group)
    s.set_group_moderator(request.user, m, not request.POST.get("remove"))
    return redirect(group)


@require_POST
@verified_required
def membership_approve(request, slug, pk):
    group = _group_or_404(request, slug)
    s.approve_membership(request.user, get_object_or_404(Membership, pk=pk, group=group))
    return redirect(group)


@verified_required
def thread_new(request, slug):
    group = _group_or_404(request, slug)
    if not s.can_post(request.user, group):
        raise PermissionDenied
    form = ThreadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            thread, _post = s.start_thread(
                request.user,
                group,
                form.cleaned_data["title"],
                form.cleaned_data["source"],
                form.cleaned_data.get("attachment"),
            )
            return redirect(thread)
        except ValidationError as error:
            form.add_error(None, error)
    return render(request, "community/thread_new.html", {"group": group, "form": form})


def thread(request, slug, pk):
    group, thread = _thread_or_404(request, slug, pk)
    is_mod = s.is_group_moderator(request.user, group)
    posts = Post.objects.filter(thread=thread).select_related("author__community_profile")
    if not is_mod:
        posts = posts.filter(status=Post.Status.VISIBLE)
    page = Paginator(posts, POSTS_PER_PAGE).get_page(request.GET.get("page"))
    initial = {}
    if quote := request.GET.get("quote"):
        quoted = posts.filter(pk=quote if quote.isdigit() else 0).first()
        if quoted:
            initial["source"] = s.quote_source(quoted)
    can_post = request.user.is_authenticated and s.can_post(request.user, group)
    return render(
        request,
        "community/thread.html",
        {
            "group": group,
            "thread": thread,
            "page_obj": page,
            "is_moderator": is_mod,
            "can_post": can_post and (not thread.is_locked or is_mod),
            "form": PostForm(initial=initial),
            "flag_form": FlagForm(),
            "following": request.user.is_authenticated
            and thread.follow_set.filter(user=request.user).exists(),
        },
    )


@require_POST
@verified_required
def thread_reply(request, slug, pk):
    group, thread = _thread_or_404(request, slug, pk)
    form = PostForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            post = s.reply(
                request.user,
                thread,
                form.cleaned_data["source"],
                form.cleaned_data.get("attachment"),
            )
            if post.status == Post.Status.PENDING:
                messages.info(request, _("Your reply is held until a moderator approves it."))
            last = (thread.reply_count // POSTS_PER_PAGE) + 1
            return redirect(f"{thread.get_absolute_url()}?page={last}#post-{post.pk}")
        except ValidationError as error:
            form.add_error(None, error)
    return render(
        request,
        "community/thread_new.html",
        {"group": group, "form": form, "thread": thread},
        status=400,
    )


def _post_or_404(request, pk):
    post = get_object_or_404(Post.objects.select_related("thread__group"), pk=pk)
    if not s.can_view_group(request.user, post.thread.group):
        raise Http404
    if post.status != Post.Status.VISIBLE and not s.is_group_moderator(
        request.user, post.thread.group
    ):
        raise Http404
    return post


@verified_required
def post_edit(request, pk):
    post = _post_or_404(request, pk)
    if request.user.pk != post.author_id and not s.is_group_moderator(
        request.user, post.thread.group
    ):
        raise PermissionDenied
    form = PostForm(request.POST or None, initial={"source": post.source})
    if request.method == "POST" and form.is_valid():
        s.edit_post(request.user, post, form.cleaned_data["source"])
        return redirect(post.thread)
    return render(
        request,
        "community/post_edit.html",
        {"form": form, "post": post, "revisions": post.revisions.select_related("edited_by")},
    )


@require_POST
@verified_required
def post_helpful(request, pk):
    post = _post_or_404(request, pk)
    if not s.is_member(request.user, post.thread.group) and not s.is_site_moderator(request.user):
        raise PermissionDenied
    s.toggle_helpful(request.user, post)
    return redirect(post.thread)


@require_POST
@verified_required
def post_answer(request, pk):
    post = _post_or_404(request, pk)
    s.mark_answered(request.user, post.thread, post)
    return redirect(post.thread)


@require_POST
@verified_required
def post_flag(request, pk):
    post = _post_or_404(request, pk)
    form = FlagForm(request.POST)
    if not form.is_valid():
        return HttpResponse(_("Choose a reason."), status=400)
    s.flag_post(request.user, post, form.cleaned_data["reason"], form.cleaned_data["note"])
    messages.success(request, _("Thank you. A moderator will review this post."))
    return redirect(post.thread)


@require_POST
@verified_required
def post_moderate(request, pk, action):
    post = get_object_or_404(Post.objects.select_related("thread__group"), pk=pk)
    if not s.can_view_group(request.user, post.thread.group):
        raise Http404
    if not s.is_group_moderator(request.user, post.thread.group):
        raise PermissionDenied
    form = ModerateForm(request.POST)
    form.is_valid()
    if action not in {"hide", "restore", "approve"}:
        raise Http404
    status = {
        "hide": Post.Status.HIDDEN,
        "restore": Post.Status.VISIBLE,
        "approve": Post.Status.VISIBLE,
    }[action]
    s.set_post_status(request.user, post, status, form.cleaned_data.get("reason", ""))
    messages.success(request, _("Done."))
    return redirect(
        request.POST.get("next")
        if request.POST.get("next", "").startswith("/")
        else post.thread.get_absolute_url()
    )


@require_POST
@verified_required
def thread_moderate(request, slug, pk, action):
    group, thread = _thread_or_404(request, slug, pk)
    reason = request.POST.get("reason", "")[:500]
    if action == "move":
        target = get_object_or_404(Group, slug=request.POST.get("group", ""))
        s.move_thread(request.user, thread, target, reason)
        return redirect(thread)
    if action not in {"lock", "unlock", "pin", "unpin"}:
        raise Http404
    field, value = {
        "lock": ("is_locked", True), "unlock": ("is_locked", False),
        "pin": ("is_pinned", True), "unpin": ("is_pinned", False),
    }[action]  # fmt: skip
    s.set_thread_flag(request.user, thread, field, value, reason)
    return redirect(thread)


@require_POST
@verified_required
def thread_follow(request, slug, pk):
    group, thread = _thread_or_404(request, slug, pk)
    if request.POST.get("unfollow"):
        s.unfollow(request.user, thread=thread)
    else:
        s.follow(request.user, thread=thread)
    return redirect(thread)


@require_POST
@verified_required
def suspend_member(request, username):
    from django.contrib.auth import get_user_model

    user = get_object_or_404(get_user_model(), username=username)
    days = int(request.POST.get("days", "7")) if request.POST.get("days", "7").isdigit() else 7
    s.suspend(request.user, user, days, request.POST.get("reason", ""))
    messages.success(request, _("The member is suspended."))
    return redirect("community:moderation")


@verified_required
def moderation(request):
    flags, held = s.moderation_queue(request.user)
    if (
        not s.is_site_moderator(request.user)
        and not request.user.community_memberships.filter(is_moderator=True).exists()
    ):
        raise PermissionDenied
    return render(request, "community/moderation.html", {"flags": flags[:100], "held": held[:100]})


@verified_required
def account_delete(request):
    """Delete the account after the password is confirmed; posts stay as "former member"."""
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        user.delete()
        messages.success(request, _("Your account was deleted. Your posts remain, unsigned."))
        return redirect("/")
    return render(request, "community/account_delete.html", {"form": form})


@verified_required
def notifications(request):
    qs = Notification.objects.filter(user=request.user)
    page = Paginator(qs, 30).get_page(request.GET.get("page"))
    response = render(request, "community/notifications.html", {"page_obj": page})
    qs.filter(read=False).update(read=True)
    return response


@csrf_exempt
def unsubscribe(request, token):
    """One click, no login: GET shows a button, POST (or RFC 8058 one-click) applies it."""
    if request.method == "POST":
        profile = s.unsubscribe(token)
        if profile is None:
            return render(request, "community/unsubscribe.html", {"bad": True}, status=400)
        return render(request, "community/unsubscribe.html", {"done": True})
    return render(request, "community/unsubscribe.html", {"token": token})
