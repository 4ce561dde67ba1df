import pytest
from django.core import mail
from wagtail.models import Page

from initiatives_map.models import InitiativePage

URL = "/en/initiatives/propose/"
VALID = {
    "title": "Job fairs for returnees in Guatemala City",
    "summary": "Monthly job fairs with local employers.",
    "country": "GT",
    "place": "Guatemala City",
    "latitude": "14.6349",
    "longitude": "-90.5069",
    "organisations": "A local NGO",
    "status": "ongoing",
    "dimensions": ["economic"],
}


def test_anonymous_is_sent_to_sign_in(client, demo_site):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert client.post(URL, VALID).status_code == 302
    assert not InitiativePage.objects.filter(title=VALID["title"]).exists()


@pytest.mark.parametrize("role", ["member", "moderator", "editor", "admin_user"])
def test_signed_in_users_see_the_form(request, client, demo_site, role):
    client.force_login(request.getfixturevalue(role))
    response = client.get(URL)
    assert response.status_code == 200
    assert b'name="latitude"' in response.content


def test_member_proposal_becomes_draft_in_moderation(member_client, member, demo_site, client):
    mail.outbox.clear()
    response = member_client.post(URL, VALID)
    assert response.status_code == 302
    page = InitiativePage.objects.get(title=VALID["title"])
    assert not page.live
    assert page.owner == member
    assert page.workflow_in_progress
    assert page.locations.get().name == "Guatemala City"
    assert page.region == "CNAC"
    assert not any(member.email in m.to for m in mail.outbox)  # moderators are told, not the member
    # Not on the public map or API until approved.
    assert VALID["title"] not in client.get("/api/initiatives.geojson").content.decode()
    dashboard = member_client.get("/en/dashboard/").content.decode()
    assert VALID["title"] in dashboard and "awaiting review" in dashboard


@pytest.mark.parametrize(
    "changes,field",
    [
        ({"latitude": "-90.5069", "longitude": "14.6349"}, "latitude"),  # swapped
        ({"latitude": "95"}, "latitude"),
        ({"longitude": ""}, "latitude"),
        ({"latitude": "48.85", "longitude": "2.35"}, "latitude"),  # Paris is not in Guatemala
        ({"place": ""}, "place"),
        ({"title": ""}, "title"),
    ],
)
def test_bad_proposal_re_renders_and_keeps_input(member_client, demo_site, changes, field):
    response = member_client.post(URL, {**VALID, **changes})
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert VALID["summary"] in response.content.decode()
    assert not InitiativePage.objects.filter(title=VALID["title"]).exists()


def test_country_level_proposal_without_coordinates(member_client, demo_site):
    data = {**VALID, "place": "", "latitude": "", "longitude": ""}
    assert member_client.post(URL, data).status_code == 302
    assert not InitiativePage.objects.get(title=VALID["title"]).locations.exists()


def _submit(member_client):
    member_client.post(URL, VALID)
    return InitiativePage.objects.get(title=VALID["title"])


@pytest.mark.parametrize(
    "role,can_approve",
    [("member", False), ("editor", False), ("moderator", True), ("admin_user", True)],
)
def test_who_can_approve(request, member_client, demo_site, role, can_approve):
    page = _submit(member_client)
    user = request.getfixturevalue(role)
    task = page.current_workflow_task
    actions = [name for name, *_ in task.get_actions(page, user)]
    assert ("approve" in actions) is can_approve
    perms = page.permissions_for_user(user)
    assert perms.can_publish() is can_approve


def test_admin_editor_for_roles(request, member_client, demo_site, client):
    page = _submit(member_client)
    edit = f"/admin/pages/{page.id}/edit/"
    for outsider in (client, member_client):  # anonymous, and the proposer without admin access
        response = outsider.get(edit)
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    for role in ("moderator", "editor", "admin_user"):
        c = client.__class__()
        c.force_login(request.getfixturevalue(role))
        response = c.get(edit)
        assert response.status_code == 200, role
        assert f'value="{page.title}"' in response.content.decode(), role


def test_approval_publishes_and_member_gets_one_email(member_client, member, moderator, demo_site):
    page = _submit(member_client)
    mail.outbox.clear()
    page.current_workflow_task.on_action(page.current_workflow_task_state, moderator, "approve")
    page.refresh_from_db()
    assert page.live
    to_member = [m for m in mail.outbox if member.email in m.to]
    assert len(to_member) == 1  # Wagtail's own notice; the app sends none of its own
    assert page.id in {p.id for p in Page.objects.live().type(InitiativePage)}


def test_proposal_slugs_are_unique_and_leave_the_form_route_free(member_client, demo_site):
    for _n in range(2):
        assert member_client.post(URL, VALID).status_code == 302
    slugs = set(InitiativePage.objects.filter(title=VALID["title"]).values_list("slug", flat=True))
    base = "job-fairs-for-returnees-in-guatemala-city"
    assert slugs == {base, f"{base}-2"}
    assert member_client.post(URL, {**VALID, "title": "Propose"}).status_code == 302
    assert InitiativePage.objects.get(title="Propose").slug == "propose-initiative"
