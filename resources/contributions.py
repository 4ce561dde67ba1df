"""Member contributions: a member submits a publication, editors review it in Wagtail's workflow.

A contribution is a draft ``ResourcePage`` (``submitted_by`` set, owned by the member) under the
Resources index of the member's locale. Its file is a ``ResourceDocument`` kept in a collection
only reviewers can open until the page is approved. The page enters the "Resource
contributions" workflow (one ``GroupApprovalTask`` for the Editors and Moderators groups);
approval publishes it, rejection asks for changes. The member is emailed by a background task
(Wagtail's own emails, which link to its admin, are turned off in the member's Wagtail
notification preferences) and sees the state of each submission on their dashboard.
"""

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupApprovalTask,
    TaskState,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)

from community.accounts import is_verified  # noqa: F401  (who may contribute; resources.views)
from portal.core import mail
from portal.core.links import absolute_url
from portal.core.slugs import unique_child_slug
from portal.security import ratelimit

WORKFLOW_NAME = "Resource contributions"
TASK_NAME = "Review a member's resource"
REVIEWER_GROUPS = ("Editors", "Moderators")
PENDING_COLLECTION = "Contributions awaiting review"
ALLOWED_EXTENSIONS = ("pdf", "docx", "xlsx", "pptx", "epub")

STATE_LABELS = {
    "in_moderation": gettext_lazy("In moderation"),
    "published": gettext_lazy("Published"),
    "needs_changes": gettext_lazy("Changes requested"),
    "draft": gettext_lazy("Not submitted"),
}


def max_upload_bytes():
    """The largest file a member may upload (``RESOURCES_MAX_UPLOAD_BYTES``)."""
    return getattr(settings, "RESOURCES_MAX_UPLOAD_BYTES", 50 * 1024 * 1024)


# --- who may contribute ------------------------------------------------------------------------


def check_rate_limit(user):
    """At most RESOURCES_CONTRIBUTION_RATE = (submissions, seconds) per member (cache counter).

    Only successful submissions count (call ``record_submission`` after saving).
    """
    limit, _window = getattr(settings, "RESOURCES_CONTRIBUTION_RATE", (5, 3600))
    if ratelimit.count(_rate_key(user)) >= limit:
        raise ValidationError(
            _(
                "You have sent %(count)s resources in a short time. Please wait an hour before "
                "sending another one."
            )
            % {"count": limit},
            code="rate",
        )


def record_submission(user):
    """Count one successful submission against the member's rate limit."""
    _limit, window = getattr(settings, "RESOURCES_CONTRIBUTION_RATE", (5, 3600))
    ratelimit.hit(_rate_key(user), window)


def _rate_key(user):
    return f"resources:contributions:{user.pk}"


# --- workflow and collection -------------------------------------------------------------------


def reviewer_groups():
    """The Editors and Moderators groups (created if missing)."""
    return [Group.objects.get_or_create(name=name)[0] for name in REVIEWER_GROUPS]


def ensure_workflow(index=None):
    """The contributions workflow (created if missing), assigned to ``index`` if that index has
    no workflow of its own yet. Editors may assign another workflow in the admin; it is kept."""
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if created or not workflow.workflow_tasks.exists():
        task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=TASK_NAME)
            task.groups.set(reviewer_groups())
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, sort_order=0)
    if index is not None:
        WorkflowPage.objects.get_or_create(page=index, defaults={"workflow": workflow})
        grant_publish(index)
    return workflow


def grant_publish(index):
    """Reviewers may publish below the index: approving the last task publishes the page, and
    Wagtail checks the approver's publish permission (Editors have none by default)."""
    from django.contrib.auth.models import Permission
    from wagtail.models import GroupPagePermission

    permission = Permission.objects.get(
        content_type__app_label="wagtailcore", codename="publish_page"
    )
    for group in reviewer_groups():
        GroupPagePermission.objects.get_or_create(group=group, page=index, permission=permission)


def pending_collection():
    """A collection whose documents only reviewers (and superusers) can download."""
    collection = Collection.objects.filter(name=PENDING_COLLECTION, depth=2).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=PENDING_COLLECTION)
    if not collection.view_restrictions.exists():
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.set(reviewer_groups())
    return collection


# --- submitting --------------------------------------------------------------------------------


# Routes of the Resources index: a child page with one of these slugs could not be reached.
RESERVED_SLUGS = {"contribute", "feed"}


