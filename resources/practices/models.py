"""The good practice page type, its listing page, and its result figures and documents."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Orderable, Page
from wagtail.search import index

from portal.taxonomy.data import CONTENT_LANGUAGES


class EvidenceLevel(models.TextChoices):
    """How strongly the results are supported, strongest first (shown as a badge)."""

    EVALUATED = "evaluated", _("Independently evaluated")
    MONITORED = "monitored", _("Monitored with data")
    SELF_REPORTED = "self_reported", _("Self-reported")


class CostRange(models.TextChoices):
    UNKNOWN = "", _("Not stated")
    SMALL = "under_50k", _("Under USD 50,000")
    MEDIUM = "50k_250k", _("USD 50,000 to 250,000")
    LARGE = "250k_1m", _("USD 250,000 to 1 million")
    VERY_LARGE = "over_1m", _("Over USD 1 million")


# The three dimensions of the integrated approach to reintegration (Reintegration Handbook).
DIMENSIONS = (
    ("economic", _("Economic")),
    ("social", _("Social")),
    ("psychosocial", _("Psychosocial")),
)


class GoodPracticeIndexPage(RoutablePageMixin, Page):
    """The Good practices section: a filtered listing, and the guided submission form."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["resources.GoodPracticePage"]
    max_count_per_parent = 1
    template = "resources/practices/good_practice_index_page.html"

    class Meta:
        verbose_name = _("good practice index")

    def get_context(self, request, *args, **kwargs):
        from resources.practices.services import listing_context

        context = super().get_context(request, *args, **kwargs)
        context.update(listing_context(self, request))
        return context

    @path("")
    def listing(self, request):
        return self.render(request)

    @path("submit/", name="submit")
    def submit(self, request):
        from resources.practices.views import start

        return start(request, self)

    @re_path(r"^submit/(?P<page_id>\d+)/(?P<step>\d)/$", name="submit_step")
    def submit_step(self, request, page_id, step):
        from resources.practices.views import step as step_view

        return step_view(request, self, int(page_id), int(step))


class GoodPracticePage(Page):
    """A practice that worked: what problem, for whom, how, with what results and evidence."""

    summary = models.TextField(_("summary"))
    context = models.TextField(_("context and problem"), blank=True)
    target_group = models.TextField(_("target group"), blank=True)
    approach = models.TextField(_("approach and activities"), blank=True)
    results = models.TextField(_("results"), blank=True)
    evidence_level = models.CharField(
        _("evidence level"),
        max_length=16,
        choices=EvidenceLevel.choices,
        default=EvidenceLevel.SELF_REPORTED,
        help_text=_(
            "Independently evaluated: an external evaluation; monitored with data: the "
            "project's own monitoring figures; self-reported: the implementers' account."
        ),
    )
    evidence_note = models.TextField(
        _("evidence"), blank=True, help_text=_("Which evaluation, monitoring data or sources.")
    )
    lessons_learned = models.TextField(_("lessons learned"), blank=True)
    challenges = models.TextField(_("challenges"), blank=True)
    sustainability = models.TextField(_("sustainability and replicability"), blank=True)
    cost_range = models.CharField(
        _("cost range"), max_length=16, choices=CostRange.choices, blank=True, default=""
    )
    duration = models.CharField(_("duration"), max_length=100, blank=True)
    partners = models.TextField(_("partners and donors"), blank=True)
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_organisation = models.CharField(_("contact organisation"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_consent = models.BooleanField(
        _("the contact agreed to be shown"),
        default=False,
        help_text=_("The contact details are shown on the page only with this consent."),
    )
    countries = CountryField(_("countries"), multiple=True, blank=True)
    regions = ParentalManyToManyField("portal.Region", blank=True, verbose_name=_("regions"))
    themes = ParentalManyToManyField("portal.Theme", blank=True, verbose_name=_("themes"))
    gcm_objectives = ParentalManyToManyField(
        "portal.GcmObjective", blank=True, verbose_name=_("GCM objectives")
    )
    dimension_economic = models.BooleanField(_("economic dimension"), default=False)
    dimension_social = models.BooleanField(_("social dimension"), default=False)
    dimension_psychosocial = models.BooleanField(_("psychosocial dimension"), default=False)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submitted_practices",
        editable=False,
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("context"), FieldPanel("target_group"), FieldPanel("approach")],
            heading=_("Context and approach"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("results"),
                InlinePanel("indicators", label=_("Indicators and figures")),
                FieldPanel("evidence_level"),
                FieldPanel("evidence_note"),
            ],
            heading=_("Results and evidence"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("lessons_learned"),
                FieldPanel("challenges"),
                FieldPanel("sustainability"),
                FieldPanel("cost_range"),
                FieldPanel("duration"),
                FieldPanel("partners"),
            ],
            heading=_("Lessons and means"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_organisation"),
                FieldPanel("contact_email"),
                FieldPanel("contact_consent"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("gcm_objectives", widget=forms.CheckboxSelectMultiple),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("regions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("countries"),
                FieldPanel("dimension_economic"),
                FieldPanel("dimension_social"),
                FieldPanel("dimension_psychosocial"),
            ],
            heading=_("Classification"),
        ),
        InlinePanel("documents", label=_("Documents")),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary", boost=2)]
    parent_page_types = ["resources.GoodPracticeIndexPage"]
    subpage_types = []
    template = "resources/practices/good_practice_page.html"

    class Meta:
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")

    @property
    def dimensions(self):
        """The codes of the reintegration dimensions the practice addresses."""
        return [code for code, _label in DIMENSIONS if getattr(self, f"dimension_{code}")]

    @property
    def dimension_labels(self):
        labels = dict(DIMENSIONS)
        return [labels[code] for code in self.dimensions]

    @property
    def shows_contact(self):
        return self.contact_consent and bool(self.contact_name or self.contact_email)

    def get_context(self, request, *args, **kwargs):
        from resources.practices.services import detail_context

        context = super().get_context(request, *args, **kwargs)
        context.update(detail_context(self, request))
        return context


class PracticeIndicator(Orderable):
    """One result of a practice as a figure: "Returnees assisted" — "1,300"."""

    page = ParentalKey(GoodPracticePage, on_delete=models.CASCADE, related_name="indicators")
    indicator = models.CharField(_("indicator"), max_length=200)
    value = models.CharField(_("figure"), max_length=100)

    panels = [FieldPanel("indicator"), FieldPanel("value")]

    class Meta(Orderable.Meta):
        verbose_name = _("indicator")

    def __str__(self):
        return f"{self.indicator}: {self.value}"


class PracticeDocument(Orderable):
    """A document attached to a practice (its text is extracted and searched with it)."""

    page = ParentalKey(GoodPracticePage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="practice_documents",
    )
    language = models.CharField(
        _("language"), max_length=8, choices=CONTENT_LANGUAGES, default="en"
    )

    panels = [FieldPanel("document"), FieldPanel("language")]

    class Meta(Orderable.Meta):
        verbose_name = _("document")
