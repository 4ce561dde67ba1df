"""Editors keep the data section and the GCM objectives up to date: Wagtail's "Editors" group
may view, add and change data sets (a new year's report is a new data set with its CSV) and
view, add (a translation is a new row) and change the GCM objectives. Deleting stays with
administrators."""

from django.db import migrations

MODELS = {"dataset": "data set", "gcmobjective": "GCM objective"}
ACTIONS = ("view", "add", "change")


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    editors = Group.objects.filter(name="Editors").first()
    if editors is None:
        return
    for model, verbose in MODELS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="portal", model=model)
        for action in ACTIONS:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {verbose}"},
            )
            editors.permissions.add(permission)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    editors = Group.objects.filter(name="Editors").first()
    if editors is not None:
        codenames = [f"{action}_{model}" for model in MODELS for action in ACTIONS]
        editors.permissions.remove(
            *Permission.objects.filter(content_type__app_label="portal", codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0008_datasets_and_chart_block"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
