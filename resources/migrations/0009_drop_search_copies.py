"""The resources listing searches the site's one index (search.SearchDocument): the page's own
copy of its files' text and its stored vector go (the text stays on each document)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0008_remove_resourcefile_downloads"),
    ]

    operations = [
        migrations.RemoveField(
            model_name="resourcepage",
            name="file_text",
        ),
        migrations.RemoveField(
            model_name="resourcepage",
            name="search_vector",
        ),
    ]
