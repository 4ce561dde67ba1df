"""The Learning section in four languages: the landing page, the course and webinar indexes,
the Reintegration Handbook course, its first module, the module's lesson and its knowledge
check are French, Spanish and Arabic under /fr/, /es/ and /ar/, and a check answered in Arabic
grades exactly as in English."""

import html
import itertools
import re

import pytest

from learning.demo.translations import CHECK, LESSON, MODULE_1, PAGES, translated_stream

COURSE = "learning/courses/reintegration-handbook"
MODULE = f"{COURSE}/module-1-integrated-approach"
LESSON_PATH = f"{MODULE}/understanding-return-migration"


def _plain(text):
    return " ".join(html.unescape(text).split())


def _h1(response):
    found = re.search(r"<h1[^>]*>(.*?)</h1>", response.content.decode(), re.S)
    return _plain(found.group(1))


def _module(language):
    from learning.courses.models import ModulePage

    return ModulePage.objects.get(
        slug="module-1-integrated-approach", locale__language_code=language
    )


@pytest.mark.parametrize("language", ["fr", "es", "ar"])
def test_learning_pages_show_their_language(client, demo_site, language):
    for path, key in (
        ("learning", "learning"),
        ("learning/courses", "courses"),
        ("learning/webinars", "webinars"),
        (COURSE, "course"),
        ("learning/webinars/measuring-sustainable-reintegration", "webinar"),
    ):
        response = client.get(f"/{language}/{path}/")
        assert response.status_code == 200, path
        assert _h1(response) == PAGES[key][language]["title"], path
        assert PAGES[key][language]["summary"] in _plain(response.content.decode()), path
    # The course page lists module 1 by its translated title.
    course = _plain(client.get(f"/{language}/{COURSE}/").content.decode())
    assert MODULE_1[language]["title"] in course
    # The landing page lists its sections by their translated titles.
    landing = _plain(client.get(f"/{language}/learning/").content.decode())
    assert PAGES["courses"][language]["title"] in landing


def test_first_module_lesson_and_check_are_arabic_under_ar(member_client, demo_site):
    from learning.courses.models import CoursePage

    course = CoursePage.objects.get(slug="reintegration-handbook", locale__language_code="ar")
    assert member_client.post(f"/ar/learning/course/{course.pk}/enrol/").status_code == 302

    response = member_client.get(f"/ar/{MODULE}/")
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in response.content.decode()
    module = _plain(response.content.decode())
    assert _h1(response) == MODULE_1["ar"]["title"]
    for message in MODULE_1["ar"]["key_messages"]:
        assert message in module
    for question in CHECK["ar"]:
        assert question["question"] in module
        for answer in question["answers"]:
            assert answer["text"] in module
    assert "When is reintegration sustainable?" not in module

    response = member_client.get(f"/ar/{LESSON_PATH}/")
    assert response.status_code == 200
    lesson = _plain(response.content.decode())
    assert _h1(response) == LESSON["ar"]["title"]
    assert "<h2>ما معنى العودة</h2>" in lesson and "<h2>أنواع العودة</h2>" in lesson
    case_study = LESSON["ar"]["body"][2]
    assert case_study["title"] in lesson and case_study["source"] in lesson
    for message in LESSON["ar"]["body"][3]["messages"]:
        assert message in lesson
    assert "What return means" not in lesson and "El Salvador piloted" not in lesson


def test_french_lesson_under_fr(member_client, demo_site):
    from learning.courses.models import CoursePage

    course = CoursePage.objects.get(slug="reintegration-handbook", locale__language_code="fr")
    member_client.post(f"/fr/learning/course/{course.pk}/enrol/")
    response = member_client.get(f"/fr/{LESSON_PATH}/")
    assert response.status_code == 200
    assert _h1(response) == "Comprendre la migration de retour"
    assert "Orientation culturelle pour les personnes de retour au Salvador" in _plain(
        response.content.decode()
    )


def test_grading_in_arabic_is_the_grading_in_english(demo_site):
    from learning.courses.grading import grade

    english, arabic = _module("en"), _module("ar")
    shape = [len(block.value["answers"]) for block in english.knowledge_check]
    assert shape == [len(block.value["answers"]) for block in arabic.knowledge_check]
    # Same block ids, same correct answers at the same places.
    assert [b.id for b in english.knowledge_check] == [b.id for b in arabic.knowledge_check]
    for answers in itertools.product(*(range(n) for n in shape)):
        chosen = dict(enumerate(answers))
        en_score, en_feedback = grade(english, chosen)
        ar_score, ar_feedback = grade(arabic, chosen)
        assert ar_score == en_score, answers
        assert [f["correct"] for f in ar_feedback] == [f["correct"] for f in en_feedback]
        assert all(f["question"] in {q["question"] for q in CHECK["ar"]} for f in ar_feedback)


def test_a_check_answered_in_arabic_gives_the_english_result(member_client, demo_site):
    from learning.courses.models import CoursePage

    course = CoursePage.objects.get(slug="reintegration-handbook", locale__language_code="ar")
    member_client.post(f"/ar/learning/course/{course.pk}/enrol/")
    arabic = _module("ar")
    # The correct answers are the first ones, as in English: all right, then half right.
    response = member_client.post(f"/ar/learning/module/{arabic.pk}/check/", {"q0": 0, "q1": 0})
    assert response.status_code == 200
    assert response.context["score"] == 100 and response.context["passed"]
    shown = _plain(response.content.decode())
    assert CHECK["ar"][0]["answers"][0]["feedback"] in shown
    response = member_client.post(f"/ar/learning/module/{arabic.pk}/check/", {"q0": 0, "q1": 1})
    assert response.context["score"] == 50
    assert CHECK["ar"][1]["answers"][1]["feedback"] in _plain(response.content.decode())


def test_translated_stream_keeps_the_shape_or_refuses(demo_site):
    english = _module("en")
    raw = translated_stream(english.knowledge_check, CHECK["es"])
    source = list(english.knowledge_check.get_prep_value())
    assert [b["id"] for b in raw] == [b["id"] for b in source]
    assert [[a["value"]["correct"] for a in b["value"]["answers"]] for b in raw] == [
        [a["value"]["correct"] for a in b["value"]["answers"]] for b in source
    ]
    with pytest.raises(ValueError):
        translated_stream(english.knowledge_check, CHECK["es"][:1])
    short = [dict(CHECK["es"][0], answers=CHECK["es"][0]["answers"][:2]), CHECK["es"][1]]
    with pytest.raises(ValueError):
        translated_stream(english.knowledge_check, short)
