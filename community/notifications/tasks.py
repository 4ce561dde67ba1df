"""Background tasks (django-tasks): notification emails."""

from django_tasks import task


@task()
def send_notification_email(notification_id):
    """Email one notification to its member (once; nothing if it is gone or has no address)."""
    from .emails import send_notification
    from .models import Notification

    n = (
        Notification.objects.select_related("user", "user__wagtail_userprofile")
        .filter(pk=notification_id)
        .first()
    )
    if n is not None:
        send_notification(n)
