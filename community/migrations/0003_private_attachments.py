"""Attachments become private: random names under private/community/attachments/."""

from django.core.files.storage import default_storage
from django.db import migrations, models

import portal.security.media


def move_attachments(apps, schema_editor):
    """Rename existing attachments into the private scheme; the original name stays in
    ``attachment_name`` (filled from the old stored name where it was empty)."""
    Post = apps.get_model("community", "Post")
    for post in Post.objects.exclude(attachment="").iterator():
        old = post.attachment.name
        if portal.security.media.is_private(old):
            continue
        post.attachment_name = post.attachment_name or old.rsplit("/", 1)[-1][:255]
        post.attachment.name = portal.security.media.move_to_private(
            default_storage, old, "community/attachments"
        )
        post.save(update_fields=["attachment", "attachment_name"])


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0002_notification_params"),
    ]

    operations = [
        migrations.AlterField(
            model_name="post",
            name="attachment",
            field=models.FileField(
                blank=True,
                max_length=200,
                upload_to=portal.security.media.PrivateUploadTo("community/attachments"),
            ),
        ),
        migrations.RunPython(move_attachments, migrations.RunPython.noop),
    ]
