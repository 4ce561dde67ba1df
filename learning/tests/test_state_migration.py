"""The data migration that moves people's state from translated copies of pages to the
canonical (English) pages and merges what was recorded twice (learning 0005)."""

import importlib
from datetime import timedelta

import pytest
from django.apps import apps
from django.utils import timezone
from wagtail.models import Locale

from learning.courses.models import Enrolment, LessonProgress, ModuleResult
from learning.webinars.models import Registration, RegistrationStatus
from portal.demo.utils import sync_locales

migration = importlib.import_module("learning.migrations.0005_state_on_canonical_pages")
pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(learning_tree):
    sync_locales(learning_tree.learning)
    return learning_tree


def fr(page):
    return page.get_translation(Locale.objects.get(language_code="fr")).specific


def ar(page):
    return page.get_translation(Locale.objects.get(language_code="ar")).specific


def run():
    migration.attach_state_to_canonical_pages(apps, None)


def _register(webinar, user, status, minutes_ago, **fields):
    """A registration written straight to the table, as the per-language code used to."""
    registration = Registration.objects.create(
        webinar=webinar,
        user=user,
        name=user.username if user else fields.pop("name"),
        email=user.email if user else fields.pop("email"),
        status=status,
        confirmed_at=timezone.now() - timedelta(minutes=minutes_ago),
        **fields,
    )
    Registration.objects.filter(pk=registration.pk).update(
        created_at=timezone.now() - timedelta(minutes=minutes_ago)
    )
    return registration


def test_registrations_merge_to_one_per_person_on_the_english_webinar(tree, member, other_member):
    t = tree
    sent = timezone.now() - timedelta(hours=1)
    english = _register(t.webinar, member, RegistrationStatus.WAITING, 30)
    french = _register(fr(t.webinar), member, RegistrationStatus.CONFIRMED, 10, attended=True)
    arabic = _register(ar(t.webinar), member, RegistrationStatus.PENDING, 60)
    Registration.objects.filter(pk=arabic.pk).update(reminder_24h_sent=sent)
    old = _register(fr(t.webinar), member, RegistrationStatus.CANCELLED, 90)
    other = _register(ar(t.webinar), other_member, RegistrationStatus.CONFIRMED, 5)
    visitor_en = _register(
        t.webinar, None, RegistrationStatus.CONFIRMED, 40, name="V", email="v@example.org"
    )
    visitor_fr = _register(
        fr(t.webinar), None, RegistrationStatus.PENDING, 20, name="V", email="V@Example.org"
    )

    run()

    mine = Registration.objects.filter(user=member).exclude(status="cancelled")
    kept = mine.get()  # one active registration
    assert kept.pk == french.pk and kept.status == RegistrationStatus.CONFIRMED
    assert kept.webinar_id == t.webinar.pk
    assert kept.attended and kept.reminder_24h_sent == sent
    assert kept.created_at == Registration.objects.get(pk=kept.pk).created_at
    assert (
        abs((kept.created_at - (timezone.now() - timedelta(minutes=60))).total_seconds()) < 30
    )  # the earliest
    assert not Registration.objects.filter(pk__in=[english.pk, arabic.pk]).exists()
    old.refresh_from_db()
    assert old.status == "cancelled" and old.webinar_id == t.webinar.pk  # history, moved
    other.refresh_from_db()
    assert other.webinar_id == t.webinar.pk and other.status == RegistrationStatus.CONFIRMED
    visitors = Registration.objects.filter(user=None)
    assert list(visitors.values_list("pk", flat=True)) == [visitor_en.pk]
    assert not Registration.objects.filter(pk=visitor_fr.pk).exists()

    run()  # running again changes nothing
    assert Registration.objects.count() == 4


