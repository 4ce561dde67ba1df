"""The data sets in the Wagtail admin: a snippet whose form takes the figures as a CSV file."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.datasets.forms import DatasetForm
from portal.datasets.models import Dataset


class DatasetViewSet(SnippetViewSet):
    model = Dataset
    icon = "table"
    menu_label = _("Data sets")
    menu_order = 270
    add_to_admin_menu = True
    list_display = ["title", "year", "slug", "updated_at"]
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel("slug"),
            FieldPanel("year"),
            FieldPanel("source"),
            FieldPanel("csv_file"),
        ],
        base_form_class=DatasetForm,
    )
