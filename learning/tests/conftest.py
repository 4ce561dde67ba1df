"""Fixtures of the learning app: a small Learning section under the demo home page."""

from types import SimpleNamespace

import pytest

from learning import factories


@pytest.fixture
def home(db):
    from portal.demo import site as demo

    demo.ensure_locales()
    return demo.ensure_home()


@pytest.fixture
def learning_tree(home):
    learning = factories.LearningIndexPageFactory(parent=home)
    webinars = factories.WebinarIndexPageFactory(parent=learning)
    courses = factories.CourseIndexPageFactory(parent=learning)
    webinar = factories.WebinarPageFactory(parent=webinars, slug="next-webinar", capacity=2)
    course = factories.CoursePageFactory(parent=courses, slug="handbook")
    module1 = factories.ModulePageFactory(parent=course, slug="module-1", title="Module 1")
    module2 = factories.ModulePageFactory(parent=course, slug="module-2", title="Module 2")
    lesson1 = factories.LessonPageFactory(parent=module1, slug="lesson-1", title="Lesson 1")
    lesson2 = factories.LessonPageFactory(parent=module1, slug="lesson-2", title="Lesson 2")
    return SimpleNamespace(
        home=home,
        learning=learning,
        webinars=webinars,
        courses=courses,
        webinar=webinar,
        course=course,
        module1=module1,
        module2=module2,
        lesson1=lesson1,
        lesson2=lesson2,
    )
