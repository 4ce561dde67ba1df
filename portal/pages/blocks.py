"""StreamField blocks of the portal's generic and home pages."""

from decimal import Decimal

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from portal.core.registry import home_section_choices
from portal.datasets.blocks import DataChartBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        template = "portal/blocks/heading.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        help_text=_("Describe the image for people who cannot see it; leave empty if decorative."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False)
    credit = blocks.CharBlock(label=_("Credit"), required=False)

    class Meta:
        icon = "image"
        template = "portal/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False)

    class Meta:
        icon = "openquote"
        template = "portal/blocks/quote.html"


class VideoEmbedBlock(blocks.StructBlock):
    """A video from an external provider, shown as a link so nothing loads until asked."""

    video = EmbedBlock(label=_("Video URL"))
    title = blocks.CharBlock(label=_("Title"))
    transcript = blocks.RichTextBlock(label=_("Transcript"), required=False)

    class Meta:
        icon = "media"
        template = "portal/blocks/embed.html"

    def get_context(self, value, parent_context=None):
        from urllib.parse import urlparse

        context = super().get_context(value, parent_context=parent_context)
        url = getattr(value.get("video"), "url", "") or ""
        host = (urlparse(url).hostname or "").lower().removeprefix("www.")
        context["video"] = {
            "title": value.get("title"),
            "external_url": url,
            "external_host": host,
            "transcript": value.get("transcript"),
        }
        return context


VIDEO_TYPES = {"mp4": "video/mp4", "webm": "video/webm", "ogv": "video/ogg"}


def _extension(document):
    name = getattr(document, "filename", "") or document.file.name
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


class VideoBlock(blocks.StructBlock):
    """A story's video: an uploaded file (MP4, WebM) played in the page with WebVTT captions
    and a transcript, or the video's address elsewhere shown as a link (nothing loaded from
    the other site). Rendered by ``templates/includes/video_player.html``."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    file = DocumentChooserBlock(
        label=_("Video file"), required=False, help_text=_("An MP4 or WebM file.")
    )
    captions = DocumentChooserBlock(
        label=_("Captions"), required=False, help_text=_("A WebVTT file (.vtt).")
    )
    captions_language = blocks.ChoiceBlock(
        choices=settings.LANGUAGES, default="en", label=_("Language of the captions")
    )
    url = blocks.URLBlock(label=_("Or the video's address on another site"), required=False)
    transcript = blocks.RichTextBlock(
        label=_("Transcript"), required=False, features=["bold", "italic", "link", "ul"]
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "portal/blocks/video.html"

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks.struct_block import StructBlockValidationError

        from portal.security.webvtt import validate_webvtt_file

        value = super().clean(value)
        errors = {}
        if not value.get("file") and not value.get("url"):
            errors["file"] = ValidationError(_("Choose a video file or give its address."))
        elif value.get("file") and _extension(value["file"]) not in VIDEO_TYPES:
            errors["file"] = ValidationError(_("Choose an MP4 or WebM file."))
        if value.get("captions"):
            try:
                with value["captions"].open_file() as handle:
                    validate_webvtt_file(handle)
            except ValidationError as error:
                errors["captions"] = error
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["video"] = video_context(value)
        return context


def video_context(value):
    """The player include's ``video`` dict for a :class:`VideoBlock` value."""
    from urllib.parse import urlparse

    video = {"title": value.get("title"), "transcript": value.get("transcript")}
    document = value.get("file")
    if document is not None and _extension(document) in VIDEO_TYPES:
        video |= {
            "src": document.url,
            "mime": VIDEO_TYPES[_extension(document)],
            "download_url": document.url,
        }
        if value.get("captions") is not None:
            video |= {
                "captions_src": value["captions"].url,
                "captions_lang": value.get("captions_language") or "en",
            }
    elif value.get("url"):
        host = (urlparse(value["url"]).hostname or "").lower().removeprefix("www.")
        video |= {"external_url": value["url"], "external_host": host}
    return video


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or a web address"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)

    class Meta:
        icon = "pick"
        template = "portal/blocks/call_to_action.html"

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks.struct_block import StructBlockValidationError

        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or give a web address."))}
            )
        return value


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(label=_("Label"), required=False)


class DocumentListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False)
    documents = blocks.ListBlock(DocumentLinkBlock(), label=_("Documents"))

    class Meta:
        icon = "doc-full"
        template = "portal/blocks/documents.html"


