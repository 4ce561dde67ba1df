"""Every learning view for anonymous visitors, members, moderators, editors and admins."""

import pytest
from django.test import Client

from learning.webinars.registration import register_member, register_visitor
from learning.webinars.tokens import make_token

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "member", "moderator", "editor", "admin_user"]


@pytest.fixture
def as_role(request):
    def client_for(role):
        client = Client()
        if role != "anonymous":
            client.force_login(request.getfixturevalue(role))
        return client

    return client_for


@pytest.mark.parametrize("role", ROLES)
def test_public_pages_and_calendars_for_every_role(learning_tree, as_role, role):
    client = as_role(role)
    t = learning_tree
    for url in [
        "/en/learning/",
        "/en/learning/webinars/",
        t.webinar.url,
        "/en/learning/courses/",
        t.course.url,
    ]:
        assert client.get(url).status_code == 200, url
    assert client.get(f"/learning/webinars/{t.webinar.pk}.ics").status_code == 200
    assert client.get("/learning/webinars/feed.ics").status_code == 200
    assert "secret-room" not in client.get(t.webinar.url).content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_csv_export_only_for_those_who_can_edit(learning_tree, as_role, role):
    response = as_role(role).get(
        f"/admin/learning/webinar/{learning_tree.webinar.pk}/registrants.csv"
    )
    if role == "anonymous":
        assert response.status_code == 302 and "/login/" in response["Location"]
    elif role == "member":  # no admin access
        assert response.status_code in (302, 403)
        assert not response.has_header("Content-Disposition")
    else:  # Wagtail's Editors and Moderators groups may edit pages; admins may do anything
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith("attachment;")


@pytest.mark.parametrize("role", ROLES)
def test_member_only_course_views(learning_tree, as_role, role):
    client = as_role(role)
    t = learning_tree
    enrol = client.post(f"/en/learning/course/{t.course.pk}/enrol/")
    resume = client.get(f"/en/learning/course/{t.course.pk}/resume/")
    check = client.post(f"/en/learning/module/{t.module1.pk}/check/", {"q0": "0", "q1": "0"})
    certificate = client.get(f"/en/learning/course/{t.course.pk}/certificate.pdf")
    if role == "anonymous":
        for response in (enrol, resume, check, certificate):
            assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    else:
        assert enrol.status_code == 302
        assert resume.status_code == 302
        assert check.status_code == 200
        assert certificate.status_code == 403  # module 2 not passed yet: no certificate


@pytest.mark.parametrize("role", ROLES)
def test_registration_views(learning_tree, as_role, role):
    client = as_role(role)
    t = learning_tree
    data = {"name": "Visitor", "email": "visitor@example.org"}
    assert client.post(f"/en/learning/webinar/{t.webinar.pk}/register/", data).status_code == 302
    cancel_mine = client.post(f"/en/learning/webinar/{t.webinar.pk}/cancel/")
    if role == "anonymous":
        assert cancel_mine.status_code == 302 and "/accounts/login/" in cancel_mine["Location"]
    else:
        assert cancel_mine.status_code == 302
    registration, _ = register_visitor(t.webinar, "Someone", "someone@example.org")
    token = make_token(registration, "cancel")
    assert client.get(f"/en/learning/registration/cancel/{token}/").status_code == 200
    assert client.get("/en/learning/registration/cancel/garbage/").status_code == 400


@pytest.mark.parametrize("role", ROLES)
def test_attendance_admin_view(learning_tree, as_role, role, member):
    registration, _ = register_member(learning_tree.webinar, member)
    client = as_role(role)
    url = f"/admin/learning_registrations/edit/{registration.pk}/"
    response = client.get(url)
    if role == "admin_user":
        assert response.status_code == 200
        client.post(url, {"attended": "on"})
        registration.refresh_from_db()
        assert registration.attended
    else:
        assert response.status_code in (302, 403)
