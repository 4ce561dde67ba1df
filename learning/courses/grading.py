"""Knowledge checks: grading, module results and course completion with a certificate code."""

import secrets

from django.utils import timezone

from learning.courses.models import ModuleResult
from learning.courses.progress import passed_module_ids


def grade(module, answers):
    """(score percent, per-question feedback) for ``answers`` (question index -> answer
    index); an unanswered question counts as wrong."""
    feedback = []
    correct = 0
    questions = [block.value for block in module.knowledge_check]
    for i, question in enumerate(questions):
        chosen = answers.get(i)
        options = list(question["answers"])
        answer = options[chosen] if chosen is not None and 0 <= chosen < len(options) else None
        ok = bool(answer and answer["correct"])
        correct += ok
        feedback.append(
            {
                "question": question["question"],
                "answer": answer["text"] if answer else "",
                "correct": ok,
                "feedback": answer["feedback"] if answer else "",
            }
        )
    score = int(round(100 * correct / len(questions))) if questions else 100
    return score, feedback


def submit_check(module, enrolment, answers):
    """Grade and record the attempt (a pass is kept); complete the course when all passed.
    Returns (passed, score, feedback)."""
    course = module.get_parent().specific
    score, feedback = grade(module, answers)
    passed = score >= course.pass_mark
    result, _created = ModuleResult.objects.get_or_create(enrolment=enrolment, module=module)
    result.score = score
    result.passed = result.passed or passed
    result.save()
    _complete_if_done(course, enrolment)
    return passed, score, feedback


def _complete_if_done(course, enrolment):
    module_ids = {m.pk for m in course.modules()}
    if module_ids and module_ids <= passed_module_ids(enrolment) and not enrolment.completed_at:
        enrolment.completed_at = timezone.now()
        enrolment.certificate_code = secrets.token_hex(8).upper()
        enrolment.save(update_fields=["completed_at", "certificate_code"])
