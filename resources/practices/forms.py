"""The three steps of the guided good practice submission."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from wagtail.models import Locale

from portal.models import GcmObjective, Region, Theme
from portal.security.uploads import validate_document_upload
from portal.taxonomy.data import CONTENT_LANGUAGES
from resources import contributions
from resources.forms import ErrorSummaryMixin
from resources.practices.models import DIMENSIONS, CostRange, EvidenceLevel


def _text(label, help_text="", required=True, rows=4, max_length=4000):
    return forms.CharField(
        label=label,
        help_text=help_text,
        required=required,
        max_length=max_length,
        widget=forms.Textarea(attrs={"rows": rows}),
    )


def _in_locale(model, locale):
    """A translatable snippet's rows in ``locale``, else in the default locale."""
    rows = model.objects.filter(locale=locale or Locale.get_active())
    return rows if rows.exists() else model.objects.filter(locale=Locale.get_default())


class ContextStep(ErrorSummaryMixin, forms.Form):
    """Step 1: the practice, its context and problem, for whom and where."""

    title = forms.CharField(label=_("Name of the practice"), max_length=255)
    summary = _text(_("Summary"), _("What the practice does and achieved, in a few sentences."))
    context = _text(_("Context and problem"), _("What situation or problem it answered."))
    target_group = _text(_("Target group"), _("Who it was for, and how many."), rows=3)
    countries = forms.MultipleChoiceField(
        label=_("Countries"),
        choices=[],
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("Hold Ctrl (or Cmd) to choose several."),
    )
    regions = forms.ModelMultipleChoiceField(
        label=_("Regions"),
        queryset=Region.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    dimensions = forms.MultipleChoiceField(
        label=_("Reintegration dimensions"),
        choices=DIMENSIONS,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Which dimensions of reintegration the practice supports."),
    )
    duration = forms.CharField(
        label=_("Duration"), max_length=100, required=False, help_text=_("e.g. 18 months")
    )
    partners = _text(_("Partners and donors"), required=False, rows=2, max_length=2000)

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["countries"].choices = list(countries)
        themes = _in_locale(Theme, locale)
        if themes.exists():
            self.fields["themes"].queryset = themes.order_by("sort_order", "name")
        else:
            del self.fields["themes"]


class ApproachStep(ErrorSummaryMixin, forms.Form):
    """Step 2: what was done, what came of it and what was learnt."""

    approach = _text(_("Approach and activities"), _("What was done, step by step."), rows=6)
    results = _text(_("Results"), _("What changed, for whom; figures go in the table below."))
    lessons_learned = _text(_("Lessons learned"))
    challenges = _text(_("Challenges"), required=False, rows=3)
    sustainability = _text(
        _("Sustainability and replicability"),
        _("Does it last after the funding, and could others do it elsewhere?"),
        required=False,
        rows=3,
    )
    cost_range = forms.ChoiceField(label=_("Cost range"), choices=CostRange.choices, required=False)

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)


class IndicatorRow(ErrorSummaryMixin, forms.Form):
    indicator = forms.CharField(label=_("Indicator"), max_length=200, required=False)
    value = forms.CharField(label=_("Figure"), max_length=100, required=False)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("indicator") and not cleaned.get("value"):
            self.add_error("value", _("Give the figure of this indicator."))
        if cleaned.get("value") and not cleaned.get("indicator"):
            self.add_error("indicator", _("Say what this figure measures."))
        return cleaned


def indicator_formset(data=None, rows=()):
    """The figures table: the saved rows plus empty ones, up to four shown."""
    initial = [{"indicator": r.indicator, "value": r.value} for r in rows]
    formset_class = forms.formset_factory(
        IndicatorRow, extra=max(1, 4 - len(initial)), max_num=10, absolute_max=10
    )
    return formset_class(data, initial=initial or None, prefix="indicators")


def indicator_rows(formset):
    return [
        row.cleaned_data
        for row in formset.forms
        if row.cleaned_data.get("indicator") and row.cleaned_data.get("value")
    ]


class EvidenceStep(ErrorSummaryMixin, forms.Form):
    """Step 3: the evidence, the GCM objectives, a document and the contact's consent."""

    evidence_level = forms.ChoiceField(
        label=_("Evidence level"),
        choices=EvidenceLevel.choices,
        widget=forms.RadioSelect,
        help_text=_(
            "Choose honestly: an independent evaluation, your own monitoring data, or your "
            "own account."
        ),
    )
    evidence_note = _text(
        _("Evidence"),
        _("Which evaluation or monitoring data, and where to read it."),
        required=False,
        rows=3,
    )
    gcm_objectives = forms.ModelMultipleChoiceField(
        label=_("GCM objectives"),
        queryset=GcmObjective.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The Global Compact for Migration objectives the practice serves."),
    )
    document = forms.FileField(
        label=_("Document (PDF)"),
        required=False,
        help_text=_("An evaluation, report or description, up to %(size)s MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf"}),
    )
    document_language = forms.ChoiceField(
        label=_("Language of the document"), choices=CONTENT_LANGUAGES, initial="en"
    )
    contact_name = forms.CharField(label=_("Contact person"), max_length=200, required=False)
    contact_organisation = forms.CharField(
        label=_("Contact organisation"), max_length=200, required=False
    )
    contact_email = forms.EmailField(label=_("Contact email"), required=False)
    contact_consent = forms.BooleanField(
        label=_("The contact agrees that these details are shown on the practice's page."),
        required=False,
    )

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["gcm_objectives"].queryset = _in_locale(GcmObjective, locale).order_by("number")
        size = contributions.max_upload_bytes() // (1024 * 1024)
        self.fields["document"].help_text = self.fields["document"].help_text % {"size": size}

    def clean_document(self):
        upload = self.cleaned_data.get("document")
        if upload:
            validate_document_upload(
                upload, allowed=("pdf",), max_bytes=contributions.max_upload_bytes()
            )
        return upload or None

    def clean(self):
        cleaned = super().clean()
        level = cleaned.get("evidence_level")
        if level in (EvidenceLevel.EVALUATED, EvidenceLevel.MONITORED) and not cleaned.get(
            "evidence_note"
        ):
            self.add_error(
                "evidence_note", _("Say which evaluation or data support this evidence level.")
            )
        if cleaned.get("contact_consent") and not (
            cleaned.get("contact_name") or cleaned.get("contact_email")
        ):
            self.add_error(
                "contact_name", _("Give the contact's name or email, or untick consent.")
            )
        return cleaned


STEP_FORMS = {1: ContextStep, 2: ApproachStep, 3: EvidenceStep}
STEP_TITLES = {
    1: _("Context"),
    2: _("Approach and results"),
    3: _("Evidence, files and consent"),
}


def initial_for(page, step):
    """A step's initial values from the saved draft."""
    from resources.practices.services import STEP_FIELDS, STEP_RELATIONS

    initial = {name: getattr(page, name) for name in STEP_FIELDS[step]}
    for name in STEP_RELATIONS.get(step, ()):
        initial[name] = list(getattr(page, name).all())
    if step == 1:
        initial["countries"] = [c.code for c in page.countries]
        initial["dimensions"] = page.dimensions
    return initial
