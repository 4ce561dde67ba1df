"""Query counts of the resources listing and a resource's page do not grow with the content."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from resources.models import ResourcePage

pytestmark = pytest.mark.django_db


def queries(client, url):
    """The queries of a second request to ``url`` (the first warms per-process caches)."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200, url
    return len(ctx)


def test_listing_and_detail_queries_constant(demo_site, client):
    resource = ResourcePage.objects.live().filter(locale__language_code="en").first()
    index = resource.get_parent()
    urls = [index.url, index.url + "?q=return", resource.url, "/en/search/?q=return"]
    before = [queries(client, url) for url in urls]
    # 27: the listing's covers cost two queries whatever the number of results (the files with
    # their documents and covers, then the covers' renditions).
    assert max(before) <= 27, before
    for n in range(12):
        resource.copy(
            update_attrs={"slug": f"copy-{n}", "title": f"Return copy {n}"},
            keep_live=True,
            log_action=None,
        )
    assert [queries(client, url) for url in urls] == before
