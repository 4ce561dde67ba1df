"""Signal receivers of the resources app: search data on publish, contribution reviews.

Wagtail's own approval/rejection emails are not sent to contributing members: their Wagtail
notification preferences are turned off when they submit (``contributions.submit``)."""

from django.db import transaction
from django.db.models.signals import post_delete
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    workflow_approved,
    workflow_rejected,
)


def on_page_published(sender, instance, **kwargs):
    from resources.services import reindex_resource

    reindex_resource(instance)


def on_resource_changed(sender, **kwargs):
    """Unpublished, moved or deleted: cached facet counts are stale."""
    from resources.services import invalidate_facet_counts

    invalidate_facet_counts()


def on_workflow_approved(sender, instance, user=None, **kwargs):
    _decided(instance, "approved")


def on_workflow_rejected(sender, instance, user=None, **kwargs):
    _decided(instance, "rejected")


def _decided(workflow_state, decision):
    from resources import contributions
    from resources.tasks import send_contribution_decision

    if not contributions.is_contribution(workflow_state):
        return
    page_id = int(workflow_state.object_id)
    if decision == "approved":
        contributions.release_documents_by_id(page_id)
    comment = contributions.decision_comment(workflow_state)
    transaction.on_commit(lambda: send_contribution_decision.enqueue(page_id, decision, comment))


def connect():
    from wagtail.models import WorkflowState

    from resources import contributions
    from resources.models import ResourcePage

    page_published.connect(on_page_published, sender=ResourcePage, dispatch_uid="resources_pub")
    for signal, uid in (
        (page_unpublished, "resources_unpub"),
        (post_page_move, "resources_moved"),
        (post_delete, "resources_deleted"),
    ):
        signal.connect(on_resource_changed, sender=ResourcePage, dispatch_uid=uid)
    workflow_approved.connect(
        on_workflow_approved, sender=WorkflowState, dispatch_uid="resources_contrib_approved"
    )
    workflow_rejected.connect(
        on_workflow_rejected, sender=WorkflowState, dispatch_uid="resources_contrib_rejected"
    )
    # The dashboard panel "My contributed resources" (portal.core.registry).
    contributions.register_dashboard_panel()
