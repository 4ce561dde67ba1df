"""``ResourceFile.downloads`` is gone: counts live in ``DownloadCount``."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("resources", "0007_move_download_counts")]

    operations = [migrations.RemoveField(model_name="resourcefile", name="downloads")]
