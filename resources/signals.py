"""Signal receivers of the resources app: search data on publish, contribution reviews."""

from django.db import transaction
from django.db.models.signals import post_delete
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    workflow_approved,
    workflow_rejected,
)

# Wagtail's own approval/rejection emails (wagtail.admin.signal_handlers) link to the admin,
# which members cannot open; for contributions the app sends its own email instead.
# notifier name in wagtail.admin.signal_handlers -> (signal, Wagtail's dispatch_uid)
WAGTAIL_NOTIFIERS = {
    "workflow_approval_email_notifier": (
        workflow_approved,
        "workflow_state_approved_email_notification",
    ),
    "workflow_rejection_email_notifier": (
        workflow_rejected,
        "workflow_state_rejected_email_notification",
    ),
}


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


def _wagtail_notifier_except_contributions(name):
    """Wagtail's notifier ``name``, skipped for contributions (they get the app's email)."""
    from wagtail.admin import signal_handlers

    notifier = getattr(signal_handlers, name)

    def receiver(sender, instance=None, **kwargs):
        from resources import contributions

        if contributions.is_contribution(instance):
            return True
        return notifier(instance=instance, **kwargs)

    return receiver


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
    # Replace Wagtail's notifier under its own dispatch_uid: whichever app is ready first,
    # only the wrapped one stays connected (Django ignores a second receiver with that uid).
    for name, (signal, uid) in WAGTAIL_NOTIFIERS.items():
        signal.disconnect(sender=WorkflowState, dispatch_uid=uid)
        signal.connect(
            _wagtail_notifier_except_contributions(name),
            sender=WorkflowState,
            dispatch_uid=uid,
            weak=False,
        )
    # The dashboard panel "My contributed resources" (portal.registry).
    contributions.register_dashboard_panel()
