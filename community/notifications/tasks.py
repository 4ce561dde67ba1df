"""Background tasks (django-tasks): notification emails."""

from django.conf import settings
from django.urls import reverse
from django_tasks import task


@task()
def send_notification_email(notification_id):
    from .models import Notification
    from .services import unsubscribe_token

    n = Notification.objects.select_related("user").filter(pk=notification_id).first()
    if n is None or n.emailed or not n.user.email:
        return
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "")
    unsub = base + reverse("community_unsubscribe", args=[unsubscribe_token(n.user)])
    _send(n, base, unsub)
    n.emailed = True
    n.save(update_fields=["emailed"])


def _send(n, base, unsub):
    from django.core.mail import EmailMessage

    EmailMessage(
        subject="[R&R Hub] " + n.text,
        body=f"{n.text}\n\n{base}{n.url}\n\nUnsubscribe with one click: {unsub}\n",
        to=[n.user.email],
        headers={
            "List-Unsubscribe": f"<{unsub}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    ).send()
