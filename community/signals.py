"""Signal handlers: admin login failures, content_changed for search."""

from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.db.models.signals import post_save
from django.dispatch import receiver

from portal.core.signals import content_changed

from .limiter import record_failure, reset
from .models import Post, Thread


@receiver(user_login_failed)
def _login_failed(sender, credentials, request=None, **kwargs):
    if request is not None and request.path.startswith("/admin/"):
        record_failure(request, credentials.get("username", ""))


@receiver(user_logged_in)
def _logged_in(sender, request, user, **kwargs):
    if request is not None and request.path.startswith("/admin/"):
        reset(request, request.POST.get("username", ""))


@receiver(post_save, sender=Post)
def _post_saved(sender, instance, **kwargs):
    content_changed.send(sender=Thread, instance=instance.thread)


@receiver(post_save, sender="community.Group")
def _group_saved(sender, instance, **kwargs):
    """A group turned private must leave the search index with all its threads."""
    for thread in Thread.objects.filter(group=instance).only("pk", "group"):
        content_changed.send(sender=Thread, instance=thread)
