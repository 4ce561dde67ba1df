"""Threads and posts remember the language they were written in (for ``lang``/``dir`` on a page
in another language). Everything written before this was English: the column's default fills
existing rows with "en"."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("community", "0006_group_translatable")]

    operations = [
        migrations.AddField(
            model_name="post",
            name="language",
            field=models.CharField(
                choices=[
                    ("en", "English"),
                    ("fr", "Français"),
                    ("es", "Español"),
                    ("ar", "العربية"),
                ],
                default="en",
                max_length=10,
                verbose_name="language",
            ),
        ),
        migrations.AddField(
            model_name="thread",
            name="language",
            field=models.CharField(
                choices=[
                    ("en", "English"),
                    ("fr", "Français"),
                    ("es", "Español"),
                    ("ar", "العربية"),
                ],
                default="en",
                max_length=10,
                verbose_name="language",
            ),
        ),
    ]
