"""The glossary: short definitions of the terms and acronyms practitioners meet."""

import unicodedata

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.search import index

from portal.core.search import narrow

GLOSSARY_FEATURES = ["bold", "italic", "link", "ul"]
ARABIC_ARTICLE = "ال"
ALEF_FORMS = str.maketrans("أإآ", "ااا")


class GlossaryTerm(TranslatableMixin, index.Indexed, models.Model):
    """A term (with its acronym, if any) and a definition written for practitioners."""

    term = models.CharField(_("term"), max_length=160)
    acronym = models.CharField(_("acronym"), max_length=20, blank=True)
    definition = RichTextField(_("definition"), features=GLOSSARY_FEATURES)
    source = models.CharField(
        _("source"), max_length=255, blank=True, help_text=_("Where the definition comes from.")
    )
    themes = models.ManyToManyField("portal.Theme", blank=True, verbose_name=_("themes"))

    panels = [
        FieldPanel("term"),
        FieldPanel("acronym"),
        FieldPanel("definition"),
        FieldPanel("source"),
        FieldPanel("themes"),
    ]
    search_fields = [
        index.SearchField("term", boost=3),
        index.SearchField("acronym", boost=3),
        index.SearchField("definition"),
        index.AutocompleteField("term"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["term"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")

    def __str__(self):
        return f"{self.term} ({self.acronym})" if self.acronym else self.term

    @property
    def anchor(self):
        return f"term-{self.translation_key.hex[:12]}"

    @property
    def sort_key(self):
        """The term as dictionaries file it: accents folded (É under E), and in Arabic the
        article ال and the hamza on alef left out (العودة under ع, الأطفال under ا)."""
        term = (self.term or "").strip()
        if term.startswith(ARABIC_ARTICLE) and len(term) > len(ARABIC_ARTICLE):
            term = term[len(ARABIC_ARTICLE) :]
        term = unicodedata.normalize("NFKD", term.translate(ALEF_FORMS))
        return "".join(c for c in term if not unicodedata.combining(c)).casefold()

    @property
    def letter(self):
        first = (self.sort_key or "#")[0].upper()
        return first if first.isalpha() else "#"


class GlossaryPage(Page):
    """Lists the glossary terms of the page's language, A to Z, with a filter box."""

    intro = RichTextField(_("introduction"), blank=True, features=GLOSSARY_FEATURES)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on the glossary's card; its description is the alt text."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("image")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    max_count_per_parent = 1
    subpage_types = []

    class Meta:
        verbose_name = _("glossary page")

    @cached_property
    def term_locale(self):
        """Terms in the page's language, or English ones where no translation exists yet."""
        if GlossaryTerm.objects.filter(locale_id=self.locale_id).exists():
            return self.locale
        return Locale.get_default()

    def terms(self, query="", request=None):
        """The terms listed, narrowed by ``query`` through the site's one search index
        (terms, acronyms and definitions; stemmed, accents folded)."""
        terms = GlossaryTerm.objects.filter(locale=self.term_locale)
        query = query.strip()[:100]
        if query:
            code = self.term_locale.language_code
            terms = narrow(terms, request, query, "glossary", locale=code, language=code)
        return terms.order_by("term")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = request.GET.get("q", "")
        groups = {}
        for term in sorted(self.terms(query, request), key=lambda term: term.sort_key):
            groups.setdefault(term.letter, []).append(term)
        context.update(query=query.strip()[:100], groups=sorted(groups.items()))
        return context
