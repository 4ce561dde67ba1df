"""One person, one state across languages: a registration, an enrolment, lesson progress and
module results made in one language are the same in every other, and attach to the canonical
(English) pages; links shown to the member stay in the language they are using."""

import pytest
from django.test import Client
from django.utils import translation
from wagtail.models import Locale

from conftest import make_user
from learning.courses.models import Enrolment, LessonProgress, ModuleResult
from learning.webinars import registration as seats
from learning.webinars.models import Registration, RegistrationStatus
from portal.demo.utils import sync_locales, translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(learning_tree):
    """The small Learning section with its French, Spanish and Arabic aliases."""
    sync_locales(learning_tree.learning)
    return learning_tree


def in_language(page, code):
    """``page``'s translation (or alias) in ``code``."""
    return page.get_translation(Locale.objects.get(language_code=code)).specific


def label(choice, code):
    with translation.override(code):
        return str(choice.label)


def _pass(client, module, code):
    return client.post(f"/{code}/learning/module/{module.pk}/check/", {"q0": "0", "q1": "0"})


def test_aliases_are_pages_of_their_own_language(tree):
    for code in ("fr", "es", "ar"):
        lesson = in_language(tree.lesson1, code)
        assert lesson.pk != tree.lesson1.pk and lesson.url.startswith(f"/{code}/")
        assert lesson.translation_key == tree.lesson1.translation_key


def test_registered_and_enrolled_in_english_shows_in_french_and_arabic(tree, member_client):
    t = tree
    member_client.post(f"/en/learning/webinar/{t.webinar.pk}/register/")
    member_client.post(f"/en/learning/course/{t.course.pk}/enrol/")
    assert member_client.get(t.lesson1.url).status_code == 200
    for code in ("fr", "ar"):
        webinar = in_language(t.webinar, code)
        response = member_client.get(webinar.url)
        html = response.content.decode()
        assert response.context["registration"] is not None
        status = label(RegistrationStatus.CONFIRMED, code)
        assert f'data-testid="registration-status">{status}</p>' in html
        assert f"/{code}/learning/webinar/{webinar.pk}/cancel/" in html  # not "Register"
        assert f"/{code}/learning/webinar/{webinar.pk}/register/" not in html
        assert response.context["seats_taken"] == 1

        course = in_language(t.course, code)
        response = member_client.get(course.url)
        html = response.content.decode()
        # 1 lesson of 2 visited, 0 of 2 modules passed: 1 of 4 steps.
        assert '<span data-testid="course-progress">25%</span>' in html
        assert f"/{code}/learning/course/{course.pk}/enrol/" not in html
        module1 = in_language(t.module1, code)
        assert f'href="{module1.url}"' in html  # module 1 open, linked in this language
    assert Registration.objects.get().webinar_id == t.webinar.pk
    assert Enrolment.objects.get().course_id == t.course.pk


def test_lessons_open_in_arabic_and_french_and_count_once(tree, member_client):
    t = tree
    member_client.post(f"/en/learning/course/{t.course.pk}/enrol/")
    for code in ("fr", "ar"):
        lesson = in_language(t.lesson2, code)
        response = member_client.get(lesson.url)
        assert response.status_code == 200, response.get("Location")
        assert f'<html lang="{code}"' in response.content.decode()
    # Visited twice (French, Arabic): one lesson done, on the English lesson.
    assert list(LessonProgress.objects.values_list("lesson_id", flat=True)) == [t.lesson2.pk]
    enrolment = Enrolment.objects.get()
    assert enrolment.last_lesson_id == t.lesson2.pk
    # Resume from the Arabic course page: the Arabic lesson, not the English one.
    ar_course = in_language(t.course, "ar")
    resume = member_client.get(f"/ar/learning/course/{ar_course.pk}/resume/")
    assert resume["Location"] == in_language(t.lesson2, "ar").url
    resume = member_client.get(f"/en/learning/course/{t.course.pk}/resume/")
    assert resume["Location"] == t.lesson2.url


