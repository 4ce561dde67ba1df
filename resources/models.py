"""Models of the resources app."""

import datetime
import os

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents.models import AbstractDocument, Document
from wagtail.models import Orderable, Page
from wagtail.search import index

from portal.security.media import PrivateUploadTo
from portal.taxonomy.data import CONTENT_LANGUAGES


class ResourceDocument(AbstractDocument):
    """A Wagtail document that keeps the text extracted from its file (PDF, DOCX) for search.

    The text is filled by a background task after upload or replacement; files that cannot
    be read are marked with a status instead of failing the upload.
    """

    class Extraction(models.TextChoices):
        PENDING = "pending", _("Waiting for text extraction")
        DONE = "done", _("Text extracted")
        EMPTY = "empty", _("No text found (image-only file?)")
        ENCRYPTED = "encrypted", _("Encrypted file")
        BROKEN = "broken", _("File could not be read")
        UNSUPPORTED = "unsupported", _("No text extraction for this file type")

    # Private storage with a random name (served by Wagtail's view or ``views.download`` after
    # their checks); the uploader's file name is kept for the download.
    file = models.FileField(
        upload_to=PrivateUploadTo("documents", keep_name_in="original_filename"),
        max_length=200,
        verbose_name=_("file"),
    )
    original_filename = models.CharField(
        _("original file name"), max_length=255, blank=True, editable=False
    )
    language = models.CharField(_("language"), max_length=12, blank=True)
    extracted_text = models.TextField(_("extracted text"), blank=True, editable=False)
    extraction_status = models.CharField(
        _("text extraction"),
        max_length=16,
        choices=Extraction.choices,
        default=Extraction.PENDING,
        editable=False,
    )
    page_count = models.PositiveIntegerField(_("pages"), null=True, blank=True, editable=False)
    # The first page of a PDF as an image (``resources.covers``), rendered once per file.
    cover = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    cover_source = models.CharField(max_length=200, blank=True, editable=False)

    admin_form_fields = Document.admin_form_fields + ("language",)

    # Wagtail's own index serves the admin's document chooser: title and tags only. The text
    # of the file is searched through the site's one index (search.SearchDocument).
    search_fields = AbstractDocument.search_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._loaded_file_name = instance.__dict__.get("file") and instance.file.name
        return instance

    @property
    def filename(self):
        """The uploader's file name (used in the document's URL and its download)."""
        return self.original_filename or os.path.basename(self.file.name)

    def save(self, *args, **kwargs):
        """Queue text extraction (after commit) when the file is new or replaced."""
        changed = getattr(self, "_loaded_file_name", None) != (
            self.file.name if self.file else None
        )
        if changed and self.file:
            self.extraction_status = self.Extraction.PENDING
            self.extracted_text = ""
            self.page_count = None
        super().save(*args, **kwargs)
        if changed and self.file:
            self._loaded_file_name = self.file.name
            from resources.tasks import extract_document_text

            pk = self.pk
            transaction.on_commit(lambda: extract_document_text.enqueue(pk))


class ResourceType(models.TextChoices):
    REPORT = "report", _("Report")
    MANUAL = "manual", _("Manual")
    GUIDELINE = "guideline", _("Guideline")
    STUDY = "study", _("Study or research")
    TOOLKIT = "toolkit", _("Toolkit")
    POLICY = "policy", _("Policy or position paper")
    EVALUATION = "evaluation", _("Evaluation")
    FACTSHEET = "factsheet", _("Factsheet or infographic")
    TRAINING = "training", _("Training material")
    VIDEO = "video", _("Video")


def validate_year(value):
    """Refuse publication years before MIN_YEAR."""
    if value is not None and value < MIN_YEAR:
        raise ValidationError(
            _("Only publications from %(year)s onwards are accepted.") % {"year": MIN_YEAR},
            code="too_old",
        )


MIN_YEAR = 2000


