"""Admin registration of the shared taxonomy, the glossary, the main menu, the footer and the
data sets as snippets (translatable with wagtail-localize); the documents hook."""

from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal.core.registry import work_queues
from portal.datasets.admin import DatasetViewSet
from portal.models import FooterText, GcmObjective, GlossaryTerm, NavigationMenu, Theme
from portal.security.media import only_live_pages_documents


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "openquote"
    list_display = ["term", "acronym", "source"]
    search_fields = ["term", "acronym"]


class GcmObjectiveViewSet(SnippetViewSet):
    model = GcmObjective
    icon = "list-ol"
    list_display = ["number", "title", "locale"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomy")
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (ThemeViewSet, GlossaryTermViewSet, GcmObjectiveViewSet)


register_snippet(TaxonomyGroup)


class NavigationMenuViewSet(SnippetViewSet):
    model = NavigationMenu
    icon = "list-ul"
    list_display = ["name", "locale"]


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "doc-empty"
    list_display = ["links_heading", "locale"]


class NavigationGroup(SnippetViewSetGroup):
    menu_label = _("Menus and footer")
    menu_icon = "list-ul"
    menu_order = 260
    items = (NavigationMenuViewSet, FooterTextViewSet)


register_snippet(NavigationGroup)

register_snippet(DatasetViewSet)


hooks.register("before_serve_document", only_live_pages_documents)


# --- Admin branding and the editors' and moderators' work queues ---------------------------


@hooks.register("insert_global_admin_css")
def admin_brand_css():
    """The site's colours and logo in the admin (Wagtail's theming custom properties)."""
    return format_html('<link rel="stylesheet" href="{}">', static("admin-brand/admin.css"))


class WorkQueuesPanel(Component):
    """What waits for this editor or moderator: one row per work queue an app registered
    (``portal.core.registry.WorkQueue``) that the user can act on, with its count."""

    name = "work_queues"
    template_name = "wagtailadmin/home/work_queues.html"
    order = 50

    def __init__(self, queues):
        self.queues = queues

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["queues"] = self.queues
        return context


def queues_for(user):
    """The work queues ``user`` can act on, each with its count and address."""
    return [
        {"key": q.key, "label": q.label, "count": q.count(user), "url": q.url()}
        for q in work_queues()
        if q.permission(user)
    ]


@hooks.register("construct_homepage_panels")
def work_queues_panel(request, panels):
    queues = queues_for(request.user)
    if queues:
        panels.insert(0, WorkQueuesPanel(queues))
