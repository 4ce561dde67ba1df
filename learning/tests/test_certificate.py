"""The course certificate in the course's language: Arabic shaped and laid out right to left,
French and English, with the member's display name."""

import io
import unicodedata

import pytest
from django.utils import timezone, translation
from fontTools.ttLib import TTFont
from pypdf import PdfReader
from wagtail.models import Locale

from community.accounts import profile_for
from conftest import make_user
from learning.courses.certificates import display_name
from learning.courses.models import Enrolment
from portal.demo.utils import sync_locales, translate_page

pytestmark = pytest.mark.django_db

ARABIC_TITLE = "دورة دليل إعادة الإدماج"
ARABIC_NAME = "أمينة ديالو"
CODE = "C0FFEE00BADC0DE1"
PAGE_MIDDLE = 842 / 2  # A4 landscape, in points


@pytest.fixture
def completed(learning_tree, member):
    """The member completed the course (in English); the course has an Arabic translation
    and French and Spanish aliases."""
    sync_locales(learning_tree.learning)
    learning_tree.ar_course = translate_page(learning_tree.course, "ar", title=ARABIC_TITLE)
    profile = profile_for(member)
    profile.display_name = ARABIC_NAME
    profile.save()
    Enrolment.objects.create(
        user=member, course=learning_tree.course, completed_at=timezone.now(), certificate_code=CODE
    )
    return learning_tree


def _pdf(client, code, course):
    response = client.get(f"/{code}/learning/course/{course.pk}/certificate.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    return PdfReader(io.BytesIO(response.content))


def _lines(reader):
    """(text, x in points) of each piece of text on the first page."""
    found = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            found.append((text, cm[0] * tm[4] + cm[4]))

    reader.pages[0].extract_text(visitor_text=visit)
    return found


def _glyph_names(reader):
    """Glyph names of the fonts embedded on the first page."""
    names = set()
    for font in reader.pages[0]["/Resources"]["/Font"].values():
        descendant = font.get_object()["/DescendantFonts"][0].get_object()
        data = descendant["/FontDescriptor"]["/FontFile2"].get_object().get_data()
        names |= set(TTFont(io.BytesIO(data)).getGlyphOrder())
    return names


def _translated(message, code):
    with translation.override(code):
        return translation.gettext(message)


def test_arabic_certificate_is_shaped_right_to_left_with_the_display_name(completed, member_client):
    reader = _pdf(member_client, "ar", completed.ar_course)
    raw = reader.pages[0].extract_text()
    text = unicodedata.normalize("NFKC", raw)
    assert ARABIC_TITLE in text and ARABIC_NAME in text and CODE in text
    heading = _translated("Certificate of completion", "ar")
    assert heading != "Certificate of completion" and heading in text
    assert "/ar/learning/certificates/" in text
    assert reader.trailer["/Root"]["/Lang"] == "ar"
    # Shaping is on: the letters are set in their joined (initial, medial, final) forms, the
    # glyphs of Arabic Presentation Forms-B (U+FE70–U+FEFF) in the embedded font.
    shaped = {
        n for n in _glyph_names(reader) if n.startswith("uniFE") and "FE70" <= n[3:] <= "FEFF"
    }
    assert len(shaped) >= 5, shaped
    # Right-to-left layout: the code line starts from the right-hand half of the page.
    code_x = [x for line, x in _lines(reader) if CODE in line]
    assert code_x and min(code_x) > PAGE_MIDDLE


def test_english_certificate_is_left_to_right_without_shaped_forms(completed, member_client):
    reader = _pdf(member_client, "en", completed.course)
    text = reader.pages[0].extract_text()
    assert "Certificate of completion" in text and completed.course.title in text
    assert unicodedata.normalize("NFKC", text).count(ARABIC_NAME) == 1
    code_x = [x for line, x in _lines(reader) if CODE in line]
    assert code_x and max(code_x) < PAGE_MIDDLE
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_certificate_asked_from_a_french_page_is_in_french(completed, member_client):
    fr_course = completed.course.get_translation(Locale.objects.get(language_code="fr"))
    reader = _pdf(member_client, "fr", fr_course)
    text = reader.pages[0].extract_text()
    heading = _translated("Certificate of completion", "fr")
    assert heading != "Certificate of completion" and heading in text
    assert "/fr/learning/certificates/" in text
    assert completed.course.title in text  # the French copy still shows the English title


def test_certificate_verification_shows_the_display_name_and_local_title(
    completed, member_client, client
):
    html = client.get(f"/ar/learning/certificates/{CODE}/").content.decode()
    assert ARABIC_NAME in html and ARABIC_TITLE in html


def test_display_name_falls_back_to_full_name_then_username(db):
    user = make_user("fallback@example.org")
    assert display_name(user) == "Fallback"  # make_user sets the first name
    user.first_name = ""
    user.save()
    assert display_name(user) == "fallback"
    profile = profile_for(user)
    profile.display_name = "Fatou B."
    profile.save()
    assert display_name(user) == "Fatou B."
