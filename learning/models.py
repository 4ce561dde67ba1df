"""The models of the learning app, defined in its rooms and gathered here for Django."""

from learning.courses.models import (
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    ModulePage,
    ModuleResult,
)
from learning.landing import LearningIndexPage
from learning.webinars.models import (
    Registration,
    Speaker,
    WebinarIndexPage,
    WebinarPage,
)

__all__ = [
    "CourseIndexPage",
    "CoursePage",
    "Enrolment",
    "LearningIndexPage",
    "LessonPage",
    "LessonProgress",
    "ModulePage",
    "ModuleResult",
    "Registration",
    "Speaker",
    "WebinarIndexPage",
    "WebinarPage",
]
