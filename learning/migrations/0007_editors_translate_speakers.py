"""Editors translate speakers: Wagtail's "Editors" group may see and change speaker snippets
(wagtail-localize already gives Editors "Can submit translations"); a translated biography is
edited in the speaker's edit view. Creating and deleting speakers stays with administrators."""

from django.db import migrations

CODENAMES = {"view_speaker": "Can view speaker", "change_speaker": "Can change speaker"}


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    editors = Group.objects.filter(name="Editors").first()
    if editors is None:
        return
    content_type, _ = ContentType.objects.get_or_create(app_label="learning", model="speaker")
    for codename, name in CODENAMES.items():
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        editors.permissions.add(permission)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    editors = Group.objects.filter(name="Editors").first()
    if editors is not None:
        editors.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="learning", codename__in=list(CODENAMES)
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0006_one_registration_per_person"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
