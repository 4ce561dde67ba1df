"""Models of the courses room: course, module and lesson pages; enrolment and progress."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from learning.courses.blocks import KnowledgeCheckBlock, LessonStreamBlock


class CourseIndexPage(Page):
    summary = models.TextField(_("summary"), blank=True)
    content_panels = Page.content_panels + [FieldPanel("summary")]
    parent_page_types = ["learning.LearningIndexPage"]
    subpage_types = ["learning.CoursePage"]

    class Meta:
        verbose_name = _("course index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["courses"] = CoursePage.objects.child_of(self).live().public().order_by("title")
        return context


class CoursePage(Page):
    """A self-paced course made of modules; module 1 first, then any order."""

    summary = models.TextField(_("summary"), blank=True)
    description = RichTextField(_("description"), blank=True)
    themes = ParentalManyToManyField("portal.Theme", blank=True, verbose_name=_("themes"))
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, help_text=_("Share of correct answers to pass a module.")
    )
    first_module_required = models.BooleanField(
        _("module 1 first"), default=True, help_text=_("Open other modules once module 1 passes.")
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("themes"),
        FieldPanel("pass_mark"),
        FieldPanel("first_module_required"),
    ]
    # The admin's search; the site searches the one index (portal.core.search).
    search_fields = Page.search_fields + [index.SearchField("summary", boost=2)]
    parent_page_types = ["learning.CourseIndexPage"]
    subpage_types = ["learning.ModulePage"]

    class Meta:
        verbose_name = _("course")

    def modules(self):
        return ModulePage.objects.child_of(self).live().order_by("path")

    def get_context(self, request, *args, **kwargs):
        from learning.courses.progress import course_context

        context = super().get_context(request, *args, **kwargs)
        context.update(course_context(self, request))
        return context


class ModulePage(Page):
    """A module: lessons below it, key messages and a knowledge check."""

    summary = models.TextField(_("summary"), blank=True)
    key_messages = StreamField(
        [("message", blocks.TextBlock(label=_("Key message")))],
        blank=True,
        verbose_name=_("key messages"),
    )
    knowledge_check = StreamField(
        KnowledgeCheckBlock(), blank=True, verbose_name=_("knowledge check")
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("key_messages"),
        FieldPanel("knowledge_check"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary")]
    parent_page_types = ["learning.CoursePage"]
    subpage_types = ["learning.LessonPage"]

    class Meta:
        verbose_name = _("module")

    def lessons(self):
        return LessonPage.objects.child_of(self).live().order_by("path")

    def get_context(self, request, *args, **kwargs):
        from learning.courses.progress import module_context

        context = super().get_context(request, *args, **kwargs)
        context.update(module_context(self, request))
        return context

    def serve(self, request, *args, **kwargs):
        from learning.courses.progress import module_guard

        return module_guard(self, request) or super().serve(request, *args, **kwargs)


class LessonPage(Page):
    summary = models.TextField(_("summary"), blank=True)
    body = StreamField(LessonStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("summary")]
    parent_page_types = ["learning.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")

    def serve(self, request, *args, **kwargs):
        from learning.courses.progress import module_guard, record_lesson_visit

        response = module_guard(self.get_parent().specific, request)
        if response:
            return response
        record_lesson_visit(self, request)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from learning.courses.progress import lesson_context

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_context(self, request))
        return context


class Enrolment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="course_enrolments"
    )
    course = models.ForeignKey(CoursePage, on_delete=models.CASCADE, related_name="enrolments")
    started_at = models.DateTimeField(auto_now_add=True)
    last_lesson = models.ForeignKey(
        LessonPage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    completed_at = models.DateTimeField(null=True, blank=True)
    certificate_code = models.CharField(max_length=32, unique=True, null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="learning_unique_enrolment")
        ]

    def __str__(self):
        return f"{self.user} in {self.course}"


class LessonProgress(models.Model):
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="lessons")
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="+")
    completed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "lesson"], name="learning_unique_lesson")
        ]

    def __str__(self):
        return f"{self.enrolment_id}: lesson {self.lesson_id}"


class ModuleResult(models.Model):
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="modules")
    module = models.ForeignKey(ModulePage, on_delete=models.CASCADE, related_name="+")
    score = models.PositiveSmallIntegerField(default=0)
    passed = models.BooleanField(default=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "module"], name="learning_unique_module")
        ]

    def __str__(self):
        return f"{self.enrolment_id}: module {self.module_id} ({self.score}%)"
