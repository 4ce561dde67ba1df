"""Keep a resource's search data fresh when it is published."""

from wagtail.signals import page_published


def on_page_published(sender, instance, **kwargs):
    from resources.services import reindex_resource

    reindex_resource(instance)


def connect():
    from resources.models import ResourcePage

    page_published.connect(on_page_published, sender=ResourcePage, dispatch_uid="resources_pub")
