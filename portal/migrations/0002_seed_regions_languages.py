from django.db import migrations

REGION_CODES = ["APAC", "CNAC", "EHA", "EEA", "MENA", "SAM", "SEEECA", "SAF", "WCA"]
LANGUAGE_CODES = [
    "en",
    "fr",
    "es",
    "ar",
    "pt",
    "ru",
    "zh",
    "de",
    "it",
    "nl",
    "tr",
    "fa",
    "ps",
    "ur",
    "bn",
    "am",
    "ti",
    "so",
    "sw",
    "ha",
    "uk",
    "sq",
    "ka",
    "hy",
    "uz",
]


def seed(apps, schema_editor):
    Region = apps.get_model("portal", "Region")
    Language = apps.get_model("portal", "Language")
    for order, code in enumerate(REGION_CODES):
        Region.objects.update_or_create(code=code, defaults={"sort_order": order})
    for order, code in enumerate(LANGUAGE_CODES):
        Language.objects.update_or_create(code=code, defaults={"sort_order": order})


class Migration(migrations.Migration):
    dependencies = [("portal", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
