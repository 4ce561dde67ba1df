"""Account data: the member's download holds their data and nobody else's; deleting the
account anonymises posts, erases the rest, ends every session and stops sign-in."""

import csv
import io
import json
import zipfile

from django.contrib.auth import get_user_model
from django.test import Client

from community.alerts.models import SavedSearch
from community.factories import PostFactory
from community.models import Follow, Post, Profile
from conftest import PASSWORD

DATA = "/en/community/account/data/"
DELETE = "/en/community/account/delete/"


def test_export_holds_the_members_data_and_nothing_of_another(
    thread, member, member_client, other_member, client
):
    PostFactory(thread=thread, author=other_member, source="Someone else's private words")
    PostFactory(thread=thread, author=member, source="My second answer, in full")
    Follow.objects.create(user=member, thread=thread)
    SavedSearch.objects.create(
        user=member, name="Cash grants", kind="resources", path="/en/resources/",
        query="q=cash", language="en",
    )  # fmt: skip
    SavedSearch.objects.create(
        user=other_member, name="Their search", kind="resources", path="/en/resources/",
        language="en",
    )  # fmt: skip
    Profile.objects.update_or_create(user=member, defaults={"job_title": "=HYPERLINK(1)"})

    assert client.get(DATA).status_code == 302  # anonymous: to the login page
    assert "Download my data" in member_client.get(DATA).content.decode()
    response = member_client.post(DATA)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert "attachment" in response["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    raw = archive.read("data.json").decode()
    data = json.loads(raw)["data"]
    community = data["community"]
    assert community["account"][0]["email"] == member.email
    assert [p["text"] for p in community["posts"]] == ["Opening words", "My second answer, in full"]
    assert community["threads"][0]["title"] == "Open thread"
    assert community["follows"] == [{"thread": "Open thread", "group": ""}]
    assert [s["name"] for s in community["saved_searches"]] == ["Cash grants"]
    assert {"learning", "resources", "initiatives_map"} <= set(data)
    assert "webinar_registrations" in data["learning"]
    assert "Someone else" not in raw and "Their search" not in raw and "other@" not in raw
    rows = list(
        csv.DictReader(io.StringIO(archive.read("community/posts.csv").decode("utf-8-sig")))
    )
    assert [r["text"] for r in rows] == ["Opening words", "My second answer, in full"]
    profile = next(csv.DictReader(io.StringIO(archive.read("community/profile.csv").decode())))
    assert profile["job_title"] == "'=HYPERLINK(1)"  # no formula in a spreadsheet


def test_deletion_anonymises_posts_ends_sessions_and_stops_sign_in(
    thread, member, member_client, other_member
):
    SavedSearch.objects.create(
        user=member, name="Cash", kind="resources", path="/en/resources/", language="en"
    )
    laptop = Client()
    laptop.force_login(member)  # a second session, on another device
    assert member_client.get(DELETE).status_code == 200
    response = member_client.post(DELETE, {"password": "not it"})
    assert response.status_code == 200
    assert "neither your email address nor your password" in response.content.decode()
    intruder = Client()
    intruder.force_login(other_member)
    intruder.post(DELETE, {"password": member.email})  # another member's address: refused
    assert get_user_model().objects.filter(pk=member.pk).exists()

    response = member_client.post(DELETE, {"password": member.email.upper()})
    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=member.pk).exists()
    post = Post.objects.get(source="Opening words")
    assert post.author is None and str(post.author_name()) == "former member"
    thread.refresh_from_db()
    assert thread.author is None
    assert not SavedSearch.objects.exists() and not Profile.objects.filter(user_id=member.pk)
    assert "former member" in Client().get(thread.get_absolute_url()).content.decode()
    for session in (member_client, laptop):
        assert session.get("/en/dashboard/").status_code == 302  # signed out everywhere
    assert not Client().login(username=member.username, password=PASSWORD)
    assert not Client().login(username=member.email, password=PASSWORD)
