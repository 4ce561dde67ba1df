"""Discussions: groups and their members, threads, posts with revisions, reactions, follows."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from portal.security.media import PrivateUploadTo

User = settings.AUTH_USER_MODEL


class Group(models.Model):
    class Access(models.TextChoices):
        OPEN = "open", _("Open: anyone may join")
        REQUEST = "request", _("By request: moderators approve")
        PRIVATE = "private", _("Private: invisible to non-members")

    name = models.CharField(_("name"), max_length=160)
    slug = models.SlugField(_("slug"), max_length=160, unique=True)
    description = models.TextField(_("description"), blank=True)
    access = models.CharField(_("access"), max_length=10, choices=Access.choices, default="open")
    themes = models.ManyToManyField("portal.Theme", blank=True, verbose_name=_("themes"))
    hold_first_posts = models.PositiveSmallIntegerField(
        _("hold this many first posts of new members for approval"), default=0
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("group")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("community:group", args=[self.slug])


class Membership(models.Model):
    def __str__(self):
        return str(f"{self.user_id} in {self.group_id}")

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        ACTIVE = "active", _("Active")

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="community_memberships")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ACTIVE)
    is_moderator = models.BooleanField(default=False)
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        unique_together = [("group", "user")]


class Thread(index.Indexed, models.Model):
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="threads")
    title = models.CharField(_("title"), max_length=200)
    author = models.ForeignKey(User, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    last_activity_at = models.DateTimeField(default=timezone.now, db_index=True)
    reply_count = models.PositiveIntegerField(default=0)
    is_locked = models.BooleanField(default=False)
    is_pinned = models.BooleanField(default=False)
    is_answered = models.BooleanField(default=False)
    answer = models.ForeignKey(
        "Post", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    search_fields = [index.SearchField("title"), index.FilterField("group_id")]

    class Meta:
        ordering = ["-is_pinned", "-last_activity_at"]
        indexes = [models.Index(fields=["group", "-is_pinned", "-last_activity_at"])]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("community:thread", args=[self.group.slug, self.pk])


class Post(models.Model):
    """The first post of a thread is its opening; the rest are replies."""

    def __str__(self):
        return str(f"post {self.pk}")

    class Status(models.TextChoices):
        VISIBLE = "visible", _("Visible")
        PENDING = "pending", _("Held for approval")
        HIDDEN = "hidden", _("Hidden by a moderator")

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(User, null=True, on_delete=models.SET_NULL, related_name="+")
    source = models.TextField(_("message"))
    html = models.TextField(editable=False)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.VISIBLE)
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)
    helpful_count = models.PositiveIntegerField(default=0)
    # Private: a random stored name; served by ``views.post_attachment`` after the group's checks.
    attachment = models.FileField(
        upload_to=PrivateUploadTo("community/attachments"), blank=True, max_length=200
    )
    attachment_name = models.CharField(max_length=255, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["thread", "created_at", "id"])]

    def attachment_url(self):
        """The permission-checked download address of the attachment ("" if none)."""
        return reverse("community:post_attachment", args=[self.pk]) if self.attachment else ""

    def author_name(self):
        if self.author_id is None:
            return _("former member")
        profile = getattr(self.author, "community_profile", None)
        return profile.name if profile else self.author.username


class PostRevision(models.Model):
    def __str__(self):
        return str(f"revision of post {self.post_id}")

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    source = models.TextField()
    edited_by = models.ForeignKey(User, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]


class Reaction(models.Model):
    def __str__(self):
        return str(self.kind)

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reactions")
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, default="helpful")

    class Meta:
        unique_together = [("post", "user", "kind")]


class Follow(models.Model):
    def __str__(self):
        return str(f"follow {self.pk}")

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="community_follows")
    thread = models.ForeignKey(Thread, null=True, blank=True, on_delete=models.CASCADE)
    group = models.ForeignKey(Group, null=True, blank=True, on_delete=models.CASCADE)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "thread"], name="uniq_follow_thread"),
            models.UniqueConstraint(fields=["user", "group"], name="uniq_follow_group"),
        ]