def submit(index, user, data, upload):
    """Create the draft resource, its document and file, and start the review workflow."""
    from wagtail.documents import get_document_model

    from resources.models import ResourceFile, ResourcePage

    Document = get_document_model()
    with transaction.atomic():
        document = Document(
            title=data["title"][:255],
            language=data["file_language"],
            collection=pending_collection(),
            uploaded_by_user=user,
        )
        document.file.save(upload.name, upload, save=False)
        document.save()
        page = ResourcePage(
            title=data["title"],
            slug=unique_child_slug(
                index, data["title"], fallback="resource", reserved=RESERVED_SLUGS
            ),
            summary=data["summary"],
            authors=data["authors"],
            publisher=data["publisher"],
            publication_year=data["publication_year"],
            publication_date=data["publication_date"],
            resource_type=data["resource_type"],
            countries=data["countries"],
            is_iom=data["origin"] == "iom",
            doi=data["doi"],
            external_url=data["external_url"],
            owner=user,
            submitted_by=user,
            live=False,
        )
        page.themes.set(data.get("themes") or [])
        page.regions.set(data["regions"])
        index.add_child(instance=page)
        ResourceFile.objects.create(page=page, document=document, language=data["file_language"])
        page.save_revision(user=user, log_action=True)
        workflow = ensure_workflow(index)
        opt_out_of_wagtail_decision_emails(user)
        # The index's workflow (ours, or one an editor chose) reviews the contribution.
        (page.get_workflow() or workflow).start(page, user)
    return page


# Fields of the contribution form that are copied onto the page as they are.
EDITABLE_FIELDS = (
    "title",
    "summary",
    "authors",
    "publisher",
    "publication_year",
    "publication_date",
    "resource_type",
    "countries",
    "doi",
    "external_url",
)


def needs_changes_state(page):
    """The page's review waiting for the member's changes, or None."""
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return state
    return None


def editable_contribution(user, page_id):
    """The member's own contribution, as its latest draft, when the editors asked for
    changes; None otherwise (someone else's, published, or under review)."""
    from resources.models import ResourcePage

    page = ResourcePage.objects.filter(pk=page_id, submitted_by=user, live=False).first()
    if page is None or needs_changes_state(page) is None:
        return None
    return page.get_latest_revision_as_object()


def initial_data(page):
    """The contribution form's initial values from a draft."""
    data = {name: getattr(page, name) for name in EDITABLE_FIELDS}
    data["countries"] = [c.code for c in page.countries]
    data["origin"] = "iom" if page.is_iom else "external"
    data["themes"] = list(page.themes.all())
    data["regions"] = list(page.regions.all())
    file = page.files.first()
    data["file_language"] = file.language if file else "en"
    return data


def resubmit(page, user, data, upload=None):
    """Save the member's changes to the same draft (and a new file if sent), then resume the
    review where the editors asked for changes."""
    from wagtail.documents import get_document_model

    from resources.models import ResourceFile

    state = needs_changes_state(page)
    if state is None:
        raise ValidationError(_("This contribution is not waiting for your changes."))
    with transaction.atomic():
        for name in EDITABLE_FIELDS:
            setattr(page, name, data[name])
        page.is_iom = data["origin"] == "iom"
        page.themes.set(data.get("themes") or [])
        page.regions.set(data["regions"])
        if upload is not None:
            document = get_document_model()(
                title=data["title"][:255],
                language=data["file_language"],
                collection=pending_collection(),
                uploaded_by_user=user,
            )
            document.file.save(upload.name, upload, save=False)
            document.save()
            kept = [f for f in page.files.all() if f.language != data["file_language"]]
            page.files = kept + [ResourceFile(document=document, language=data["file_language"])]
        page.save()  # never published: the row is the draft, and so is the new revision
        page.save_revision(user=user, log_action=True)
        state.resume(user)
    return page


def opt_out_of_wagtail_decision_emails(user):
    """Wagtail emails the submitter when a review ends, with links to its admin; a member
    without admin access gets the app's email instead (``send_decision_email``). Wagtail's own
    notification preferences (``UserProfile``) turn its emails off for that member only; users
    with admin access keep them (and can change them under Account > Notifications)."""
    from wagtail.users.models import UserProfile

    if user.has_perm("wagtailadmin.access_admin"):
        return
    profile = UserProfile.get_for_user(user)
    if profile.approved_notifications or profile.rejected_notifications:
        profile.approved_notifications = profile.rejected_notifications = False
        profile.save(update_fields=["approved_notifications", "rejected_notifications"])


def release_documents_by_id(page_id):
    """Move an approved contribution's files out of the reviewers-only collection."""
    from django.db.models import Q
    from wagtail.documents import get_document_model

    root = Collection.get_first_root_node()
    get_document_model().objects.filter(
        Q(resource_files__page_id=page_id) | Q(practice_documents__page_id=page_id),
        collection__name=PENDING_COLLECTION,
    ).update(collection=root)


# --- status for the member ---------------------------------------------------------------------


