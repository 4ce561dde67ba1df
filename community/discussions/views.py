"""Thin views of discussions: groups, threads, posts; the rules live in access and services.

A group's address is the same slug under every language prefix. It resolves to the group's
canonical row, which holds members and threads; ``group.texts`` is its translation in the
active language, for the name and description."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Exists, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community.accounts.decorators import verified_required
from community.accounts.services import is_site_moderator, role_annotations
from community.landing import breadcrumbs, groups_with_counts
from community.moderation.forms import FlagForm
from community.moderation.models import Flag
from portal.security.input import parse_int
from portal.security.media import serve_file

from . import access, public, services
from .forms import PostForm, ThreadForm
from .models import Group, Membership, Post, Reaction, Thread

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


def thread_page_url(post):
    """The address of the thread's page that shows ``post`` (among the visible posts)."""
    before = Post.objects.filter(
        Q(created_at__lt=post.created_at) | Q(created_at=post.created_at, pk__lt=post.pk),
        thread_id=post.thread_id,
        status=Post.Status.VISIBLE,
    ).count()
    url = post.thread.get_absolute_url()
    page = before // POSTS_PER_PAGE + 1
    return f"{url}?page={page}" if page > 1 else url


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
    """Every group the visitor may see, once, named in the active language, with its member
    and thread counts."""
    return render(
        request,
        "community/groups.html",
        {
            "groups": groups_with_counts(request.user),
            "crumbs": breadcrumbs(request, (_("Groups"), None)),
        },
    )


def group(request, slug):
    group = group_or_404(request, slug)
    query = " ".join(request.GET.get("q", "").split())[:100] if public.searchable(group) else ""
    threads = public.matching_threads(request, group, query) if query else group.threads.all()
    threads = Paginator(threads.select_related("author__community_profile"), 30).get_page(
        request.GET.get("page")
    )
    active = group.memberships.filter(status=Membership.Status.ACTIVE)
    context = {
        "group": group,
        "page_obj": threads,
        "query": query,
        "searchable": public.searchable(group),
        "membership": access.membership(request.user, group),
        "member_count": active.count(),
        "can_post": request.user.is_authenticated and access.can_post(request.user, group),
        "is_moderator": access.is_group_moderator(request.user, group),
        "crumbs": breadcrumbs(
            request,
            (_("Groups"), reverse("community:groups")),
            (group.texts.name, None, group.texts.lang_attributes()),
        ),
    }
    if request.user.is_authenticated:
        context["following"] = group.follow_set.filter(user=request.user).exists()
    if context["is_moderator"] or access.is_member(request.user, group):
        context["members"] = active.select_related("user__community_profile")[:200]
    context["site_moderator"] = is_site_moderator(request.user)
    if context["is_moderator"]:
        context["pending"] = group.memberships.filter(status="pending").select_related(
            "user__community_profile"
        )
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
def group_request_cancel(request, slug):
    """Withdraw one's own pending request to join (an active membership is left elsewhere)."""
    group = group_or_404(request, slug)
    if not services.cancel_request(request.user, group):
        messages.info(request, _("There was no request to cancel."))
    else:
        messages.success(request, _("Your request to join was cancelled."))
    return redirect(group)


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
    crumbs = breadcrumbs(
        request,
        (_("Groups"), reverse("community:groups")),
        (group.texts.name, group.get_absolute_url(), group.texts.lang_attributes()),
        (_("Start a discussion"), None),
    )
    return render(
        request, "community/thread_new.html", {"group": group, "form": form, "crumbs": crumbs}
    )


