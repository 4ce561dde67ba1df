"""Demo good practices: the Good practices index and twelve practices from the seeds' national
initiatives (``resources.demo.practices_content``), six with a generated multi-page PDF, each
translated (titles and summaries) into French and Arabic, some into Spanish. Idempotent."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from portal.demo.utils import ensure_page, translate_page
from portal.models import GcmObjective, Region, Theme, region_for_country
from resources.demo import build_pdf
from resources.demo.practices_content import INDEX, PRACTICES, TRANSLATIONS
from resources.models import GoodPracticeIndexPage, GoodPracticePage, PracticeDocument
from resources.practices.models import PracticeIndicator

NOTE = "Demo file of the Return & Reintegration Hub: a summary written for the demo."


def _documents(existing, item):
    """The practice's document rows: kept when already there, else a new generated PDF."""
    if not item.get("pdf"):
        return []
    title = f"{item['title'][:200]} (practice brief)"
    if existing is not None:
        rows = list(existing.documents.select_related("document"))
        if any(r.document.title == title for r in rows):
            return rows
    from resources.tasks import extract_document_text

    sections = item["pdf"]
    document = get_document_model()(title=title, language="en")
    content = build_pdf(
        item["title"], [item["summary"]], sections=sections, note=NOTE, language="en"
    )
    document.file.save(f"{item['slug'][:80]}.pdf", ContentFile(content), save=False)
    document.save()
    extract_document_text.call(document.pk)  # searchable as soon as the page is published
    return [PracticeDocument(document=document, language="en")]


def load(home, stdout=None):
    """The Good practices index (with its translations) and the demo practices."""
    index = ensure_page(
        home,
        GoodPracticeIndexPage,
        "good-practices",
        title="Good practices",
        intro=(
            "What worked in return and reintegration, for whom and with what evidence: "
            "practices shared by practitioners and reviewed by editors. Filter them by "
            "evidence level, GCM objective, dimension, theme or place, and share your own."
        ),
        show_in_menus=True,
    )
    themes = {t.slug: t for t in Theme.objects.filter(locale=home.locale)}
    regions = {r.code: r for r in Region.objects.all()}
    objectives = {o.number: o for o in GcmObjective.objects.filter(locale=home.locale)}
    for item in PRACTICES:
        existing = GoodPracticePage.objects.child_of(index).filter(slug=item["slug"]).first()
        codes = {region_for_country(c) for c in item["countries"]} - {None}
        ensure_page(
            index,
            GoodPracticePage,
            item["slug"],
            title=item["title"],
            summary=item["summary"],
            context=item["context"],
            target_group=item["target_group"],
            approach=item["approach"],
            results=item["results"],
            evidence_level=item["evidence"],
            evidence_note=item["evidence_note"],
            lessons_learned=item["lessons"],
            challenges=item["challenges"],
            sustainability=item["sustainability"],
            cost_range=item["cost"],
            duration=item["duration"],
            partners=item["partners"],
            countries=item["countries"],
            regions=[regions[c] for c in sorted(codes) if c in regions],
            themes=[themes[s] for s in item["themes"] if s in themes],
            gcm_objectives=[objectives[n] for n in item["gcm"] if n in objectives],
            dimension_economic="economic" in item["dimensions"],
            dimension_social="social" in item["dimensions"],
            dimension_psychosocial="psychosocial" in item["dimensions"],
            indicators=[PracticeIndicator(indicator=i, value=v) for i, v in item["indicators"]],
            documents=_documents(existing, item),
        )
    count = _translate(index)
    if stdout is not None:
        stdout.write(f"  {len(PRACTICES)} good practices, {count} translations")
    return index


def _translate(index):
    for code, fields in INDEX.items():
        translate_page(index, code, **fields)
    count = 0
    for slug, languages in TRANSLATIONS.items():
        source = GoodPracticePage.objects.child_of(index).get(slug=slug)
        for code, (title, summary) in languages.items():
            translate_page(source, code, title=title, summary=summary)
            count += 1
    return count
