"""Thin views of discussions: groups, threads, posts; the rules live in access and services.

A group's address is the same slug under every language prefix. It resolves to the group's
canonical row, which holds members and threads; ``group.texts`` is its translation in the
active language, for the name and description."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community.accounts.decorators import verified_required
from community.accounts.services import is_site_moderator
from community.moderation.forms import FlagForm
from portal.security.input import parse_int
from portal.security.media import serve_file

from . import access, public, services
from .forms import PostForm, ThreadForm
from .models import Group, Post, Thread, attach_texts

POSTS_PER_PAGE = 25


def group_or_404(request, slug):
    """The group (its canonical row, texts in the active language), or 404 if the visitor may
    not see it."""
    group = Group.objects.by_slug(slug)
    if group is None or not access.can_view_group(request.user, group):
        raise Http404
    return group


def thread_or_404(request, slug, pk):
    """(group, thread), or 404 if the visitor may not see the group or the thread is not in it."""
    group = group_or_404(request, slug)
    return group, get_object_or_404(Thread.objects.select_related("group"), pk=pk, group=group)


def post_or_404(request, pk):
    """The post, or 404 unless the visitor may see its group and (if not visible) moderate it."""
    post = get_object_or_404(Post.objects.select_related("thread__group"), pk=pk)
    if not access.can_view_group(request.user, post.thread.group):
        raise Http404
    if post.status != Post.Status.VISIBLE and not access.is_group_moderator(
        request.user, post.thread.group
    ):
        raise Http404
    return post


def post_attachment(request, pk):
    """A post's attachment, for those who may read the post: anyone in an open or by-request
    group, members and moderators in a private one; held or hidden posts only for moderators.
    Anonymous visitors are sent to log in, other refusals are 404 (the group stays invisible)."""
    post = Post.objects.select_related("thread__group").filter(pk=pk).first()
    if post is None or not post.attachment:
        raise Http404
    try:
        post_or_404(request, pk)
    except Http404:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise
    return serve_file(request, post.attachment, post.attachment_name or None)


def groups(request):
    """Every group the visitor may see, once, named in the active language."""
    listed = attach_texts(access.visible_groups(request.user))
    listed.sort(key=lambda g: g.texts.name.casefold())
    return render(request, "community/groups.html", {"groups": listed})


def group(request, slug):
    group = group_or_404(request, slug)
    query = " ".join(request.GET.get("q", "").split())[:100] if public.searchable(group) else ""
    threads = public.matching_threads(request, group, query) if query else group.threads.all()
    threads = Paginator(threads.select_related("author"), 30).get_page(request.GET.get("page"))
    context = {
        "group": group,
        "page_obj": threads,
        "query": query,
        "searchable": public.searchable(group),
        "membership": access.membership(request.user, group),
        "can_post": request.user.is_authenticated and access.can_post(request.user, group),
        "is_moderator": access.is_group_moderator(request.user, group),
    }
    if request.user.is_authenticated:
        context["following"] = group.follow_set.filter(user=request.user).exists()
    if context["is_moderator"] or access.is_member(request.user, group):
        context["members"] = group.memberships.filter(status="active").select_related(
            "user__community_profile"
        )[:200]
    context["site_moderator"] = is_site_moderator(request.user)
    if context["is_moderator"]:
        context["pending"] = group.memberships.filter(status="pending").select_related("user")
    return render(request, "community/group.html", context)


@require_POST
@verified_required
def group_join(request, slug):
    group = group_or_404(request, slug)
    m = services.join_group(request.user, group)
    messages.success(
        request, _("You joined the group.") if m.status == "active" else _("Your request was sent.")
    )
    return redirect(group)


@require_POST
@verified_required
def group_leave(request, slug):
    group = group_or_404(request, slug)
    services.leave_group(request.user, group)
    return redirect("community:groups")


@require_POST
@verified_required
def group_follow(request, slug):
    group = group_or_404(request, slug)
    if request.POST.get("unfollow"):
        services.unfollow(request.user, group=group)
    else:
        services.follow(request.user, group=group)
    return redirect(group)


@verified_required
def thread_new(request, slug):
    group = group_or_404(request, slug)
    if not access.can_post(request.user, group):
        raise PermissionDenied
    form = ThreadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            thread, _post = services.start_thread(
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
    group, thread = thread_or_404(request, slug, pk)
    is_mod = access.is_group_moderator(request.user, group)
    posts = Post.objects.filter(thread=thread).select_related("author__community_profile")
    if not is_mod:
        posts = posts.filter(status=Post.Status.VISIBLE)
    page = Paginator(posts, POSTS_PER_PAGE).get_page(request.GET.get("page"))
    initial = {}
    if quote := request.GET.get("quote"):
        quoted = posts.filter(pk=parse_int(quote, 1, 2**31 - 1) or 0).first()
        if quoted:
            initial["source"] = services.quote_source(quoted)
    can_post = request.user.is_authenticated and access.can_post(request.user, group)
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
    group, thread = thread_or_404(request, slug, pk)
    form = PostForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            post = services.reply(
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


@require_POST
@verified_required
def thread_follow(request, slug, pk):
    group, thread = thread_or_404(request, slug, pk)
    if request.POST.get("unfollow"):
        services.unfollow(request.user, thread=thread)
    else:
        services.follow(request.user, thread=thread)
    return redirect(thread)


@verified_required
def post_edit(request, pk):
    post = post_or_404(request, pk)
    if request.user.pk != post.author_id and not access.is_group_moderator(
        request.user, post.thread.group
    ):
        raise PermissionDenied
    form = PostForm(request.POST or None, initial={"source": post.source})
    if request.method == "POST" and form.is_valid():
        services.edit_post(request.user, post, form.cleaned_data["source"])
        return redirect(post.thread)
    return render(
        request,
        "community/post_edit.html",
        {"form": form, "post": post, "revisions": post.revisions.select_related("edited_by")},
    )


@require_POST
@verified_required
def post_helpful(request, pk):
    post = post_or_404(request, pk)
    if not access.is_member(request.user, post.thread.group) and not is_site_moderator(
        request.user
    ):
        raise PermissionDenied
    services.toggle_helpful(request.user, post)
    return redirect(post.thread)


@require_POST
@verified_required
def post_answer(request, pk):
    post = post_or_404(request, pk)
    services.mark_answered(request.user, post.thread, post)
    return redirect(post.thread)
