"""Test data factories of the learning app."""

from datetime import timedelta

import factory
import wagtail_factories
from django.utils import timezone

from learning.courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from learning.landing import LearningIndexPage
from learning.webinars.models import WebinarIndexPage, WebinarPage


class LearningIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LearningIndexPage

    title = "Learning"
    slug = "learning"


class WebinarIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = WebinarIndexPage

    title = "Webinars"
    slug = "webinars"


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CourseIndexPage

    title = "Courses"
    slug = "courses"


class WebinarPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = WebinarPage

    title = factory.Sequence(lambda n: f"Webinar {n}")
    slug = factory.Sequence(lambda n: f"webinar-{n}")
    summary = "A webinar about reintegration."
    start = factory.LazyFunction(lambda: timezone.now() + timedelta(days=3))
    organiser_time_zone = "Europe/Brussels"
    duration_minutes = 60
    capacity = 20
    join_url = "https://meet.example.org/secret-room"


def check(questions=2):
    """A knowledge check whose first answer is always the right one."""
    return [
        (
            "question",
            {
                "question": f"Question {i}?",
                "answers": [
                    {"text": f"Right {i}", "correct": True, "feedback": f"Well done {i}."},
                    {"text": f"Wrong {i}", "correct": False, "feedback": f"Think again {i}."},
                ],
            },
        )
        for i in range(questions)
    ]


class CoursePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Course {n}")
    slug = factory.Sequence(lambda n: f"course-{n}")
    summary = "A course."
    pass_mark = 50


class ModulePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Module {n}")
    slug = factory.Sequence(lambda n: f"module-{n}")
    summary = "A module."
    knowledge_check = factory.LazyFunction(check)


class LessonPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Lesson {n}")
    slug = factory.Sequence(lambda n: f"lesson-{n}")
    summary = "A lesson."
    body = factory.LazyFunction(lambda: [("text", "<p>Lesson text.</p>")])
