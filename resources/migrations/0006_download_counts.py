"""Download counts move out of ``ResourceFile`` (rows copied into every translation and
rewritten at each publication) into ``DownloadCount``: one row per resource (its canonical
page) and file language."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("resources", "0005_private_documents")]

    operations = [
        migrations.CreateModel(
            name="DownloadCount",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "language",
                    models.CharField(
                        choices=[
                            ("en", "English"),
                            ("fr", "French"),
                            ("es", "Spanish"),
                            ("ar", "Arabic"),
                            ("pt", "Portuguese"),
                            ("ru", "Russian"),
                            ("zh", "Chinese"),
                            ("de", "German"),
                            ("it", "Italian"),
                            ("nl", "Dutch"),
                            ("tr", "Turkish"),
                            ("fa", "Persian"),
                            ("ps", "Pashto"),
                            ("ur", "Urdu"),
                            ("bn", "Bengali"),
                            ("am", "Amharic"),
                            ("ti", "Tigrinya"),
                            ("so", "Somali"),
                            ("sw", "Swahili"),
                            ("ha", "Hausa"),
                            ("uk", "Ukrainian"),
                            ("sq", "Albanian"),
                            ("ka", "Georgian"),
                            ("hy", "Armenian"),
                            ("uz", "Uzbek"),
                        ],
                        max_length=8,
                        verbose_name="language",
                    ),
                ),
                ("downloads", models.PositiveIntegerField(default=0, verbose_name="downloads")),
                (
                    "page",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="download_counts",
                        to="resources.resourcepage",
                    ),
                ),
            ],
            options={
                "verbose_name": "download count",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("page", "language"), name="resource_download_count"
                    )
                ],
            },
        ),
    ]
