"""A group's discussion search goes through the site's one search index: titles and visible
posts are found, hidden posts and private groups never are."""

import pytest

from community.factories import PostFactory, ThreadFactory
from community.models import Post


@pytest.fixture
def threads(groups, member, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        housing = ThreadFactory(group=groups["open"], title="Housing in Dakar", author=member)
        PostFactory(thread=housing, author=member, source="Who rents rooms to **returnees**?")
        PostFactory(thread=housing, author=member, source="Quarbly hidden", status="hidden")
        jobs = ThreadFactory(group=groups["open"], title="Jobs", author=member)
        PostFactory(thread=jobs, author=member, source="Training centres that hire.")
        secret = ThreadFactory(group=groups["private"], title="Housing secrets", author=member)
        PostFactory(thread=secret, author=member, source="Returnee rooms")
    return {"housing": housing, "jobs": jobs, "secret": secret}


def titles(client, slug, query):
    response = client.get(f"/en/community/groups/{slug}/", {"q": query})
    assert response.status_code in (200, 404)
    return response.text


def test_titles_and_visible_posts_are_found(client, threads):
    html = titles(client, "open-circle", "rents")
    assert "Housing in Dakar" in html and ">Jobs<" not in html
    assert 'id="group-q" type="search" name="q" value="rents"' in html
    html = titles(client, "open-circle", "quarbly")  # a hidden post's word
    assert "Housing in Dakar" not in html and "No discussion matches" in html


@pytest.mark.postgres
def test_a_stemmed_word_finds_what_icontains_could_not(client, threads):
    assert "Housing in Dakar" in titles(client, "open-circle", "renting")
    assert "Jobs" in titles(client, "open-circle", "hiring")


def test_private_groups_offer_no_search_and_are_not_indexed(client, threads, groups, member):
    from search.models import SearchDocument

    assert not SearchDocument.objects.filter(object_id=str(threads["secret"].pk)).exists()
    client.force_login(member)
    from community.factories import add_member

    add_member(groups["private"], member)
    html = titles(client, "secret-circle", "rooms")
    assert 'id="group-q"' not in html and "Housing secrets" in html  # the query is ignored
    assert Post.objects.filter(status="hidden").exists()