def test_enrolments_merge_with_union_of_lessons_and_best_results(tree, member, other_member):
    t = tree
    english = Enrolment.objects.create(user=member, course=t.course, last_lesson=t.lesson1)
    french = Enrolment.objects.create(user=member, course=fr(t.course), last_lesson=fr(t.lesson2))
    earlier = timezone.now() - timedelta(days=3)
    Enrolment.objects.filter(pk=french.pk).update(started_at=earlier)
    LessonProgress.objects.create(enrolment=english, lesson=t.lesson1)
    LessonProgress.objects.create(enrolment=french, lesson=fr(t.lesson1))
    LessonProgress.objects.create(enrolment=french, lesson=fr(t.lesson2))
    LessonProgress.objects.filter(enrolment=french, lesson=fr(t.lesson1)).update(
        completed_at=earlier
    )
    ModuleResult.objects.create(enrolment=english, module=t.module1, score=50, passed=False)
    ModuleResult.objects.create(enrolment=french, module=fr(t.module1), score=100, passed=True)
    ModuleResult.objects.create(enrolment=french, module=fr(t.module2), score=0, passed=False)
    alone = Enrolment.objects.create(user=other_member, course=ar(t.course))
    LessonProgress.objects.create(enrolment=alone, lesson=ar(t.lesson2))

    run()

    merged = Enrolment.objects.get(user=member)
    # The earliest enrolment is kept (French), moved to the English course.
    assert merged.course_id == t.course.pk and merged.pk == french.pk
    assert merged.started_at == earlier
    assert merged.last_lesson_id == t.lesson2.pk  # its resume point, on the English lesson
    assert not Enrolment.objects.filter(pk=english.pk).exists()
    lessons = dict(merged.lessons.values_list("lesson_id", "completed_at"))
    assert set(lessons) == {t.lesson1.pk, t.lesson2.pk}
    assert lessons[t.lesson1.pk] == earlier  # the earliest visit is kept
    results = {r.module_id: (r.score, r.passed) for r in merged.modules.all()}
    assert results == {t.module1.pk: (100, True), t.module2.pk: (0, False)}
    assert merged.completed_at is None  # module 2 not passed yet

    alone.refresh_from_db()
    assert alone.course_id == t.course.pk
    assert list(alone.lessons.values_list("lesson_id", flat=True)) == [t.lesson2.pk]
    assert Enrolment.objects.count() == 2 and LessonProgress.objects.count() == 3


def test_merged_enrolment_with_every_module_passed_is_completed(tree, member):
    t = tree
    english = Enrolment.objects.create(user=member, course=t.course)
    arabic = Enrolment.objects.create(user=member, course=ar(t.course))
    ModuleResult.objects.create(enrolment=english, module=t.module1, score=100, passed=True)
    ModuleResult.objects.create(enrolment=arabic, module=ar(t.module2), score=100, passed=True)

    run()

    enrolment = Enrolment.objects.get()
    assert enrolment.completed_at is not None and len(enrolment.certificate_code) == 16


def test_a_completed_copy_is_the_one_kept_so_its_certificate_stays_valid(tree, member):
    t = tree
    Enrolment.objects.create(user=member, course=t.course)
    done = Enrolment.objects.create(
        user=member, course=fr(t.course), completed_at=timezone.now(), certificate_code="ABCD"
    )

    run()

    enrolment = Enrolment.objects.get()
    assert enrolment.pk == done.pk and enrolment.certificate_code == "ABCD"
    assert enrolment.course_id == t.course.pk


def test_unique_constraints_keep_one_current_registration_and_enrolment(tree, member):
    from django.db import IntegrityError, transaction

    t = tree
    _register(t.webinar, member, RegistrationStatus.CANCELLED, 30)  # history may repeat
    _register(t.webinar, member, RegistrationStatus.CANCELLED, 20)
    _register(t.webinar, member, RegistrationStatus.CONFIRMED, 10)
    with pytest.raises(IntegrityError), transaction.atomic():
        _register(t.webinar, member, RegistrationStatus.WAITING, 5)
    _register(t.webinar, None, RegistrationStatus.PENDING, 5, name="V", email="v@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        _register(t.webinar, None, RegistrationStatus.PENDING, 1, name="V", email="V@example.ORG")
    Enrolment.objects.create(user=member, course=t.course)
    with pytest.raises(IntegrityError), transaction.atomic():
        Enrolment.objects.create(user=member, course=t.course)
