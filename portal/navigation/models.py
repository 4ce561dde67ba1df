"""The site chrome editors can change and translate: the main menu and the footer.

Both are translatable snippets (one per locale, translated with wagtail-localize). The site
shows the first one created; ``portal.navigation.menus`` reads them through the cache and falls
back to the built-in menu and footer texts while none exists.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin


class NavigationLinkBlock(blocks.StructBlock):
    """A label and where it leads: a page of the site (shown in the visitor's language) or an
    address."""

    label = blocks.CharBlock(label=_("Label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.CharBlock(
        label=_("Or an address"),
        required=False,
        max_length=300,
        help_text=_("A full web address (https://…) or a path on this site, such as /sitemap.xml"),
    )

    class Meta:
        icon = "link"
        label = _("Link")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or give an address."))}
            )
        url = value.get("url") or ""
        if url and not url.startswith(("/", "https://", "http://", "mailto:")):
            raise StructBlockValidationError(
                block_errors={
                    "url": ValidationError(_("Start the address with /, https:// or mailto:."))
                }
            )
        return value


class LinksBlock(blocks.StreamBlock):
    link = NavigationLinkBlock()


class NavigationMenu(TranslatableMixin, models.Model):
    """The main menu under the site header (and repeated in the footer)."""

    name = models.CharField(
        _("name"), max_length=100, help_text=_("For editors only, for example “Main menu”.")
    )
    items = StreamField(LinksBlock(), verbose_name=_("links"))

    panels = [FieldPanel("name"), FieldPanel("items")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation menu")
        verbose_name_plural = _("navigation menus")

    def __str__(self):
        return self.name


class FooterText(TranslatableMixin, models.Model):
    """The footer's description of the platform, its links and the reuse note."""

    about = models.TextField(_("about the platform"), max_length=400)
    links_heading = models.CharField(_("links heading"), max_length=80)
    links = StreamField(LinksBlock(), blank=True, verbose_name=_("links"))
    legal = models.TextField(_("reuse note"), max_length=400, blank=True)

    panels = [
        FieldPanel("about"),
        FieldPanel("links_heading"),
        FieldPanel("links"),
        FieldPanel("legal"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self):
        return str(_("Footer")) + f" ({self.locale})"
