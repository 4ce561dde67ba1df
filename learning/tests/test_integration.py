"""Demo content and what the app registers in the portal."""

import pytest
from django.core.management import call_command

from learning.courses.models import CoursePage, LessonPage, ModulePage
from learning.webinars.models import Speaker, WebinarPage
from portal.core.registry import registry

pytestmark = pytest.mark.django_db
SPEAKER_LOCALES = ["ar", "en", "es", "fr"]
SPEAKING = "measuring-sustainable-reintegration"


def test_demo_content_course_and_webinars(demo_site, client):
    course = CoursePage.objects.get(locale__language_code="en")
    modules = list(course.modules())
    assert len(modules) == 6
    assert all(len(m.key_messages) >= 3 for m in modules)
    lesson = LessonPage.objects.get(locale__language_code="en")
    assert "case_study" in [b.block_type for b in lesson.body]
    assert "El Salvador" in str(lesson.body)
    webinars = WebinarPage.objects.filter(locale__language_code="en")
    assert sorted(w.status for w in webinars) == ["past", "upcoming", "upcoming"]
    assert any(w.recording_url for w in webinars if w.status == "past")
    assert any({lang.code for lang in w.interpretation.all()} == {"fr", "es"} for w in webinars)
    assert client.get("/en/learning/webinars/").status_code == 200
    assert client.get("/fr/learning/courses/").status_code == 200
    html = client.get("/en/").content.decode()
    assert "Measuring sustainable reintegration" in html
    # The speaker in four languages; the French webinar page shows the French biography.
    speaker = Speaker.objects.filter(name="Amina Diallo")
    assert sorted(speaker.values_list("locale__language_code", flat=True)) == SPEAKER_LOCALES
    french = WebinarPage.objects.get(slug=SPEAKING, locale__language_code="fr")
    html = client.get(french.url).content.decode()
    assert "Afrique de l’Ouest" in html and "in West Africa" not in html
    arabic = WebinarPage.objects.get(slug=SPEAKING, locale__language_code="ar")
    assert "غرب أفريقيا" in client.get(arabic.url).content.decode()
    # Idempotent: a second run creates nothing new.
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert ModulePage.objects.filter(locale__language_code="en").count() == 6
    assert WebinarPage.objects.filter(locale__language_code="en").count() == 3
    assert speaker.count() == 4


def test_registrations_in_portal_registry():
    assert "webinars" in registry.home_sections
    assert "learning" in registry.dashboard_panels
    assert {"webinars", "courses"} <= set(registry.search_types)
    assert "learning" in registry.demo_loaders


def test_search_documents_and_public_querysets(learning_tree, rf):
    webinar_type = registry.search_types["webinars"]
    doc = webinar_type.document(learning_tree.webinar)
    assert doc["title"] == learning_tree.webinar.title and doc["url"]
    learning_tree.webinar.unpublish()
    assert learning_tree.webinar.pk not in webinar_type.public_queryset(rf.get("/")).values_list(
        "pk", flat=True
    )
    course_doc = registry.search_types["courses"].document(learning_tree.course)
    assert course_doc["language"] == "en"


def test_dashboard_panel_lists_registrations(learning_tree, member, member_client):
    from learning.webinars.registration import register_member

    register_member(learning_tree.webinar, member)
    html = member_client.get("/en/dashboard/").content.decode()
    assert learning_tree.webinar.title in html and "Confirmed" in html
