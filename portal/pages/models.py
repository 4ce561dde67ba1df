"""The home page and the generic content page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.pages.blocks import BodyStreamBlock, HomeSectionsBlock, KeyFigureBlock


class HomePage(Page):
    """The front page of a locale: what the platform is, key figures and live sections."""

    hero_title = models.CharField(_("hero title"), max_length=200, blank=True)
    hero_text = RichTextField(_("hero text"), blank=True, features=["bold", "italic", "link"])
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    key_figures_heading = models.CharField(_("key figures heading"), max_length=120, blank=True)
    key_figures = StreamField(
        [("figure", KeyFigureBlock())], blank=True, verbose_name=_("key figures")
    )
    sections = StreamField(HomeSectionsBlock(), blank=True, verbose_name=_("sections"))

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_text"), FieldPanel("hero_image")],
            heading=_("Introduction"),
        ),
        MultiFieldPanel(
            [FieldPanel("key_figures_heading"), FieldPanel("key_figures")],
            heading=_("Key figures"),
        ),
        FieldPanel("sections"),
    ]
    search_fields = Page.search_fields + [index.SearchField("hero_text")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = None

    class Meta:
        verbose_name = _("home page")


class ContentPage(Page):
    """A generic page: a summary and a body of headings, text, images, quotes and links."""

    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences shown in listings.")
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))
    list_children = models.BooleanField(
        _("list child pages"), default=False, help_text=_("Show the pages below this one.")
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("list_children"),
    ]
    # Wagtail's index is for the admin's search (titles, summaries); the body is searched
    # through the site's one index (portal.core.search).
    search_fields = Page.search_fields + [index.SearchField("summary", boost=2)]

    class Meta:
        verbose_name = _("content page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.list_children:
            context["children"] = (
                self.get_children().live().public().specific().order_by("-first_published_at")
            )
        return context
