"""User journeys in a real Chromium: webinar registration and the Handbook course."""

import io
import re

import pytest
from django.core import mail
from django.test import Client
from pypdf import PdfReader

from learning.courses.models import CoursePage, Enrolment, LessonPage, ModulePage
from learning.webinars.models import Registration, RegistrationStatus, WebinarPage
from learning.webinars.registration import register_member

pytestmark = pytest.mark.browser

WEBINAR = "/en/learning/webinars/measuring-sustainable-reintegration/"
COURSE = "/en/learning/courses/reintegration-handbook/"


def _link(message, part):
    return next(u for u in re.findall(r"https?://\S+", message.body) if part in u)


def _sign_in(page, live_server, user):
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def test_visitor_registers_confirms_cancels_and_waiting_member_is_promoted(
    live_demo_site, page, member, settings
):
    settings.WAGTAILADMIN_BASE_URL = live_demo_site.url  # emails link to the public site
    WebinarPage.objects.filter(slug="measuring-sustainable-reintegration").update(capacity=1)
    page.goto(live_demo_site.url + WEBINAR)
    page.wait_for_load_state("networkidle")
    page.get_by_label("Your name").fill("Visiting Practitioner")
    page.get_by_label("Your email address").fill("visitor@example.org")
    page.get_by_role("button", name="Register").click()
    page.get_by_text("open the link we emailed you").wait_for()
    assert "meet.example.org" not in page.content()

    confirm_mail = mail.outbox[-1]
    assert confirm_mail.to == ["visitor@example.org"]
    page.goto(_link(confirm_mail, "/confirm/"))
    page.get_by_role("button", name="Confirm my registration").click()
    assert page.get_by_test_id("registration-status").inner_text() == "Confirmed"
    visitor = Registration.objects.get(email="visitor@example.org")
    assert visitor.status == RegistrationStatus.CONFIRMED

    webinar = WebinarPage.objects.get(
        slug="measuring-sustainable-reintegration", locale__language_code="en"
    )
    waiting, _ = register_member(webinar, member)
    assert waiting.status == RegistrationStatus.WAITING

    confirmed_mail = [m for m in mail.outbox if "You are registered" in m.subject][-1]
    page.goto(_link(confirmed_mail, "/cancel/"))
    page.get_by_role("button", name="Cancel my registration").click()
    assert page.get_by_test_id("registration-status").inner_text() == "Cancelled"
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.CONFIRMED
    promoted = [m for m in mail.outbox if m.to == [member.email] and "now registered" in m.subject]
    assert promoted and "meet.example.org" in promoted[0].body
    page.external_requests.check()


def test_member_enrols_passes_modules_and_verifies_certificate(live_demo_site, page, member):
    _sign_in(page, live_demo_site, member)
    page.goto(live_demo_site.url + COURSE)
    page.get_by_role("button", name="Enrol in this course").click()
    page.get_by_text("You are enrolled").wait_for()

    def pass_module(title):
        page.goto(live_demo_site.url + COURSE)
        page.get_by_role("link", name=title).click()
        page.check("#q0_0")
        page.check("#q1_0")
        page.get_by_role("button", name="Check my answers").click()
        page.get_by_text("You passed this module").wait_for()

    pass_module("Module 1: An integrated approach to reintegration")
    page.goto(live_demo_site.url + "/en/dashboard/")
    courses = page.get_by_test_id("my-courses").inner_text()
    assert "1 of 6 modules passed" in courses

    for number in range(2, 7):
        page.goto(live_demo_site.url + COURSE)
        link = page.locator("ol.module-list a", has_text=f"Module {number}:")
        title = link.inner_text()
        pass_module(title)

    page.goto(live_demo_site.url + COURSE)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download your certificate (PDF)").click()
    pdf = PdfReader(io.BytesIO(open(download_info.value.path(), "rb").read()))
    text = pdf.pages[0].extract_text()
    enrolment = Enrolment.objects.get(user=member)
    assert enrolment.certificate_code in text and "Reintegration Handbook" in text
    page.locator('a[href^="/en/learning/certificates/"]').click()
    assert "Valid certificate" in page.get_by_test_id("certificate-valid").inner_text()
    page.goto(live_demo_site.url + "/en/dashboard/")
    assert "6 of 6 modules passed" in page.get_by_test_id("my-courses").inner_text()
    page.external_requests.check()


def _right_answers(module):
    """``#q<question>_<answer>`` of the right answer to each question of ``module``'s check."""
    return [
        f"#q{i}_{next(j for j, a in enumerate(block.value['answers']) if a['correct'])}"
        for i, block in enumerate(module.knowledge_check)
    ]


def test_member_enrols_in_english_and_continues_in_arabic(live_demo_site, page, member):
    """One enrolment in every language: enrolled and a lesson read under /en/, the Arabic
    course shows the progress, its module and lesson open in Arabic, and a module passed
    there counts in the English dashboard."""
    _sign_in(page, live_demo_site, member)
    page.goto(live_demo_site.url + COURSE)
    page.get_by_role("button", name="Enrol in this course").click()
    page.get_by_text("You are enrolled").wait_for()
    lesson = LessonPage.objects.get(locale__language_code="en")
    page.goto(live_demo_site.url + lesson.url)
    assert page.url.endswith(lesson.url)

    ar_course = CoursePage.objects.get(locale__language_code="ar")
    page.goto(live_demo_site.url + ar_course.url)
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.get_by_test_id("course-progress").inner_text() == "14%"  # 1 of 1 + 6 steps
    assert page.locator(f'form[action$="/course/{ar_course.pk}/enrol/"]').count() == 0

    page.locator("ol.module-list a").first.click()
    ar_module = ModulePage.objects.filter(locale__language_code="ar").order_by("path").first()
    page.wait_for_url(live_demo_site.url + ar_module.url)
    ar_lesson = LessonPage.objects.get(locale__language_code="ar")
    page.locator(f'a[href="{ar_lesson.url}"]').first.click()
    page.wait_for_url(live_demo_site.url + ar_lesson.url)  # no redirect to the course page
    assert page.locator("h1").inner_text() == ar_lesson.title

    page.goto(live_demo_site.url + ar_module.url)
    for answer in _right_answers(ar_module):
        page.check(answer)
    page.locator('section[aria-labelledby="check-heading"] button[type="submit"]').click()
    page.get_by_test_id("module-result").wait_for()
    assert page.url.startswith(live_demo_site.url + "/ar/")

    page.goto(live_demo_site.url + "/en/dashboard/")
    assert "1 of 6 modules passed" in page.get_by_test_id("my-courses").inner_text()
    enrolment = Enrolment.objects.get(user=member)
    assert enrolment.course.locale.language_code == "en"
    assert enrolment.modules.get().module.locale.language_code == "en"
    page.external_requests.check()
