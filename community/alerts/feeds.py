"""The Atom feed of a saved search, at a secret address (feed readers need no sign-in)."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from portal.core.links import absolute_url

from .models import SavedSearch
from .services import feed_hits


class SavedSearchFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, token):
        return get_object_or_404(SavedSearch.objects.select_related("user"), feed_token=token)

    def __call__(self, request, *args, **kwargs):
        saved = self.get_object(request, *args, **kwargs)
        with translation.override(saved.language):
            response = super().__call__(request, *args, **kwargs)
        response["Cache-Control"] = "private, max-age=900"
        response["X-Robots-Tag"] = "noindex"
        return response

    def title(self, obj):
        return _("Saved search: %(name)s") % {"name": obj.name}

    def subtitle(self, obj):
        return _("The newest matches of a search saved on %(site)s.") % {"site": absolute_url("/")}

    def link(self, obj):
        return absolute_url(obj.url)

    def feed_guid(self, obj):
        return absolute_url(f"/community/alerts/feed/{obj.pk}")

    def items(self, obj):
        return feed_hits(obj)

    def item_title(self, hit):
        return hit.title

    def item_link(self, hit):
        return absolute_url(hit.url or "/")

    def item_description(self, hit):
        return hit.summary

    def item_guid(self, hit):
        return absolute_url(hit.url or f"/{hit.type_key}/{hit.object_id}")

    def item_updateddate(self, hit):
        """The hit's date (Atom needs one; an undated hit: now)."""
        if isinstance(hit.date, datetime):
            return hit.date if timezone.is_aware(hit.date) else timezone.make_aware(hit.date)
        if hit.date:
            return timezone.make_aware(datetime.combine(hit.date, time()))
        return timezone.now()
