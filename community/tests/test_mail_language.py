"""A member's language: chosen on the profile form, set at sign-up from the page's language,
and followed by every email (allauth's verification and password reset, notifications and
digests), whose links lead to pages in that language."""

import re

import pytest
from django.core import mail
from django.utils import timezone

from community.accounts.services import chosen_language, preferred_language
from community.discussions import services as discussions
from conftest import PASSWORD, make_user

pytestmark = pytest.mark.django_db

SIGNUP = {"email": "nadia@example.org", "password1": PASSWORD, "password2": PASSWORD}


def _only(address):
    [message] = [m for m in mail.outbox if address in m.to]
    return " ".join(message.subject.split()), message.body


def test_sign_up_in_arabic_sets_the_language_and_verifies_in_arabic(client):
    from django.contrib.auth import get_user_model

    response = client.post("/ar/accounts/signup/", SIGNUP)
    assert response.status_code == 302
    user = get_user_model().objects.get(email="nadia@example.org")
    assert chosen_language(user) == preferred_language(user) == "ar"
    subject, body = _only("nadia@example.org")
    assert subject == "[R&R Hub] أكد عنوان البريد الإلكتروني"
    assert re.search(r"http://testserver/ar/accounts/confirm-email/\S+", body)
    assert "/en/" not in body


def test_sign_up_in_english_stays_english(client):
    client.post("/en/accounts/signup/", SIGNUP)
    subject, body = _only("nadia@example.org")
    assert subject == "[R&R Hub] Please Confirm Your Email Address"
    assert "http://testserver/en/accounts/confirm-email/" in body


def test_password_reset_follows_the_members_language_not_the_page(client, member):
    from community.accounts.services import set_preferred_language

    set_preferred_language(member, "fr")
    response = client.post("/en/accounts/password/reset/", {"email": member.email})
    assert response.status_code == 302
    subject, body = _only(member.email)
    assert subject == "[R&R Hub] E-mail de réinitialisation de mot de passe"
    assert re.search(r"http://testserver/fr/accounts/password/reset/key/\S+", body)


def test_password_reset_of_a_member_without_a_choice_follows_the_page(client, member):
    assert chosen_language(member) is None
    client.post("/es/accounts/password/reset/", {"email": member.email})
    subject, body = _only(member.email)
    assert subject == "[R&R Hub] Correo electrónico para restablecer contraseña"
    assert "http://testserver/es/accounts/password/reset/key/" in body


def test_unknown_address_is_answered_in_the_pages_language(client):
    client.post("/ar/accounts/password/reset/", {"email": "nobody@example.org"})
    subject, body = _only("nobody@example.org")
    assert subject == "[R&R Hub] حساب غير معروف"
    assert "http://testserver/ar/accounts/signup/" in body


def test_profile_form_shows_and_changes_the_language(member_client, member):
    html = member_client.get("/en/community/profile/").content.decode()
    select = re.search(r'<select name="preferred_language".*?</select>', html, re.S).group(0)
    assert '<option value="en" selected>English</option>' in select
    assert '<option value="ar">العربية</option>' in select  # each name in its own language
    response = member_client.post(
        "/en/community/profile/",
        {
            "display_name": "Member",
            "privacy": "members",
            "email_mode": "each",
            "preferred_language": "ar",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert chosen_language(member) == "ar"
    html = member_client.get("/fr/community/profile/").content.decode()
    assert '<option value="ar" selected>' in html
    response = member_client.post(
        "/en/community/profile/",
        {
            "display_name": "Member",
            "privacy": "members",
            "email_mode": "each",
            "preferred_language": "xx",
        },
    )
    assert response.status_code == 200 and chosen_language(member) == "ar"


def test_notification_email_in_arabic_with_arabic_links(
    thread, member, other_member, django_capture_on_commit_callbacks
):
    from community.accounts.services import set_preferred_language

    set_preferred_language(member, "ar")
    discussions.follow(member, thread=thread)
    discussions.join_group(other_member, thread.group)
    with django_capture_on_commit_callbacks(execute=True):
        discussions.reply(other_member, thread, "Thanks")
    subject, body = _only(member.email)
    assert "Open thread" in subject and "replied" not in subject
    assert re.search(r"[\u0600-\u06ff]", subject)  # Arabic words around the title
    assert f"http://testserver/ar/community/groups/open-circle/threads/{thread.pk}/" in body


def test_digest_in_french_moves_stored_links_to_french(member):
    from community.accounts.services import profile_for, set_preferred_language
    from community.models import Notification
    from community.notifications.emails import send_digests

    set_preferred_language(member, "fr")
    profile = profile_for(member)
    profile.email_mode = "daily"
    profile.save()
    Notification.objects.create(
        user=member, event="approved", params={"text": "Old words", "url": "/en/dashboard/"}
    )
    assert send_digests("daily", now=timezone.now()) == 1
    subject, body = _only(member.email)
    assert subject == "[R&R Hub] Résumé de la communauté : 1 mise à jour"
    assert "http://testserver/fr/dashboard/" in body
    assert "Se désabonner en un clic : http://testserver/community/unsubscribe/" in " ".join(
        body.split()
    )


def test_a_member_without_an_account_profile_has_no_choice():
    user = make_user("fresh@example.org")
    assert chosen_language(user) is None and preferred_language(user) == "en"
