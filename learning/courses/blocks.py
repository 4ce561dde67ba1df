"""StreamField blocks of lessons and knowledge checks."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from portal.pages.blocks import (
    CaseStudyBlock,
    DocumentListBlock,
    ImageBlock,
    KeyMessagesBlock,
    VideoEmbedBlock,
)


class LessonStreamBlock(blocks.StreamBlock):
    """A lesson: text, images, video, key messages, case studies and documents to download."""

    text = blocks.RichTextBlock(
        label=_("Text"), features=["h2", "h3", "bold", "italic", "link", "ul", "ol"]
    )
    image = ImageBlock()
    video = VideoEmbedBlock()
    key_messages = KeyMessagesBlock()
    case_study = CaseStudyBlock()
    documents = DocumentListBlock(label=_("Downloadable documents"))


class AnswerBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.TextBlock(label=_("Feedback"), required=False)


class QuestionBlock(blocks.StructBlock):
    """A multiple-choice question; each answer carries its own feedback."""

    question = blocks.CharBlock(label=_("Question"), max_length=300)
    answers = blocks.ListBlock(AnswerBlock(), label=_("Answers"), min_num=2)

    class Meta:
        icon = "help"
        label = _("Question")


class KnowledgeCheckBlock(blocks.StreamBlock):
    question = QuestionBlock()
