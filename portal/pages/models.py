"""The home page and the generic content page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.navigation.models import LinksBlock
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
        help_text=_("Its description is the alternative text; leave that empty if decorative."),
    )
    hero_image_credit = models.CharField(_("hero image credit"), max_length=160, blank=True)
    hero_links = StreamField(
        LinksBlock(),
        blank=True,
        verbose_name=_("hero buttons"),
        help_text=_("One or two links under the introduction; the first is the main button."),
    )
    key_figures_heading = models.CharField(_("key figures heading"), max_length=120, blank=True)
    key_figures = StreamField(
        [("figure", KeyFigureBlock())], blank=True, verbose_name=_("key figures")
    )
    sections = StreamField(HomeSectionsBlock(), blank=True, verbose_name=_("sections"))

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_text"),
                FieldPanel("hero_links"),
                FieldPanel("hero_image"),
                FieldPanel("hero_image_credit"),
            ],
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

    def get_context(self, request, *args, **kwargs):
        from portal.navigation.menus import stream_links

        context = super().get_context(request, *args, **kwargs)
        context["hero_buttons"] = stream_links(self.hero_links, request)
        return context


class ContentPage(Page):
    """A generic page: a summary and a body of headings, text, images, quotes and links."""

    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences shown in listings.")
    )
    date = models.DateField(
        _("date"),
        null=True,
        blank=True,
        help_text=_(
            "The date shown with a story or news item, such as a press release's date; "
            "leave empty for an undated article."
        ),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown at the top of the page and on its cards; its description is the alt text."
        ),
    )
    image_credit = models.CharField(_("image credit"), max_length=160, blank=True)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))
    list_children = models.BooleanField(
        _("list child pages"), default=False, help_text=_("Show the pages below this one.")
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("date"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_credit")], heading=_("Image")),
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
            from portal.pages.sections import STORY_ORDER

            context["children"] = (
                ContentPage.objects.child_of(self)
                .live()
                .public()
                .select_related("image")
                .prefetch_related("image__renditions")
                .order_by(*STORY_ORDER)
            )
        return context

    @property
    def shown_date(self):
        """The date listings and the page show: the editor's (a story's own date); none
        otherwise, rather than the day the page happened to be published."""
        return self.date


class KnowledgeIndexPage(Page):
    """The Knowledge section's landing page: its key concepts, data pages and glossary as
    cards, and the case studies of its pages, filterable by country and theme
    (``portal.pages.knowledge``)."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("knowledge landing page")

    def get_context(self, request, *args, **kwargs):
        from portal.pages.knowledge import landing_context

        context = super().get_context(request, *args, **kwargs)
        context.update(landing_context(self, request))
        return context
