"""Models of the webinars room: speakers, webinar pages and registrations."""

import uuid
import zoneinfo
from datetime import timedelta
from urllib.parse import urlparse

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from learning.webinars.zones import TIME_ZONES


def validate_recording_url(value):
    """Recordings may only link to the hosts in ``LEARNING_RECORDING_PROVIDERS``."""
    host = (urlparse(value).hostname or "").lower()
    allowed = getattr(settings, "LEARNING_RECORDING_PROVIDERS", ())
    if not any(host == p or host.endswith("." + p) for p in allowed):
        raise ValidationError(
            _("Recordings can only come from: %(providers)s."),
            params={"providers": ", ".join(allowed) or "-"},
        )


class RelatedPageBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    label = blocks.CharBlock(label=_("Label"), required=False)


@register_snippet
class Speaker(TranslatableMixin, index.Indexed, models.Model):
    """A person who speaks at webinars; reused across events. Translatable (the biography,
    organisation) with wagtail-localize; webinars show the active language's version."""

    name = models.CharField(_("name"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    bio = models.TextField(_("biography"), blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("organisation"),
        FieldPanel("bio"),
        FieldPanel("photo"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

    def __str__(self):
        return self.name


class WebinarIndexPage(Page):
    """Lists webinars: upcoming first, then past ones; filters by theme and language."""

    summary = models.TextField(_("summary"), blank=True)
    content_panels = Page.content_panels + [FieldPanel("summary")]
    parent_page_types = ["learning.LearningIndexPage"]
    subpage_types = ["learning.WebinarPage"]

    class Meta:
        verbose_name = _("webinar index page")

    def get_context(self, request, *args, **kwargs):
        from learning.webinars.pages import listing_context

        context = super().get_context(request, *args, **kwargs)
        context.update(listing_context(self, request))
        return context


class WebinarStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    LIVE = "live", _("Live now")
    PAST = "past", _("Past")
    CANCELLED = "cancelled", _("Cancelled")


class WebinarPage(Page):
    """A live online event with registration; its recording and slides once it is over."""

    summary = models.TextField(_("summary"), blank=True)
    description = RichTextField(_("description"), blank=True)
    themes = ParentalManyToManyField("portal.Theme", blank=True, verbose_name=_("themes"))
    regions = ParentalManyToManyField("portal.Region", blank=True, verbose_name=_("regions"))
    start = models.DateTimeField(_("start (UTC)"), db_index=True)
    organiser_time_zone = models.CharField(
        _("organiser's time zone"),
        max_length=64,
        choices=[(name, name) for name in TIME_ZONES],
        default="UTC",
    )
    duration_minutes = models.PositiveIntegerField(_("duration (minutes)"), default=60)
    languages = ParentalManyToManyField(
        "portal.Language", blank=True, related_name="+", verbose_name=_("languages")
    )
    interpretation = ParentalManyToManyField(
        "portal.Language",
        blank=True,
        related_name="+",
        verbose_name=_("interpretation into"),
    )
    speakers = ParentalManyToManyField(Speaker, blank=True, verbose_name=_("speakers"))
    join_url = models.URLField(
        _("joining link"), blank=True, help_text=_("Shown only to confirmed registrants.")
    )
    capacity = models.PositiveIntegerField(_("capacity"), default=100)
    cancelled = models.BooleanField(_("cancelled"), default=False)
    recording_url = models.URLField(
        _("recording (video URL)"), blank=True, validators=[validate_recording_url]
    )
    recording_file = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("recording (uploaded file)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    captions = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("captions (WebVTT)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A .vtt caption file for the uploaded recording; checked by its content."),
    )
    captions_language = models.CharField(
        _("language of the captions"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    transcript = RichTextField(
        _("transcript"), blank=True, help_text=_("Shown below the recording, collapsed.")
    )
    slides = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("slides"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    related = StreamField(
        [("page", RelatedPageBlock())], blank=True, verbose_name=_("related resources")
    )
    ical_uid = models.UUIDField(default=uuid.uuid4, editable=False)
    sequence = models.PositiveIntegerField(default=0, editable=False)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("start"),
                FieldPanel("organiser_time_zone"),
                FieldPanel("duration_minutes"),
                FieldPanel("cancelled"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("capacity"), FieldPanel("join_url")], heading=_("Registration")
        ),
        FieldPanel("speakers"),
        FieldPanel("languages"),
        FieldPanel("interpretation"),
        FieldPanel("themes"),
        FieldPanel("regions"),
        MultiFieldPanel(
            [
                FieldPanel("recording_url"),
                FieldPanel("recording_file"),
                FieldPanel("captions"),
                FieldPanel("captions_language"),
                FieldPanel("transcript"),
                FieldPanel("slides"),
                FieldPanel("related"),
            ],
            heading=_("After the event"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),  # the admin's search; the site's is the one index
        index.FilterField("start"),
    ]
    parent_page_types = ["learning.WebinarIndexPage"]
    subpage_types = []

    ICAL_FIELDS = ("title", "start", "duration_minutes", "cancelled", "organiser_time_zone")

    class Meta:
        verbose_name = _("webinar")

    def save(self, *args, **kwargs):
        """Bump the iCalendar SEQUENCE when anything a calendar shows changes."""
        if self.pk:
            old = WebinarPage.objects.filter(pk=self.pk).values(*self.ICAL_FIELDS).first()
            if old and any(old[f] != getattr(self, f) for f in self.ICAL_FIELDS):
                self.sequence = (self.sequence or 0) + 1
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.captions_id:
            from portal.security.webvtt import validate_webvtt_file

            try:
                with self.captions.file.open("rb") as handle:
                    validate_webvtt_file(handle)
            except ValidationError as error:
                raise ValidationError({"captions": error.messages}) from None
            except OSError:
                raise ValidationError({"captions": _("The caption file cannot be read.")}) from None

    @property
    def end(self):
        return self.start + timedelta(minutes=self.duration_minutes)

    @property
    def organiser_zone(self):
        return zoneinfo.ZoneInfo(self.organiser_time_zone or "UTC")

    def status_at(self, now=None):
        now = now or timezone.now()
        if self.cancelled:
            return WebinarStatus.CANCELLED
        if now < self.start:
            return WebinarStatus.UPCOMING
        if now < self.end:
            return WebinarStatus.LIVE
        return WebinarStatus.PAST

    @property
    def status(self):
        return self.status_at()

    @property
    def status_label(self):
        return WebinarStatus(self.status).label

    def get_context(self, request, *args, **kwargs):
        from learning.webinars.pages import webinar_context

        context = super().get_context(request, *args, **kwargs)
        context.update(webinar_context(self, request))
        return context


class RegistrationStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for email confirmation")
    CONFIRMED = "confirmed", _("Confirmed")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class Registration(models.Model):
    """A seat (or a place on the waiting list) at a webinar."""

    webinar = models.ForeignKey(WebinarPage, on_delete=models.CASCADE, related_name="registrations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="webinar_registrations",
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("email"))
    status = models.CharField(
        max_length=16, choices=RegistrationStatus.choices, default=RegistrationStatus.PENDING
    )
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    attended = models.BooleanField(_("attended"), default=False)
    reminder_24h_sent = models.DateTimeField(null=True, blank=True)
    reminder_1h_sent = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["webinar", "status", "created_at"])]
        # One current registration per person and webinar, on the webinar's canonical page
        # (a person may cancel and register again: cancelled rows are history).
        constraints = [
            models.UniqueConstraint(
                fields=["webinar", "user"],
                condition=~models.Q(status="cancelled"),
                name="learning_one_registration_per_member",
            ),
            models.UniqueConstraint(
                "webinar",
                Lower("email"),
                condition=models.Q(user__isnull=True) & ~models.Q(status="cancelled"),
                name="learning_one_registration_per_visitor",
            ),
        ]

    def __str__(self):
        return f"{self.name} <{self.email}> ({self.status})"
