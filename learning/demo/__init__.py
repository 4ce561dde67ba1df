"""Demo content of the learning app: the Reintegration Handbook course and three webinars."""

from datetime import timedelta
from pathlib import Path

from django.core.files import File
from django.utils import timezone
from wagtail.documents import get_document_model

from learning.courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from learning.demo import speakers_i18n, translations
from learning.demo.content import (
    LESSON_BODY,
    MODULES,
    RECORDING_TRANSCRIPT,
    WEBINARS,
    knowledge_check,
)
from learning.landing import LearningIndexPage
from learning.webinars.models import Speaker, WebinarIndexPage, WebinarPage
from portal.demo.utils import english, ensure_page, sync_locales
from portal.taxonomy.models import Language


def load(home, stdout=None):
    """Build (idempotently) the Learning section: the Handbook course and three webinars,
    replacing the portal's placeholder page and translated into every locale."""
    placeholder = home.get_children().filter(slug="learning").first()
    if placeholder is not None and placeholder.specific_class is not LearningIndexPage:
        for translation in placeholder.get_translations():
            translation.delete()
    learning = ensure_page(
        home,
        LearningIndexPage,
        "learning",
        title="Learning",
        summary="Webinars and self-paced courses, including the Reintegration Handbook course.",
        show_in_menus=True,
    )
    webinars = ensure_page(
        learning,
        WebinarIndexPage,
        "webinars",
        title="Webinars",
        summary="Live online sessions with practitioners, and recordings of past ones.",
    )
    courses = ensure_page(
        learning,
        CourseIndexPage,
        "courses",
        title="Courses",
        summary="Self-paced courses with knowledge checks and certificates.",
    )
    _course(courses)
    _webinars(webinars)
    sync_locales(learning)
    speakers_i18n.load()
    translations.load(learning)


def _course(courses):
    course = ensure_page(
        courses,
        CoursePage,
        "reintegration-handbook",
        title="The Reintegration Handbook course",
        summary="Six modules on IOM's integrated approach to reintegration, from individual "
        "support to children and families.",
        pass_mark=50,
    )
    for slug, title, summary, messages in MODULES:
        module = ensure_page(
            course,
            ModulePage,
            slug,
            title=title,
            summary=summary,
            key_messages=[("message", m) for m in messages],
            knowledge_check=knowledge_check(),
        )
        if slug.startswith("module-1"):
            ensure_page(
                module,
                LessonPage,
                "understanding-return-migration",
                title="Understanding return migration",
                summary="What return is, the kinds of return, and a case study from El Salvador.",
                body=LESSON_BODY,
            )


def _webinars(webinars):
    speaker, _created = Speaker.objects.get_or_create(
        name="Amina Diallo",
        locale=english(),
        defaults={
            "organisation": "Reintegration practitioners' network",
            "bio": "Works on community-based reintegration projects in West Africa.",
        },
    )
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    languages = {lang.code: lang for lang in Language.objects.all()}
    for data in WEBINARS:
        existing = webinars.get_children().filter(slug=data["slug"]).first()
        start = (
            existing.specific.start
            if existing and isinstance(existing.specific, WebinarPage)
            else now + timedelta(days=data["days"], hours=14 - now.hour)
        )
        webinar = ensure_page(
            webinars,
            WebinarPage,
            data["slug"],
            title=data["title"],
            summary=data["summary"],
            start=start,
            organiser_time_zone="Europe/Brussels",
            duration_minutes=90,
            capacity=100,
            join_url="https://meet.example.org/rrhub-" + data["slug"][:20],
            recording_url=data["recording_url"],
            **_recording(data.get("recording")),
        )
        if "en" in languages:
            webinar.languages.set([languages["en"]])
        webinar.interpretation.set([languages[c] for c in data["interpretation"] if c in languages])
        webinar.speakers.set([speaker])
        webinar.save_revision(log_action=False).publish(log_action=False)


MEDIA = Path(__file__).parent / "media"


def _document(name, title):
    """The demo document ``title`` (created once from ``media/<name>``)."""
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title, language="en")
        with (MEDIA / name).open("rb") as handle:
            document.file.save(name, File(handle), save=False)
        document.save()
    return document


def _recording(name):
    """The page fields of a demo recording: the video, its English captions and transcript."""
    if not name:
        return {}
    return {
        "recording_file": _document(f"{name}.webm", "Demo webinar recording (video)"),
        "captions": _document(f"{name}.vtt", "Demo webinar recording (captions)"),
        "captions_language": "en",
        "transcript": RECORDING_TRANSCRIPT,
    }