class ResourceIndexPage(RoutablePageMixin, Page):
    """The Resources section: a searchable, faceted listing of its resource pages."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["resources.ResourcePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("resource index")

    def get_context(self, request, *args, **kwargs):
        from resources.services import listing_context

        context = super().get_context(request, *args, **kwargs)
        context.update(listing_context(self, request))
        return context

    @path("")
    def listing(self, request):
        return self.render(request)

    @path("feed/rss/", name="rss")
    def rss(self, request):
        from resources.feeds import ResourceRssFeed

        return ResourceRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom(self, request):
        from resources.feeds import ResourceAtomFeed

        return ResourceAtomFeed(self)(request)

    @path("contribute/", name="contribute")
    def contribute(self, request):
        from resources.views import contribute

        return contribute(request, self)

    @path("contribute/<int:page_id>/", name="contribute_edit")
    def contribute_edit(self, request, page_id):
        from resources.views import contribute

        return contribute(request, self, page_id=page_id)


class ResourcePage(Page):
    """A publication: its metadata, files in one or more languages and their extracted text."""

    summary = models.TextField(_("summary"), blank=True)
    authors = models.CharField(
        _("authors"), max_length=500, blank=True, help_text=_("Separate authors with “;”.")
    )
    publisher = models.CharField(_("publisher or organisation"), max_length=200, blank=True)
    publication_year = models.PositiveSmallIntegerField(
        _("publication year"),
        null=True,
        blank=True,
        validators=[validate_year],
        help_text=_("Leave empty when unknown."),
    )
    publication_date = models.DateField(
        _("publication date"), null=True, blank=True, help_text=_("Optional exact date.")
    )
    resource_type = models.CharField(
        _("type"), max_length=20, choices=ResourceType.choices, default=ResourceType.REPORT
    )
    themes = ParentalManyToManyField("portal.Theme", blank=True, verbose_name=_("themes"))
    regions = ParentalManyToManyField("portal.Region", blank=True, verbose_name=_("regions"))
    countries = CountryField(_("countries"), multiple=True, blank=True)
    gcm_objectives = ParentalManyToManyField(
        "portal.GcmObjective", blank=True, verbose_name=_("GCM objectives")
    )
    is_iom = models.BooleanField(_("IOM publication"), default=False)
    doi = models.CharField(_("DOI"), max_length=200, blank=True, db_index=True)
    isbn = models.CharField(_("ISBN"), max_length=20, blank=True)
    external_url = models.URLField(_("external URL"), blank=True)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submitted_resources",
        editable=False,
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("authors"),
                FieldPanel("publisher"),
                FieldPanel("is_iom"),
                FieldPanel("publication_year"),
                FieldPanel("publication_date"),
                FieldPanel("resource_type"),
            ],
            heading=_("Publication"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("regions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("countries"),
                FieldPanel("gcm_objectives", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [FieldPanel("doi"), FieldPanel("isbn"), FieldPanel("external_url")],
            heading=_("Identifiers"),
        ),
        FieldPanel("cover_image"),
        InlinePanel("files", label=_("Files (one per language)")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("authors"),
        index.SearchField("publisher"),
        index.FilterField("resource_type"),
        index.FilterField("publication_year"),
    ]
    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resource")

    def clean(self):
        super().clean()
        if self.publication_date:
            validate_year(self.publication_date.year)
            if self.publication_year and self.publication_year != self.publication_date.year:
                raise ValidationError(
                    {"publication_year": _("The year must match the publication date.")}
                )
            self.publication_year = self.publication_date.year

    @property
    def author_list(self):
        return [a.strip() for a in self.authors.split(";") if a.strip()]

    @property
    def year_display(self):
        return str(self.publication_year) if self.publication_year else _("Date unknown")

    @property
    def languages(self):
        return sorted({f.language for f in self.files.all() if f.language})

    @property
    def shown_date(self):
        """The publication date, or 1 January of the year when only the year is known
        (``date_precision`` then says "year": pages show "2020", not a day)."""
        if self.publication_date:
            return self.publication_date
        if self.publication_year:
            return datetime.date(self.publication_year, 1, 1)
        return None

    @property
    def date_precision(self):
        return "day" if self.publication_date else "year"

    def cover(self, files=None):
        """The image shown as the resource's cover: the one editors chose, else the first
        page of its file in the page's language (else its first file). ``files`` defaults
        to ``self.files.all()`` (prefetched in listings)."""
        if self.cover_image_id:
            return self.cover_image
        from portal.core.i18n import locale_code

        files = [f for f in (self.files.all() if files is None else files) if f.document.cover_id]
        own = locale_code(self)
        files.sort(key=lambda f: (f.language != own, f.sort_order or 0))
        return files[0].document.cover if files else None

    def serve(self, request, *args, **kwargs):
        export = request.GET.get("export")
        if export:
            from resources.views import export_citation

            return export_citation(request, self, export)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from resources.services import detail_context

        context = super().get_context(request, *args, **kwargs)
        context.update(detail_context(self, request))
        return context


class ResourceFile(Orderable):
    """One file of a resource, in one language; its downloads are counted in
    ``DownloadCount``."""

    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="resource_files",
    )
    language = models.CharField(_("language"), max_length=8, choices=CONTENT_LANGUAGES)

    panels = [FieldPanel("document"), FieldPanel("language")]

    class Meta(Orderable.Meta):
        verbose_name = _("file")
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="resource_file_one_per_lang")
        ]


class DownloadCount(models.Model):
    """How often a resource's file in one language was downloaded, from any of the resource's
    translations: counted on the resource's canonical page (``portal.core.i18n.canonical``).
    Not a field of ``ResourceFile``: those rows are copied into every translation and
    rewritten from the revision each time a resource is published."""

    page = models.ForeignKey(ResourcePage, on_delete=models.CASCADE, related_name="download_counts")
    language = models.CharField(_("language"), max_length=8, choices=CONTENT_LANGUAGES)
    downloads = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        verbose_name = _("download count")
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="resource_download_count")
        ]

    def __str__(self):
        return f"{self.page_id} [{self.language}]: {self.downloads}"


class ResourceFacet(models.Model):
    """Denormalised facet values of a resource (one row per value), so that each facet's
    counts are one indexed aggregate over the filtered set of resources."""

    page = models.ForeignKey(ResourcePage, on_delete=models.CASCADE, related_name="facet_rows")
    facet = models.CharField(max_length=16)
    value = models.CharField(max_length=200)

    class Meta:
        indexes = [
            models.Index(fields=["facet", "value", "page"], name="resource_facet_fvp"),
            models.Index(fields=["page", "facet"], name="resource_facet_pf"),
        ]

    def __str__(self):
        return f"{self.facet}={self.value}"


# Models defined in the app's rooms, gathered here so Django finds them.
from resources.oai.models import DeletedRecord  # noqa: E402, F401
from resources.practices.models import (  # noqa: E402, F401
    GoodPracticeIndexPage,
    GoodPracticePage,
    PracticeDocument,
    PracticeIndicator,
)