def thread(request, slug, pk):
    group, thread = thread_or_404(request, slug, pk)
    is_mod = access.is_group_moderator(request.user, group)
    posts = thread_posts(request, group, thread, is_mod)
    page = Paginator(posts, POSTS_PER_PAGE).get_page(request.GET.get("page"))
    initial = {}
    if quote := request.GET.get("quote"):
        quoted = posts.filter(pk=parse_int(quote, 1, 2**31 - 1) or 0).first()
        if quoted:
            initial["source"] = services.quote_source(quoted)
    can_post = request.user.is_authenticated and access.can_post(request.user, group)
    number = page.start_index()
    for offset, post in enumerate(page):
        post.number = number + offset
        post.role = post_role(post)
    return render(
        request,
        "community/thread.html",
        {
            "group": group,
            "thread": thread,
            "page_obj": page,
            "is_moderator": is_mod,
            "can_post": can_post and (not thread.is_locked or is_mod),
            "can_answer": request.user.is_authenticated
            and (request.user.pk == thread.author_id or is_mod),
            "form": PostForm(initial=initial),
            "flag_form": FlagForm(),
            "following": request.user.is_authenticated
            and thread.follow_set.filter(user=request.user).exists(),
            "profile_urls": public.mention_urls(request.user, page),
            "answer_url": answer_url(thread, posts, page),
            "crumbs": breadcrumbs(
                request,
                (_("Groups"), reverse("community:groups")),
                (group.texts.name, group.get_absolute_url(), group.texts.lang_attributes()),
                (thread.title, None, thread.lang_attributes()),
            ),
        },
    )


def thread_posts(request, group, thread, is_mod):
    """The thread's posts the visitor may read, with each author's profile and role, whether
    the visitor found it helpful or flagged it, and (for moderators) its open flags."""
    posts = (
        Post.objects.filter(thread=thread)
        .select_related("author__community_profile")
        .annotate(
            **role_annotations("author"),
            author_group_moderator=Exists(
                Membership.objects.filter(
                    group=group,
                    user=OuterRef("author"),
                    status=Membership.Status.ACTIVE,
                    is_moderator=True,
                )
            ),
        )
    )
    if not is_mod:
        posts = posts.filter(status=Post.Status.VISIBLE)
    user = request.user
    if user.is_authenticated:
        posts = posts.annotate(
            found_helpful=Exists(
                Reaction.objects.filter(post=OuterRef("pk"), user=user, kind="helpful")
            ),
            flagged_by_me=Exists(
                Flag.objects.filter(post=OuterRef("pk"), user=user, resolved=False)
            ),
        )
    if is_mod:
        open_flags = Flag.objects.filter(post=OuterRef("pk"), resolved=False)
        posts = posts.annotate(
            open_flags=Coalesce(
                Subquery(
                    open_flags.values("post").annotate(n=Count("pk")).values("n"),
                    output_field=IntegerField(),
                ),
                0,
            )
        )
    return posts


def answer_url(thread, posts, page):
    """The address of the thread's answer: an anchor when it is on this page, else the page it
    is on (one query); None when the thread has no answer the visitor may read."""
    if not thread.answer_id:
        return None
    if any(post.pk == thread.answer_id for post in page):
        return f"#post-{thread.answer_id}"
    answer = posts.filter(pk=thread.answer_id).values("created_at").first()
    if answer is None:
        return None
    before = posts.filter(
        Q(created_at__lt=answer["created_at"])
        | Q(created_at=answer["created_at"], pk__lt=thread.answer_id)
    ).count()
    return f"?page={before // POSTS_PER_PAGE + 1}#post-{thread.answer_id}"


def post_role(post):
    """What the author is, for the badge beside their name: "moderator" (of this group or the
    site), "verified" (a verified email address) or "member"; "" for a former member."""
    if post.author_id is None:
        return ""
    if post.is_site_moderator_ or post.author_group_moderator:
        return "moderator"
    return "verified" if post.is_verified_ else "member"


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
    crumbs = breadcrumbs(
        request,
        (post.thread.title, post.thread.get_absolute_url(), post.thread.lang_attributes()),
        (_("Edit post"), None),
    )
    context = {
        "form": form,
        "post": post,
        "revisions": post.revisions.select_related("edited_by"),
        "crumbs": crumbs,
    }
    return render(request, "community/post_edit.html", context)


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
