"""Discussions: groups and their members, threads, posts with revisions, reactions, follows.

A group is translatable (one row per locale sharing a ``translation_key``, Wagtail's
``TranslatableMixin``) but stays ONE group: memberships, threads, follows and moderation attach
to its canonical row (``portal.core.i18n.canonical``: the default locale's), and only the name
and description differ per language (``Group.texts``). Threads and posts are written once, in
their author's language (``language``), and never translated."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.core.i18n import active_language, default_locale_id, lang_attributes
from portal.security.media import PrivateUploadTo

User = settings.AUTH_USER_MODEL


class GroupQuerySet(models.QuerySet):
    def canonical(self):
        """One row per group: the default locale's translation, else the oldest one."""
        default = default_locale_id()
        siblings = Group.objects.filter(translation_key=OuterRef("translation_key"))
        oldest = siblings.order_by("pk").values("pk")[:1]
        return self.filter(
            Q(locale_id=default)
            | (~Exists(siblings.filter(locale_id=default)) & Q(pk=Subquery(oldest)))
        )

    def by_slug(self, slug):
        """The canonical group at ``slug`` with its texts in the active language, or None.

        Translations share their group's slug, so one query fetches both rows."""
        rows = list(self.filter(slug=slug).select_related("locale"))
        if not rows:
            return None
        default = default_locale_id()
        group = next((r for r in rows if r.locale_id == default), None) or min(
            rows, key=lambda r: r.pk
        )
        language = active_language()
        texts = next(
            (
                r
                for r in rows
                if r.translation_key == group.translation_key and r.locale.language_code == language
            ),
            group,
        )
        group.__dict__.setdefault("_texts", {})[language] = texts
        return group


def attach_texts(groups):
    """Fetch the active language's translations of ``groups`` in one query, for ``.texts``."""
    groups = [g for g in groups if g is not None]
    language = active_language()
    pending = [g for g in groups if language not in g.__dict__.get("_texts", {})]
    if pending:
        found = {
            row.translation_key: row
            for row in Group.objects.select_related("locale").filter(
                translation_key__in={g.translation_key for g in pending},
                locale__language_code=language,
            )
        }
        for group in pending:
            group.__dict__.setdefault("_texts", {})[language] = found.get(
                group.translation_key, group
            )
    return groups


class Group(TranslatableMixin, models.Model):
    class Access(models.TextChoices):
        OPEN = "open", _("Open: anyone may join")
        REQUEST = "request", _("By request: moderators approve")
        PRIVATE = "private", _("Private: invisible to non-members")

    name = models.CharField(_("name"), max_length=160)
    slug = models.SlugField(
        _("slug"),
        max_length=160,
        help_text=_("The same in every language: translations keep their group's slug."),
    )
    description = models.TextField(_("description"), blank=True)
    access = models.CharField(_("access"), max_length=10, choices=Access.choices, default="open")
    themes = models.ManyToManyField("portal.Theme", blank=True, verbose_name=_("themes"))
    hold_first_posts = models.PositiveSmallIntegerField(
        _("hold this many first posts of new members for approval"), default=0
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = GroupQuerySet.as_manager()

    # What a translator translates; the rest is the group's and follows the source.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("access", overridable=False),
        SynchronizedField("hold_first_posts", overridable=False),
    ]
    # Copied from the canonical row onto every translation when either is saved.
    SHARED_FIELDS = ("slug", "access", "hold_first_posts")

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("group")
        verbose_name_plural = _("groups")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("community:group", args=[self.slug])

    @property
    def texts(self):
        """This group's translation in the active language (its name and description), else
        the group itself. State (members, threads) always belongs to the canonical row."""
        language = active_language()
        cache = self.__dict__.setdefault("_texts", {})
        if language not in cache:
            if self.locale_id == default_locale_id() and language == settings.LANGUAGE_CODE:
                cache[language] = self
            else:
                attach_texts([self])
        return cache[language]

    def language(self):
        """The language this row's name and description are written in."""
        if self.locale_id == default_locale_id():
            return settings.LANGUAGE_CODE
        return self.locale.language_code

    def lang_attributes(self):
        """`` lang="en" dir="ltr"`` when this row's texts are in another language than the
        page's (an untranslated group on /fr/), else ""."""
        return lang_attributes(self.language())

    def clean(self):
        super().clean()
        taken = Group.objects.filter(slug=self.slug).exclude(translation_key=self.translation_key)
        if self.slug and taken.exists():
            raise ValidationError({"slug": _("Another group already uses this slug.")})

    def save(self, *args, **kwargs):
        """Keep what is shared the same on every translation: a translation takes the slug,
        access and held-post setting of the canonical row; the canonical row hands its own
        to the translations."""
        siblings = Group.objects.filter(translation_key=self.translation_key).exclude(pk=self.pk)
        source = None
        if self.locale_id is not None and self.locale_id != default_locale_id():
            older = siblings.filter(pk__lt=self.pk) if self.pk else siblings
            source = (
                siblings.filter(locale_id=default_locale_id()).first()
                or older.order_by("pk").first()
            )
        if source is not None:
            for name in self.SHARED_FIELDS:
                setattr(self, name, getattr(source, name))
        super().save(*args, **kwargs)
        if source is None:
            shared = {name: getattr(self, name) for name in self.SHARED_FIELDS}
            siblings.exclude(**shared).update(**shared)


class WrittenIn(models.Model):
    """Text written once by a member, in the language that was active when they wrote it."""

    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )

    class Meta:
        abstract = True

    def lang_attributes(self):
        """`` lang="fr" dir="ltr"`` when the text is in another language than the page's,
        else "" — for the element that holds the text."""
        return lang_attributes(self.language)


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


class Thread(WrittenIn, index.Indexed, models.Model):
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


class Post(WrittenIn, models.Model):
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
