"""The StreamField block editors use to place a chart of a data set on a page."""

from django.core.cache import cache
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from portal.core.cache import versioned_key
from portal.taxonomy.data import REGIONS

CHART_CHOICES = [
    ("totals", _("Totals and change from the previous year")),
    ("hosts", _("Main host countries by region (bar charts)")),
    ("origins", _("Main countries of origin by region (bar charts)")),
    ("origin-map", _("Map of returns by country of origin")),
]


def dataset_choices():
    """The data sets an editor can chart, by slug (read when the form is shown)."""
    from portal.datasets.models import Dataset

    return [(d.slug, str(d)) for d in Dataset.objects.only("slug", "title", "year")]


class DataChartBlock(blocks.StructBlock):
    """A chart of a data set, drawn as SVG with its figures as a table and a CSV download."""

    dataset = blocks.ChoiceBlock(choices=dataset_choices, label=_("Data set"))
    chart = blocks.ChoiceBlock(choices=CHART_CHOICES, default="totals", label=_("Chart"))
    region = blocks.ChoiceBlock(
        choices=REGIONS,
        required=False,
        label=_("Region"),
        help_text=_("For the bar charts by region: leave empty to show every region."),
    )

    class Meta:
        icon = "table"
        label = _("Data chart")
        template = "portal/data/chart_block.html"

    def render(self, value, context=None):
        """The chart's HTML, drawn once per data set, chart, region and language until a data
        set changes (``bump("datasets")``): drawing four charts cost a page 200 ms."""
        key = versioned_key(
            "datasets",
            value.get("dataset"),
            value.get("chart"),
            value.get("region") or "",
            get_language(),
        )
        html = cache.get(key)
        if html is None:
            html = super().render(value, context)
            cache.set(key, html, 24 * 3600)
        return html

    def get_context(self, value, parent_context=None):
        from portal.datasets.charts import build

        context = super().get_context(value, parent_context=parent_context)
        context["charts"] = build(value.get("dataset"), value.get("chart"), value.get("region"))
        return context
