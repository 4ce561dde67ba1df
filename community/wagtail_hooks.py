"""Wagtail admin: community groups are managed as snippets.

Groups are translatable: the listing shows one locale at a time (Wagtail's locale selector for
translatable snippets) and wagtail-localize adds "Translate" to each group; a translation only
holds the name and description, everything else follows the source group.

The moderation log (``ModerationAction``) is written by ``community.moderation``; it has no admin
view."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .discussions.models import Group


class GroupViewSet(SnippetViewSet):
    model = Group
    icon = "group"
    menu_label = _("Community groups")
    list_display = ["name", "access"]
    search_fields = ["name"]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("access"),
        FieldPanel("themes"),
        FieldPanel("hold_first_posts"),
    ]


register_snippet(GroupViewSet)
