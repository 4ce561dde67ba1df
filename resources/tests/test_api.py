"""Resources in the public read API: cursors that hold while content is added, the site's
filters and query, and nothing that is not published and public."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import PageViewRestriction

from portal.models import Theme
from resources.factories import ResourcePageFactory, publish
from resources.models import ResourceIndexPage, ResourcePage

pytestmark = pytest.mark.postgres


@pytest.fixture
def add_resource(demo_site, django_capture_on_commit_callbacks):
    """Publish a resource in the English index (indexed for search on commit)."""
    index = ResourceIndexPage.objects.get(locale__language_code="en")

    def add(live=True, **fields):
        themes = fields.pop("themes", [])
        with django_capture_on_commit_callbacks(execute=True):
            page = ResourcePageFactory.build(**fields)
            index.add_child(instance=page)
            page.themes.set(themes)
            if not live:
                page.save_revision()
                page.unpublish()
                return page
            return publish(page)

    return add


def _walk(client, url, limit, during=None):
    """Every id across the pages of ``url``; ``during(n)`` runs after page n."""
    ids, n = [], 0
    page = client.get(url, {"limit": limit}).json()
    while True:
        ids += [item["id"] for item in page["items"]]
        n += 1
        if during:
            during(n)
        if not page["next_cursor"]:
            return ids
        page = client.get(page["next"]).json()


@pytest.mark.parametrize("sort", ["newest", "title"])
def test_cursor_lists_every_item_once_while_resources_are_added(client, add_resource, sort):
    expected = {
        str(key)
        for key in ResourcePage.objects.live()
        .public()
        .filter(locale__language_code="en")
        .values_list("translation_key", flat=True)
    }
    assert len(expected) > 6
    added = []

    def add_some(n):
        if n in (1, 2):  # new items before and after the cursor in both orders
            added.append(add_resource(title=f"AAA new {sort} {n}").translation_key)
            added.append(add_resource(title=f"zzz new {sort} {n}").translation_key)

    ids = _walk(client, f"/api/v1/resources/?sort={sort}", 3, during=add_some)
    assert len(ids) == len(set(ids)), "an item was listed twice"
    assert expected <= set(ids), "an item present throughout was skipped"
    assert set(ids) <= expected | {str(k) for k in added}


def test_filters_and_query_match_the_site(client, add_resource):
    theme = Theme.objects.get(slug="economic-reintegration", locale__language_code="en")
    tagged = add_resource(
        title="Quokka livelihoods in Niger", countries=["NE"], themes=[theme], publication_year=2019
    )
    other = add_resource(title="Quokka housing", countries=["KE"], publication_year=2012)
    key, other_key = str(tagged.translation_key), str(other.translation_key)

    def ids(**params):
        response = client.get("/api/v1/resources/", {"limit": 100, **params})
        assert response.status_code == 200, response.content
        return {item["id"] for item in response.json()["items"]}

    assert {key, other_key} <= ids(q="quokka")
    assert key in ids(q="quokka", country="NE") and other_key not in ids(q="quokka", country="NE")
    assert key in ids(theme="economic-reintegration")
    assert other_key not in ids(theme="economic-reintegration")
    assert key in ids(region="WCA") and other_key in ids(region="EHA")  # a country's region
    assert key in ids(year_from=2018, year_to=2020) and other_key not in ids(year_from=2018)
    assert key in ids(country=["KE", "NE"]) and other_key in ids(country=["KE", "NE"])
    assert not ids(q="quokka", lang="fr") & {key, other_key}  # listed in English only
    detail = client.get(f"/api/v1/resources/{key}").json()
    assert detail["countries"] == ["NE"] and detail["themes"] == ["economic-reintegration"]
    assert detail["url"].startswith("http://testserver/en/resources/")


def test_only_published_public_resources(client, add_resource, django_assert_max_num_queries):
    draft = add_resource(title="Xylophone draft", live=False)
    private = add_resource(title="Xylophone private")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    public = add_resource(title="Xylophone public")
    listed = client.get("/api/v1/resources/?limit=100").json()["items"]
    found = client.get("/api/v1/resources/?q=xylophone&limit=100").json()["items"]
    for items in (listed, found):
        keys = {item["id"] for item in items}
        assert str(public.translation_key) in keys
        assert str(draft.translation_key) not in keys
        assert str(private.translation_key) not in keys
    for hidden in (draft, private):
        assert client.get(f"/api/v1/resources/{hidden.translation_key}").status_code == 404
    # No member's email address, anywhere in the API.
    emails = set(get_user_model().objects.values_list("email", flat=True))
    for key in ("resources", "initiatives", "webinars", "courses", "glossary"):
        text = client.get(f"/api/v1/{key}/?limit=100").content.decode()
        assert not [email for email in emails if email and email in text]
    # A page of twenty costs a bounded number of queries, not one per resource.
    for n in range(12):
        add_resource(title=f"Bulk {n}", themes=list(Theme.objects.all()[:2]))
    with django_assert_max_num_queries(14):
        assert len(client.get("/api/v1/resources/?limit=20").json()["items"]) == 20
