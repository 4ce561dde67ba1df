"""The Learning landing, a webinar's registration button in each state, recordings in the video
player (uploaded file with captions, or a link card), caption checks, and the admin's work
queues for editors and moderators."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from community.moderation.models import Flag
from conftest import make_user
from learning.factories import WebinarPageFactory
from learning.webinars.models import Registration, RegistrationStatus
from learning.webinars.registration import register_member
from portal.security.webvtt import validate_webvtt_file, webvtt_error

pytestmark = pytest.mark.django_db

VTT = b"WEBVTT\n\n1\n00:00:00.500 --> 00:00:03.000\nWelcome.\n\n00:03.000 --> 00:06.000\nBye.\n"


def _document(name, data):
    document = get_document_model()(title=name)
    document.file.save(name, ContentFile(data), save=False)
    document.save()
    return document


# --- Caption files -------------------------------------------------------------------------


def test_webvtt_accepts_a_caption_file_with_bom_and_crlf():
    assert webvtt_error(VTT) is None
    assert webvtt_error(b"\xef\xbb\xbf" + VTT.replace(b"\n", b"\r\n")) is None


@pytest.mark.parametrize(
    "data, why",
    [
        (b"", "empty"),
        (b"1\n00:00:01,000 --> 00:00:02,000\nAn SRT file\n", "must start with the line WEBVTT"),
        (b"WEBVTT\n\nno cues at all\n", "holds no cue"),
        (b"WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nSRT commas\n", "Line 3 has a malformed"),
        (b"WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nbackwards\n", "must end after it starts"),
        (b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n\xff\xfe\n", "not UTF-8"),
        (b"\x1aE\xdf\xa3" + b"\x00" * 64, "must start with the line WEBVTT"),  # a WebM video
        (b"WEBVTT\n" + b"x" * (1024 * 1024), "larger than 1 MB"),
    ],
    ids=["empty", "srt", "no-cue", "srt-times", "backwards", "latin-1", "video", "too-big"],
)
def test_webvtt_refuses_what_is_not_a_caption_file(data, why):
    assert why in webvtt_error(data)


def test_webinar_refuses_a_caption_document_that_is_not_webvtt(learning_tree):
    webinar = learning_tree.webinar
    webinar.captions = _document("captions.vtt", b"<html>not captions</html>")
    with pytest.raises(ValidationError) as error:
        webinar.full_clean()
    assert "captions" in error.value.message_dict
    webinar.captions = _document("captions.vtt", VTT)
    with open(webinar.captions.file.path, "rb") as handle:
        validate_webvtt_file(handle)  # no error
    webinar.full_clean()


# --- The webinar's registration button -----------------------------------------------------


def _registration_panel(client, webinar):
    html = client.get(webinar.url).content.decode()
    start = html.index('data-testid="registration-panel"')
    return html[start : html.index("</section>", start)]


def test_open_webinar_offers_register(learning_tree, client):
    panel = _registration_panel(client, learning_tree.webinar)
    assert ">Register</button>" in panel and "Join the waiting list" not in panel


def test_full_webinar_offers_the_waiting_list_not_register(learning_tree, client, member):
    webinar = learning_tree.webinar  # capacity 2
    for n in range(2):
        register_member(webinar, make_user(f"seat{n}@example.org"))
    panel = _registration_panel(client, webinar)
    assert ">Register<" not in panel
    assert ">Join the waiting list</button>" in panel and "all 2 seats are taken" in panel
    client.force_login(member)
    panel = _registration_panel(client, webinar)
    assert ">Join the waiting list</button>" in panel and ">Register<" not in panel


def test_registered_members_see_their_state(learning_tree, client, member, other_member):
    webinar = learning_tree.webinar
    webinar.capacity = 1
    webinar.save()
    register_member(webinar, member)
    register_member(webinar, other_member)
    client.force_login(member)
    panel = _registration_panel(client, webinar)
    assert "Confirmed" in panel and "Cancel my registration" in panel
    assert ">Register<" not in panel and "Join the waiting list" not in panel
    client.force_login(other_member)
    panel = _registration_panel(client, webinar)
    assert "On the waiting list" in panel and "You are number 1" in panel
    assert "Leave the waiting list" in panel


# --- Recordings ------------------------------------------------------------------------------


def _past(parent, **fields):
    return WebinarPageFactory(
        parent=parent, slug="past-recorded", start=timezone.now() - timedelta(days=3), **fields
    )


def test_past_webinar_plays_its_uploaded_recording_with_captions(learning_tree, client):
    webinar = _past(
        learning_tree.webinars,
        recording_file=_document("talk.webm", b"\x1aE\xdf\xa3webm"),
        captions=_document("talk.vtt", VTT),
        captions_language="fr",
        transcript="<p>Every word said.</p>",
    )
    html = client.get(webinar.url).content.decode()
    assert '<video class="video__player" controls preload="none"' in html
    assert 'type="video/webm"' in html
    assert '<track kind="captions" src="' in html and 'srclang="fr"' in html
    assert "<summary>Transcript</summary>" in html and "Every word said." in html
    assert html.index("Recording and materials") < html.index('class="webinar-layout"')
    assert client.get(webinar.captions.url).status_code == 200  # the track loads for visitors


def test_external_recording_is_a_link_card_without_third_party_requests(learning_tree, client):
    webinar = _past(learning_tree.webinars, recording_url="https://www.youtube.com/watch?v=abc")
    html = client.get(webinar.url).content.decode()
    assert 'href="https://www.youtube.com/watch?v=abc" rel="noopener noreferrer"' in html
    assert "On youtube.com, another website" in html
    assert "<iframe" not in html and "<video" not in html
    assert "ytimg" not in html and "youtube-nocookie" not in html


# --- The Learning landing --------------------------------------------------------------------


def test_landing_shows_upcoming_webinars_courses_and_recordings(
    learning_tree, client, django_assert_max_num_queries
):
    _past(learning_tree.webinars, recording_url="https://vimeo.com/1")
    WebinarPageFactory(
        parent=learning_tree.webinars, slug="past-unrecorded", start=timezone.now() - timedelta(3)
    )
    client.get(learning_tree.learning.url)  # per-process caches
    with django_assert_max_num_queries(25):
        html = client.get(learning_tree.learning.url).content.decode()
    upcoming = html[html.index('id="learning-upcoming"') : html.index('id="learning-courses"')]
    courses = html[html.index('id="learning-courses"') : html.index('id="learning-recordings"')]
    recordings = html[html.index('id="learning-recordings"') :]
    assert learning_tree.webinar.title in upcoming and "Details and registration" in upcoming
    assert learning_tree.course.title in courses and "Start the course" in courses
    assert "past-recorded" in recordings and "Watch the recording" in recordings
    assert "past-unrecorded" not in html
    assert 'class="breadcrumbs"' in html or "Breadcrumb" in html


# --- The admin's work queues -----------------------------------------------------------------


def _queues(client, django_assert_max_num_queries):
    client.get("/admin/")
    with django_assert_max_num_queries(60):
        response = client.get("/admin/")
    assert response.status_code == 200
    html = response.content.decode()
    return {key for key in _QUEUE_KEYS if f'data-queue="{key}"' in html}, html


_QUEUE_KEYS = (
    "resource_contributions",
    "flags",
    "held_posts",
    "join_requests",
    "initiative_proposals",
    "webinar_waiting_lists",
)


def test_moderator_sees_the_community_queues_with_counts(
    demo_site, moderator_client, django_assert_max_num_queries
):
    from community.models import Post

    Flag.objects.create(post=Post.objects.first(), reason=Flag.Reason.SPAM)
    shown, html = _queues(moderator_client, django_assert_max_num_queries)
    assert {"flags", "held_posts", "join_requests"} <= shown
    flags = html[html.index('data-queue="flags"') :]
    assert f'<span class="rrhub-queue__count">{Flag.objects.filter(resolved=False).count()}' in (
        flags
    )
    assert "/community/moderation/" in flags[: flags.index("</li>")]


def test_editor_sees_review_queues_but_not_the_moderators(
    demo_site, editor_client, django_assert_max_num_queries
):
    shown, _html = _queues(editor_client, django_assert_max_num_queries)
    assert "resource_contributions" in shown
    assert not {"flags", "held_posts", "join_requests"} & shown


def test_admin_sees_every_queue_including_webinar_waiting_lists(
    learning_tree, admin_client, member, django_assert_max_num_queries
):
    webinar = learning_tree.webinar
    webinar.capacity = 0
    webinar.save()
    register_member(webinar, member)
    assert Registration.objects.get(user=member).status == RegistrationStatus.WAITING
    shown, html = _queues(admin_client, django_assert_max_num_queries)
    assert shown == set(_QUEUE_KEYS)
    waiting = html[html.index('data-queue="webinar_waiting_lists"') :]
    assert '<span class="rrhub-queue__count">1</span>' in waiting[: waiting.index("</li>")]


def test_plain_member_has_no_admin(member_client):
    response = member_client.get("/admin/")
    assert response.status_code == 302 and "work-queues" not in response.content.decode()


def test_admin_sign_in_page_is_branded(client):
    html = client.get("/admin/login/").content.decode()
    assert "Sign in to edit the Return & Reintegration Hub" in html
    assert "img/logo" in html and "admin-brand/admin.css" in html
