"""Members who contributed before ``contributions.submit`` turned Wagtail's decision emails off
still have them on: turn off ``UserProfile.approved_notifications`` and
``rejected_notifications`` for every submitter without admin access, as
``contributions.opt_out_of_wagtail_decision_emails`` does on each new submission (users with
admin access keep them). Reverse: nothing to undo."""

from django.conf import settings
from django.db import migrations
from django.db.models import Q


def opt_out_existing_contributors(apps, schema_editor):
    User = apps.get_model(settings.AUTH_USER_MODEL)
    UserProfile = apps.get_model("wagtailusers", "UserProfile")
    ResourcePage = apps.get_model("resources", "ResourcePage")

    submitters = set(
        ResourcePage.objects.filter(submitted_by__isnull=False).values_list(
            "submitted_by", flat=True
        )
    )
    if not submitters:
        return
    # ``user.has_perm("wagtailadmin.access_admin")``: active, and superuser or granted the
    # permission directly or through a group.
    access_admin = {"content_type__app_label": "wagtailadmin", "codename": "access_admin"}
    with_admin_access = set(
        User.objects.filter(pk__in=submitters, is_active=True)
        .filter(
            Q(is_superuser=True)
            | Q(**{f"user_permissions__{k}": v for k, v in access_admin.items()})
            | Q(**{f"groups__permissions__{k}": v for k, v in access_admin.items()})
        )
        .values_list("pk", flat=True)
    )
    members = submitters - with_admin_access
    UserProfile.objects.filter(user_id__in=members).update(
        approved_notifications=False, rejected_notifications=False
    )
    with_profile = set(
        UserProfile.objects.filter(user_id__in=members).values_list("user_id", flat=True)
    )
    UserProfile.objects.bulk_create(
        UserProfile(user_id=pk, approved_notifications=False, rejected_notifications=False)
        for pk in sorted(members - with_profile)
    )


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0003_contribution_workflow"),
        ("wagtailusers", "0015_userprofile_keyboard_shortcuts"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(opt_out_existing_contributors, migrations.RunPython.noop),
    ]
