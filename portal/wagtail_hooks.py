"""Admin registration of the shared taxonomy, the glossary, the main menu, the footer and the
data sets as snippets (translatable with wagtail-localize); the documents hook."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

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
