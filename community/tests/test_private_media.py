"""Post attachments are private files: random stored names, served only by the permission view.

The matrix: anonymous, non-member, member, group moderator and site moderator, for an
attachment in a private group, in a held (pending) post of an open group, and in an open group.
"""

import importlib
import re

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import clear_url_caches, reverse

from community.factories import add_member
from community.models import Post
from conftest import make_user
from resources.factories import make_pdf

UPLOAD_NAME = "Salaries of the Secret circle 2026.pdf"


def _upload(name=UPLOAD_NAME):
    return SimpleUploadedFile(name, make_pdf("confidential figures"), "application/pdf")


def _reply_with_attachment(user, thread, name=UPLOAD_NAME):
    """Post a reply with a PDF through the real form; return the new post."""
    client = Client()
    client.force_login(user)
    response = client.post(
        f"{thread.get_absolute_url()}reply/",
        {"source": "See the file", "attachment": _upload(name)},
    )
    assert response.status_code == 302, response.content[:500]
    return Post.objects.filter(thread=thread).exclude(attachment="").latest("pk")


@pytest.fixture
def people(groups, member, other_member, group_moderator, moderator):
    """``member`` also joins the private group; ``other_member`` is in no group."""
    add_member(groups["private"], member)
    anonymous = Client()
    clients = {"anonymous": anonymous}
    for role, user in (
        ("non_member", other_member),
        ("member", member),
        ("group_moderator", group_moderator),
        ("site_moderator", moderator),
    ):
        clients[role] = Client()
        clients[role].force_login(user)
    return clients


@pytest.fixture
def private_post(private_thread, member, people):
    return _reply_with_attachment(member, private_thread)


@pytest.fixture
def held_post(thread, groups, people):
    """A first post held for approval in the open group (by a new member of it)."""
    groups["open"].hold_first_posts = 1
    groups["open"].save()
    newcomer = make_user("newcomer@example.org")
    add_member(groups["open"], newcomer)
    post = _reply_with_attachment(newcomer, thread)
    assert post.status == Post.Status.PENDING
    return post


@pytest.fixture
def open_post(thread, member, people):
    return _reply_with_attachment(member, thread)


def _get(client, post):
    return client.get(reverse("community:post_attachment", args=[post.pk]))


def _assert_served(response, post):
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    assert response["Content-Disposition"].startswith("attachment;")
    assert "Salaries" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]


def _assert_refused(response, role):
    if role == "anonymous":
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]
    else:
        assert response.status_code == 404


# --- private group -------------------------------------------------------------------------


def test_private_group_attachment_anonymous_is_sent_to_log_in(private_post, people):
    _assert_refused(_get(people["anonymous"], private_post), "anonymous")


def test_private_group_attachment_non_member_gets_404(private_post, people):
    _assert_refused(_get(people["non_member"], private_post), "non_member")


def test_private_group_attachment_member_downloads_it(private_post, people):
    _assert_served(_get(people["member"], private_post), private_post)


def test_private_group_attachment_group_moderator_downloads_it(private_post, people):
    _assert_served(_get(people["group_moderator"], private_post), private_post)


def test_private_group_attachment_site_moderator_downloads_it(private_post, people):
    _assert_served(_get(people["site_moderator"], private_post), private_post)


# --- a held post in an open group ----------------------------------------------------------


def test_held_post_attachment_anonymous_is_sent_to_log_in(held_post, people):
    _assert_refused(_get(people["anonymous"], held_post), "anonymous")


def test_held_post_attachment_non_member_gets_404(held_post, people):
    _assert_refused(_get(people["non_member"], held_post), "non_member")


def test_held_post_attachment_member_gets_404(held_post, people):
    _assert_refused(_get(people["member"], held_post), "member")


def test_held_post_attachment_group_moderator_downloads_it(held_post, people):
    _assert_served(_get(people["group_moderator"], held_post), held_post)


def test_held_post_attachment_site_moderator_downloads_it(held_post, people):
    _assert_served(_get(people["site_moderator"], held_post), held_post)


# --- an open group: readable by everyone, still through the view ---------------------------


def test_open_group_attachment_is_served_to_anonymous_and_members(open_post, people):
    for role in ("anonymous", "non_member", "member", "site_moderator"):
        _assert_served(_get(people[role], open_post), open_post)


def test_thread_page_links_the_permission_view_not_a_media_path(open_post, people):
    body = people["anonymous"].get(open_post.thread.get_absolute_url()).content.decode()
    assert reverse("community:post_attachment", args=[open_post.pk]) in body
    assert "/media/" not in body


# --- storage --------------------------------------------------------------------------------


def test_stored_name_is_random_and_private_not_the_upload_name(private_post):
    name = private_post.attachment.name
    assert re.fullmatch(r"private/community/attachments/[0-9a-f]{32}\.pdf", name), name
    assert "Salaries" not in name
    assert private_post.attachment_name == UPLOAD_NAME
    assert default_storage.exists(name)


def test_stored_extension_is_checked_not_copied(private_thread, member, people):
    post = _reply_with_attachment(member, private_thread, name="report.PDF")
    assert post.attachment.name.endswith(".pdf")


@pytest.mark.parametrize("debug", [False, True])
def test_media_route_never_serves_private_files(private_post, people, settings, debug):
    """Neither in production (DEBUG off) nor in development (DEBUG on, where Django's static
    route used to serve all of MEDIA_ROOT) is a private name reachable under /media/, while
    an avatar is served in both."""
    import portal.urls

    settings.DEBUG = debug
    importlib.reload(portal.urls)
    clear_url_caches()
    try:
        response = people["member"].get(f"/media/{private_post.attachment.name}")
        assert response.status_code == 404
        legacy = f"community/attachments/{UPLOAD_NAME}"
        default_storage.save(legacy, _upload())
        assert people["anonymous"].get(f"/media/{legacy}").status_code == 404
        avatar = default_storage.save("community/avatars/face.png", _upload())
        assert people["anonymous"].get(f"/media/{avatar}").status_code == 200
    finally:
        settings.DEBUG = False
        importlib.reload(portal.urls)
        clear_url_caches()


def test_missing_file_is_404_not_500(private_post, people):
    default_storage.delete(private_post.attachment.name)
    assert _get(people["member"], private_post).status_code == 404


def test_post_without_attachment_is_404(private_thread, people):
    post = Post.objects.filter(thread=private_thread).first()
    assert _get(people["member"], post).status_code == 404


def test_migration_moves_existing_attachments_to_private_random_names(private_thread, member):
    from django.apps import apps
    from django.core.files.base import ContentFile

    migration = importlib.import_module("community.migrations.0003_private_attachments")
    legacy = default_storage.save(f"community/attachments/{UPLOAD_NAME}", ContentFile(b"%PDF-1 x"))
    post = Post.objects.filter(thread=private_thread).first()
    Post.objects.filter(pk=post.pk).update(attachment=legacy, attachment_name="")

    migration.move_attachments(apps, None)

    post.refresh_from_db()
    assert re.fullmatch(r"private/community/attachments/[0-9a-f]{32}\.pdf", post.attachment.name)
    assert post.attachment_name == UPLOAD_NAME
    assert not default_storage.exists(legacy)
    assert default_storage.open(post.attachment.name).read() == b"%PDF-1 x"
