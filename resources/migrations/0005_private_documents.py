"""Documents become private files: random names under private/documents/, the uploader's file
name kept in ``original_filename`` (the document's URL and download name stay the same)."""

from django.core.files.storage import default_storage
from django.db import migrations, models

import portal.security.media


def move_documents(apps, schema_editor):
    Document = apps.get_model("resources", "ResourceDocument")
    for document in Document.objects.exclude(file="").iterator():
        old = document.file.name
        if portal.security.media.is_private(old):
            continue
        document.original_filename = old.rsplit("/", 1)[-1][:255]
        document.file.name = portal.security.media.move_to_private(
            default_storage, old, "documents"
        )
        document.save(update_fields=["file", "original_filename"])


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0004_opt_out_existing_contributors"),
    ]

    operations = [
        migrations.AddField(
            model_name="resourcedocument",
            name="original_filename",
            field=models.CharField(
                blank=True, editable=False, max_length=255, verbose_name="original file name"
            ),
        ),
        migrations.AlterField(
            model_name="resourcedocument",
            name="file",
            field=models.FileField(
                max_length=200,
                upload_to=portal.security.media.PrivateUploadTo(
                    "documents", keep_name_in="original_filename"
                ),
                verbose_name="file",
            ),
        ),
        migrations.RunPython(move_documents, migrations.RunPython.noop),
    ]