def test_not_enrolled_in_any_language_is_sent_to_the_course_page_in_that_language(
    tree, member_client
):
    lesson = in_language(tree.lesson1, "fr")
    response = member_client.get(lesson.url)
    assert response.status_code == 302
    assert response["Location"] == in_language(tree.course, "fr").url


def test_course_completed_in_arabic_is_complete_in_english(tree, member_client):
    t = tree
    member_client.post(f"/en/learning/course/{t.course.pk}/enrol/")
    ar = {name: in_language(getattr(t, name), "ar") for name in ("course", "module1", "module2")}
    assert member_client.get(ar["module2"].url).status_code == 302  # module 1 first, in Arabic too
    html = _pass(member_client, ar["module1"], "ar").content.decode()
    assert 'data-testid="module-result"' in html
    assert member_client.get(ar["module2"].url).status_code == 200
    assert member_client.get(t.module2.url).status_code == 200  # open in English as well
    _pass(member_client, ar["module2"], "ar")
    enrolment = Enrolment.objects.get()
    assert enrolment.completed_at and enrolment.certificate_code
    assert set(ModuleResult.objects.values_list("module_id", flat=True)) == {
        t.module1.pk,
        t.module2.pk,
    }
    html = member_client.get(t.course.url).content.decode()
    assert "You completed this course." in html
    html = member_client.get(ar["course"].url).content.decode()
    assert f"/ar/learning/course/{ar['course'].pk}/certificate.pdf" in html


def test_module_result_shows_in_every_language_and_keeps_the_best_score(tree, member_client):
    t = tree
    member_client.post(f"/en/learning/course/{t.course.pk}/enrol/")
    member_client.post(
        f"/es/learning/module/{in_language(t.module1, 'es').pk}/check/",
        {
            "q0": "0",
            "q1": "0",
        },
    )
    member_client.post(f"/en/learning/module/{t.module1.pk}/check/", {"q0": "1", "q1": "1"})
    result = ModuleResult.objects.get()
    assert (result.module_id, result.score, result.passed) == (t.module1.pk, 100, True)
    response = member_client.get(in_language(t.module1, "fr").url)
    assert response.context["result"] == result


def test_dashboard_links_point_to_pages_in_the_active_language(tree, member_client):
    t = tree
    member_client.post(f"/en/learning/webinar/{t.webinar.pk}/register/")
    member_client.post(f"/en/learning/course/{t.course.pk}/enrol/")
    html = member_client.get("/fr/dashboard/").content.decode()
    fr_course, fr_webinar = in_language(t.course, "fr"), in_language(t.webinar, "fr")
    assert f'href="{fr_webinar.url}"' in html and f'href="{fr_course.url}"' in html
    assert f"/fr/learning/course/{fr_course.pk}/resume/" in html
    assert f'href="{t.course.url}"' not in html


def test_seats_and_waiting_list_are_shared_by_all_languages(tree):
    t = tree  # capacity 2
    people = [make_user(f"p{i}@example.org") for i in range(4)]
    first, _ = seats.register_member(in_language(t.webinar, "en"), people[0])
    second, _ = seats.register_member(in_language(t.webinar, "fr"), people[1])
    third, _ = seats.register_member(in_language(t.webinar, "ar"), people[2])
    fourth, _ = seats.register_member(in_language(t.webinar, "es"), people[3])
    assert [r.status for r in (first, second, third, fourth)] == ["confirmed"] * 2 + ["waiting"] * 2
    assert {r.webinar_id for r in (first, second, third, fourth)} == {t.webinar.pk}
    assert seats.register_member(in_language(t.webinar, "ar"), people[0]) == (first, False)
    assert [seats.waiting_position(r) for r in (first, third, fourth)] == [None, 1, 2]

    client = Client()
    client.force_login(people[3])
    html = client.get(in_language(t.webinar, "es").url).content.decode()
    assert 'data-testid="waiting-position"' in html
    # A seat freed in French goes to the first person waiting, who registered in Arabic.
    client.force_login(people[1])
    fr = in_language(t.webinar, "fr")
    client.post(f"/fr/learning/webinar/{fr.pk}/cancel/")
    third.refresh_from_db()
    assert third.status == RegistrationStatus.CONFIRMED
    assert seats.confirmed_count(in_language(t.webinar, "es")) == 2


