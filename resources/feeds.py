"""RSS and Atom feeds of the newest resources, or of any filtered listing."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from resources.services import ResourceQuery, resources_of

FEED_SIZE = 30


class ResourceRssFeed(Feed):
    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def get_object(self, request, *args, **kwargs):
        self.request = request
        self.query = ResourceQuery(request.GET)
        return self.index_page

    def title(self, obj):
        return (
            _("%(site)s: resources") % {"site": obj.title}
            if not self.query.q
            else _("Resources matching “%(q)s”") % {"q": self.query.q}
        )

    def link(self, obj):
        qs = self.query.querystring(page=None, sort=None, per_page=None)
        return obj.url + (f"?{qs}" if qs else "")

    def description(self, obj):
        return obj.intro or _("Newest resources")

    def items(self, obj):
        results = self.query.find(obj, self.request, page=1, per_page=FEED_SIZE, sort="newest")
        return resources_of(results.hits)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.listing_url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_author_name(self, item):
        return item.authors or item.publisher or None


class ResourceAtomFeed(ResourceRssFeed):
    feed_type = Atom1Feed
    subtitle = ResourceRssFeed.description
