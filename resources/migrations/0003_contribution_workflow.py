"""The "Resource contributions" workflow: one group approval task for Editors and Moderators,
assigned to every Resources index that has no workflow of its own, and the right to publish
below the index for those groups (approving the last task publishes the page). Indexes created later get
it on the first contribution (resources.contributions.ensure_workflow)."""

from django.db import migrations

WORKFLOW_NAME = "Resource contributions"
TASK_NAME = "Review a member's resource"
REVIEWER_GROUPS = ("Editors", "Moderators")


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    ResourceIndexPage = apps.get_model("resources.ResourceIndexPage")

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_type)
        task.groups.set([Group.objects.get_or_create(name=n)[0] for n in REVIEWER_GROUPS])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    publish = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename="publish_page"
    ).first()
    for index in ResourceIndexPage.objects.all():
        if not WorkflowPage.objects.filter(page_id=index.pk).exists():
            WorkflowPage.objects.create(page_id=index.pk, workflow=workflow)
        if publish is not None:
            for group in task.groups.all():
                GroupPagePermission.objects.get_or_create(
                    group=group, page_id=index.pk, permission=publish
                )


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0002_resource_pages"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_workflow, migrations.RunPython.noop)]
