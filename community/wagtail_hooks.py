"""Wagtail admin: community groups are managed as snippets.

The moderation log (``ModerationAction``) is written by ``community.moderation``; it has no admin
view."""

from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .discussions.models import Group


class GroupViewSet(SnippetViewSet):
    model = Group
    icon = "group"
    menu_label = "Community groups"
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