class KeyMessagesBlock(blocks.StructBlock):
    """The few points a reader must take away, shown as a highlighted list."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120, default=_("Key messages"))
    messages = blocks.ListBlock(blocks.TextBlock(label=_("Message")), label=_("Messages"))

    class Meta:
        icon = "list-ul"
        label = _("Key messages")
        template = "portal/blocks/key_messages.html"


def country_choices():
    """Every country (ISO 3166-1 alpha-2), named in the active language."""
    from django_countries import countries

    return list(countries)


def theme_choices():
    """The themes by slug (the same in every language), named in the default language."""
    from portal.core.i18n import default_locale_id
    from portal.taxonomy.models import Theme

    return list(
        Theme.objects.filter(locale_id=default_locale_id()).values_list("slug", "name")[:100]
    )


class CaseStudyBlock(blocks.StructBlock):
    """A practice from the field: where, what was done and where to read more. Its country and
    themes let the Knowledge landing page list and filter the case studies of its pages."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    place = blocks.CharBlock(label=_("Country or place"), required=False, max_length=120)
    country = blocks.ChoiceBlock(
        choices=country_choices,
        required=False,
        label=_("Country"),
        help_text=_("The country the case is from: the Knowledge page filters by it."),
    )
    themes = blocks.MultipleChoiceBlock(choices=theme_choices, required=False, label=_("Themes"))
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul", "ol"])
    source = blocks.CharBlock(label=_("Source"), required=False, max_length=255)

    class Meta:
        icon = "doc-full"
        label = _("Case study")
        template = "portal/blocks/case_study.html"


class DataRowBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Row label"), max_length=120)
    values = blocks.ListBlock(blocks.CharBlock(label=_("Value"), max_length=60), label=_("Values"))


class DataTableBlock(blocks.StructBlock):
    """A small table of figures with a caption, column headings and its source."""

    caption = blocks.CharBlock(label=_("Caption"), max_length=200)
    row_heading = blocks.CharBlock(label=_("First column heading"), max_length=60)
    columns = blocks.ListBlock(
        blocks.CharBlock(label=_("Column heading"), max_length=60), label=_("Columns")
    )
    rows = blocks.ListBlock(DataRowBlock(), label=_("Rows"))
    source = blocks.CharBlock(label=_("Source"), required=False, max_length=255)

    class Meta:
        icon = "table"
        label = _("Data table")
        template = "portal/blocks/data_table.html"


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Rich text"),
        features=["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link", "hr"],
        template="portal/blocks/paragraph.html",
    )
    image = ImageBlock()
    quote = QuoteBlock()
    embed = VideoEmbedBlock()
    video = VideoBlock()
    call_to_action = CallToActionBlock()
    documents = DocumentListBlock()
    key_messages = KeyMessagesBlock()
    case_study = CaseStudyBlock()
    data_table = DataTableBlock()
    data_chart = DataChartBlock()


class KeyFigureBlock(blocks.StructBlock):
    """A headline figure: a number (shown with each language's thousands separator, 64,958 /
    64 958 / 64.958) with optional text before and after it, what it counts and its source."""

    prefix = blocks.CharBlock(
        label=_("Before the figure"),
        required=False,
        max_length=10,
        help_text=_("Optional text before the number, for example US$"),
    )
    number = blocks.DecimalBlock(
        label=_("Figure"),
        decimal_places=2,
        help_text=_(
            "Digits only, for example 64958: each language shows it with its own separators."
        ),
    )
    suffix = blocks.CharBlock(
        label=_("After the figure"),
        required=False,
        max_length=20,
        help_text=_("Optional text after the number, for example million"),
    )
    label = blocks.CharBlock(label=_("What it counts"), max_length=160)
    source = blocks.CharBlock(label=_("Source"), required=False, max_length=200)

    class Meta:
        icon = "order"
        template = "portal/blocks/key_figure.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["figure"] = plain_number(value.get("number"))
        return context


def plain_number(value):
    """A figure without meaningless decimals: ``Decimal("64958.00")`` → ``64958``."""
    if value is None:
        return None
    value = Decimal(value)
    return int(value) if value == value.to_integral_value() else value.normalize()


class ListingSectionBlock(blocks.StructBlock):
    """A home page section filled by an app (latest resources, upcoming webinars...)."""

    source = blocks.ChoiceBlock(choices=home_section_choices, label=_("Content"))
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    intro = blocks.TextBlock(label=_("Introduction"), required=False)
    count = blocks.IntegerBlock(label=_("How many items"), default=3, min_value=1, max_value=12)

    class Meta:
        icon = "list-ul"
        template = "portal/blocks/listing_section.html"


class HomeSectionsBlock(blocks.StreamBlock):
    listing = ListingSectionBlock()
    call_to_action = CallToActionBlock()
    paragraph = blocks.RichTextBlock(label=_("Rich text"), template="portal/blocks/paragraph.html")