def contributions_of(user, limit=50):
    """The member's submissions, newest first, each with its state and the reviewer's comment."""
    from resources.models import ResourcePage

    pages = list(
        ResourcePage.objects.filter(submitted_by=user, alias_of__isnull=True).order_by("-pk")[
            :limit
        ]
    )
    if not pages:
        return []
    latest = {}
    states = WorkflowState.objects.filter(
        base_content_type=pages[0].get_base_content_type(),
        object_id__in=[str(p.pk) for p in pages],
    ).order_by("created_at", "pk")
    for state in states:
        latest[state.object_id] = state
    comments = {}
    rejected = TaskState.objects.filter(
        workflow_state__in=[s for s in latest.values() if s.status == s.STATUS_NEEDS_CHANGES],
        status=TaskState.STATUS_REJECTED,
    ).order_by("finished_at", "pk")
    for task_state in rejected:
        comments[task_state.workflow_state_id] = task_state.comment
    items = []
    for page in pages:
        state = latest.get(str(page.pk))
        if page.live:
            key = "published"
        elif state and state.status == WorkflowState.STATUS_IN_PROGRESS:
            key = "in_moderation"
        elif state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            key = "needs_changes"
        else:
            key = "draft"
        items.append(
            {
                "page": page,
                "title": page.title,
                "state": key,
                "state_label": STATE_LABELS[key],
                "comment": comments.get(state.pk, "") if state else "",
                "submitted_at": state.created_at if state else page.latest_revision_created_at,
            }
        )
    return items


def dashboard_context(request):
    """Context of the dashboard panel "My contributed resources"."""
    items = contributions_of(request.user)
    base = contribute_url(request)
    for item in items:
        item["url"] = item["page"].get_url(request) if item["state"] == "published" else None
        if item["state"] == "needs_changes" and base:
            item["edit_url"] = f"{base}{item['page'].pk}/"
    return {"items": items, "contribute_url": base}


def contribute_url(request=None):
    """The contribution form's URL on the active language's index, else any live index's."""
    from wagtail.models import Locale

    from resources.models import ResourceIndexPage

    index = (
        ResourceIndexPage.objects.live().filter(locale=Locale.get_active()).first()
        or ResourceIndexPage.objects.live().first()
    )
    if index is None:
        return None
    url = index.get_url(request)
    return f"{url}contribute/" if url else None


# --- the review's decision ----------------------------------------------------------------------


DECISIONS = ("approved", "rejected")


def is_contribution(workflow_state):
    """Whether a workflow state reviews a member's contribution (a resource or a good
    practice with a submitter)."""
    from resources.models import GoodPracticePage, ResourcePage

    if workflow_state is None or workflow_state.base_content_type_id is None:
        return False
    model = workflow_state.content_type.model_class()
    if model not in (ResourcePage, GoodPracticePage):
        return False
    return model.objects.filter(pk=workflow_state.object_id, submitted_by__isnull=False).exists()


def decision_comment(workflow_state):
    """The reviewer's comment on the task that ended the review ("" if none)."""
    task_state = workflow_state.current_task_state
    return task_state.comment if task_state else ""


def on_workflow_approved(sender, instance, user=None, **kwargs):
    """Receiver of ``workflow_approved``: release a contribution's files, email the member."""
    _decided(instance, "approved")


def on_workflow_rejected(sender, instance, user=None, **kwargs):
    """Receiver of ``workflow_rejected``: email the member the editor's comment."""
    _decided(instance, "rejected")


def _decided(workflow_state, decision):
    from resources.tasks import send_contribution_decision

    if not is_contribution(workflow_state):
        return
    page_id = int(workflow_state.object_id)
    if decision == "approved":
        release_documents_by_id(page_id)
    comment = decision_comment(workflow_state)
    transaction.on_commit(lambda: send_contribution_decision.enqueue(page_id, decision, comment))


def send_decision_email(page_id, decision, comment=""):
    """Email the submitter the editors' decision ("approved" or "rejected") in their own
    language; returns whether an email was sent."""
    from django.urls import reverse
    from django.utils import translation
    from wagtail.models import Page

    from community.accounts import preferred_language
    from portal.core.i18n import translation_in

    page = Page.objects.filter(pk=page_id).specific().first()
    if page is None or decision not in DECISIONS or not hasattr(page, "submitted_by"):
        return False
    member = page.submitted_by
    if member is None or not member.email:
        return False
    language = preferred_language(member)
    with translation.override(language):
        context = {
            "member": member,
            "title": page.title,
            "comment": comment,
            # The resource in the member's language: its translation, or the alias there.
            "page_url": absolute_url(translation_in(page, language).url)
            if page.live and page.url
            else "",
            "dashboard_url": absolute_url(reverse("dashboard")),
        }
    mail.send(f"resources/email/contribution_{decision}", context, [member.email], language)
    return True
