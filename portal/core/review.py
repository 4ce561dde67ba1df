"""Pages waiting in Wagtail's moderation workflows, counted for the admin's work queues
(``portal.core.registry.WorkQueue``): apps count their own page types with these."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import GroupApprovalTask, TaskState


def reviews_pages(user):
    """Whether the user reviews in an active workflow task (superusers always)."""
    if not user.is_authenticated or not user.has_perm("wagtailadmin.access_admin"):
        return False
    return user.is_superuser or (
        GroupApprovalTask.objects.filter(active=True, groups__user=user).exists()
    )


def pages_awaiting_review(user, *model_labels):
    """How many pages of the given types ("app.Model") wait in a task ``user`` can act on."""
    types = ContentType.objects.get_for_models(*(apps.get_model(m) for m in model_labels))
    return (
        TaskState.objects.reviewable_by(user)
        .filter(workflow_state__content_type__in=types.values())
        .count()
    )


def review_url():
    """Where reviewers see every page in a workflow (the admin home lists theirs to act on)."""
    return reverse("wagtailadmin_reports:workflow")
