"""Background tasks (django-tasks): the periodic and immediate runs of search alerts."""

from django_tasks import task


@task()
def send_search_alerts(frequency: str):
    """Email the new matches of every due saved search of ``frequency``."""
    from .services import send_alerts

    emails, matches = send_alerts(frequency)
    return {"emails": emails, "matches": matches}