def test_registrants_csv_of_a_translation_lists_everyone(tree, admin_client):
    seats.register_member(in_language(tree.webinar, "fr"), make_user("fr@example.org"))
    seats.register_member(tree.webinar, make_user("en@example.org"))
    for page in (tree.webinar, in_language(tree.webinar, "ar")):
        body = admin_client.get(f"/admin/learning/webinar/{page.pk}/registrants.csv").content
        assert b"fr@example.org" in body and b"en@example.org" in body


def test_calendar_file_has_one_uid_for_every_language(tree, client):
    from icalendar import Calendar

    uids = set()
    for code in ("en", "fr", "ar"):
        page = in_language(tree.webinar, code)
        event = Calendar.from_ical(client.get(f"/learning/webinars/{page.pk}.ics").content)
        uids |= {str(e["UID"]) for e in event.walk("VEVENT")}
    assert uids == {f"webinar-{tree.webinar.ical_uid}@rrhub"}


def test_real_translation_shows_the_state_too(tree, member_client):
    """A page converted from an alias into its own French text (wagtail-localize) keeps the
    translation key, so state still shows there."""
    t = tree
    fr_course = translate_page(t.course, "fr", title="Le cours du manuel")
    member_client.post(f"/en/learning/course/{t.course.pk}/enrol/")
    html = member_client.get(fr_course.url).content.decode()
    assert "Le cours du manuel" in html and 'data-testid="course-progress"' in html


STATE_TABLES = ("enrolment", "lessonprogress", "moduleresult")


def test_state_costs_the_same_queries_in_every_language(
    tree, member_client, django_assert_max_num_queries
):
    """Enrolment, progress and results are read by translation key: the same queries on the
    learning tables in French and Arabic as in English, and a bounded total."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    t = tree
    member_client.post(f"/en/learning/course/{t.course.pk}/enrol/")
    member_client.get(t.lesson1.url)
    state_queries = {}
    for code in ("en", "fr", "ar"):
        for name in ("course", "lesson1", "module1"):
            url = in_language(getattr(t, name), code).url
            member_client.get(url)  # warm the per-process caches (site, locales)
            with CaptureQueriesContext(connection) as queries:
                assert member_client.get(url).status_code == 200
            state_queries[(code, name)] = sum(
                any(f'"learning_{table}"' in q["sql"] for table in STATE_TABLES)
                for q in queries.captured_queries
            )
    for name in ("course", "lesson1", "module1"):
        assert state_queries[("fr", name)] == state_queries[("en", name)], state_queries
        assert state_queries[("ar", name)] == state_queries[("en", name)], state_queries
    for name in ("course", "lesson1", "module1"):
        with django_assert_max_num_queries(45):
            member_client.get(in_language(getattr(t, name), "ar").url)


def test_a_visitor_registering_in_french_takes_a_seat_on_the_english_webinar(tree, client):
    fr = in_language(tree.webinar, "fr")
    client.post(
        f"/fr/learning/webinar/{fr.pk}/register/", {"name": "Awa", "email": "awa@example.org"}
    )
    registration = Registration.objects.get()
    assert registration.webinar_id == tree.webinar.pk
    assert registration.status == RegistrationStatus.PENDING
    # The same address again, from the Arabic page: still one registration.
    ar = in_language(tree.webinar, "ar")
    client.post(
        f"/ar/learning/webinar/{ar.pk}/register/", {"name": "Awa", "email": "AWA@example.org"}
    )
    assert Registration.objects.count() == 1


def test_reminders_reach_people_who_registered_in_any_language(tree):
    from datetime import timedelta

    from django.utils import timezone

    from learning.webinars.reminders import due_reminders

    seats.register_member(in_language(tree.webinar, "ar"), make_user("ar@example.org"))
    seats.register_member(in_language(tree.webinar, "es"), make_user("es@example.org"))
    due = due_reminders(now=tree.webinar.start - timedelta(hours=2))
    assert sorted(kind for _pk, kind in due) == ["reminder_24h", "reminder_24h"]
    assert due_reminders(now=timezone.now()) == []  # the webinar is three days away
