"""Knowledge checks: grading, module results and course completion with a certificate code."""

import secrets

from django.utils import timezone

from learning.courses.models import ModuleResult
from learning.courses.progress import passed_module_keys
from portal.core.i18n import canonical


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
    """Grade the attempt on ``module`` as the member saw it (in their language) and record
    it on the canonical module (the best score and a pass are kept); complete the course
    when all are passed.
    Returns (passed, score, feedback)."""
    course = module.get_parent().specific
    score, feedback = grade(module, answers)
    passed = score >= course.pass_mark
    result, _created = ModuleResult.objects.get_or_create(
        enrolment=enrolment, module=canonical(module)
    )
    result.score = max(result.score, score)
    result.passed = result.passed or passed
    result.save()
    _complete_if_done(enrolment)
    return passed, score, feedback


def _complete_if_done(enrolment):
    """Complete the enrolment once every module of its (canonical) course is passed."""
    module_keys = {m.translation_key for m in enrolment.course.modules()}
    if module_keys and module_keys <= passed_module_keys(enrolment) and not enrolment.completed_at:
        enrolment.completed_at = timezone.now()
        enrolment.certificate_code = secrets.token_hex(8).upper()
        enrolment.save(update_fields=["completed_at", "certificate_code"])
