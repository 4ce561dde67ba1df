"""The background task that builds an offline pack (django-tasks)."""

from django_tasks import task


@task()
def build_offline_pack(key):
    """Build pending offline pack ``key`` and tell the members who asked for it."""
    from resources.offline.services import build

    return build(key)
