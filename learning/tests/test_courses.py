"""E-courses: enrolment, module order, knowledge checks, progress, resume and certificates."""

import pytest
from pypdf import PdfReader

from learning.courses.grading import grade
from learning.courses.models import Enrolment, LessonProgress, ModuleResult

pytestmark = pytest.mark.django_db

COURSE = "/en/learning/courses/handbook/"


def _pass(client, module, answers=None):
    data = answers or {f"q{i}": "0" for i in range(2)}
    return client.post(f"/en/learning/module/{module.pk}/check/", data)


def test_anonymous_sees_course_but_not_modules(learning_tree, client):
    assert "Sign in to enrol" in client.get(COURSE).content.decode()
    response = client.get(learning_tree.module1.url)
    assert response.status_code == 302 and response["Location"] == COURSE
    assert client.post(f"/en/learning/course/{learning_tree.course.pk}/enrol/").status_code == 302
    assert not Enrolment.objects.exists()


def test_module_1_first_then_any_order(learning_tree, member_client):
    t = learning_tree
    member_client.post(f"/en/learning/course/{t.course.pk}/enrol/")
    assert member_client.get(t.module1.url).status_code == 200
    assert member_client.get(t.module2.url).status_code == 302
    assert _pass(member_client, t.module2).status_code == 302
    assert not ModuleResult.objects.filter(module=t.module2).exists()
    _pass(member_client, t.module1)
    assert member_client.get(t.module2.url).status_code == 200


def test_knowledge_check_feedback_and_pass_mark(learning_tree, member_client):
    t = learning_tree
    member_client.post(f"/en/learning/course/{t.course.pk}/enrol/")
    html = _pass(member_client, t.module1, {"q0": "1", "q1": "1"}).content.decode()
    assert "Think again 0." in html and "scored 0%" in html
    result = ModuleResult.objects.get()
    assert not result.passed
    html = _pass(member_client, t.module1, {"q0": "0", "q1": "1"}).content.decode()
    assert "Well done 0." in html and "passed this module with 50%" in html
    assert ModuleResult.objects.get().passed


def test_incomplete_answers_rerender_with_choice_kept(learning_tree, member_client):
    t = learning_tree
    member_client.post(f"/en/learning/course/{t.course.pk}/enrol/")
    response = _pass(member_client, t.module1, {"q0": "1"})
    html = response.content.decode()
    assert response.status_code == 400 and "Choose an answer." in html
    assert 'value="1" required id="id_q0_1" checked' in html or "checked" in html
    assert not ModuleResult.objects.exists()


def test_progress_resume_completion_and_certificate(learning_tree, member_client, client):
    t = learning_tree
    member_client.post(f"/en/learning/course/{t.course.pk}/enrol/")
    resume = member_client.get(f"/en/learning/course/{t.course.pk}/resume/")
    assert resume["Location"] == t.module1.url
    assert member_client.get(t.lesson2.url).status_code == 200
    assert LessonProgress.objects.count() == 1
    resume = member_client.get(f"/en/learning/course/{t.course.pk}/resume/")
    assert resume["Location"] == t.lesson2.url
    _pass(member_client, t.module1)
    html = member_client.get("/en/dashboard/").content.decode()
    assert "1 of 2 modules passed" in html
    assert (
        member_client.get(f"/en/learning/course/{t.course.pk}/certificate.pdf").status_code == 403
    )
    _pass(member_client, t.module2)
    enrolment = Enrolment.objects.get()
    assert enrolment.completed_at and enrolment.certificate_code
    response = member_client.get(f"/en/learning/course/{t.course.pk}/certificate.pdf")
    assert response["Content-Type"] == "application/pdf"
    import io

    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert t.course.title in text and enrolment.certificate_code in text
    assert f"/en/learning/certificates/{enrolment.certificate_code}/" in text
    verify = client.get(f"/en/learning/certificates/{enrolment.certificate_code}/")
    assert verify.status_code == 200 and "Valid certificate" in verify.content.decode()
    assert client.get("/en/learning/certificates/NOTACODE/").status_code == 404


def test_grade_counts_unanswered_as_wrong(learning_tree):
    score, feedback = grade(learning_tree.module1, {0: 0})
    assert score == 50 and feedback[1]["correct"] is False


def test_course_page_query_count(learning_tree, member_client, django_assert_max_num_queries):
    member_client.post(f"/en/learning/course/{learning_tree.course.pk}/enrol/")
    with django_assert_max_num_queries(30):
        response = member_client.get(COURSE)
    html = response.content.decode()
    assert learning_tree.course.title in html
    assert f"/en/learning/course/{learning_tree.course.pk}/enrol/" not in html  # enrolled already


def test_lesson_renders_case_study_block(learning_tree, member_client):
    t = learning_tree
    t.lesson1.body = [
        (
            "case_study",
            {
                "title": "Cultural orientation",
                "place": "El Salvador",
                "text": "<p>x</p>",
                "source": "",
            },
        )
    ]
    t.lesson1.save_revision().publish()
    member_client.post(f"/en/learning/course/{t.course.pk}/enrol/")
    html = member_client.get(t.lesson1.url).content.decode()
    assert "Cultural orientation" in html and "El Salvador" in html
