"""Groups become translatable (Wagtail's bootstrap steps, 3 of 3): locale and translation key
required, the slug unique per locale (translations share their group's slug)."""

import django.db.models.deletion
import uuid
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0005_group_bootstrap_locales"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="group",
            options={
                "ordering": ["name"],
                "verbose_name": "group",
                "verbose_name_plural": "groups",
            },
        ),
        migrations.AlterField(
            model_name="group",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="group",
            name="slug",
            field=models.SlugField(
                help_text="The same in every language: translations keep their group's slug.",
                max_length=160,
                verbose_name="slug",
            ),
        ),
        migrations.AlterField(
            model_name="group",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(
            name="group",
            unique_together={("slug", "locale"), ("translation_key", "locale")},
        ),
    ]
