import os

import pytest
from django.core.management import call_command
from django.utils import translation

from community.discussions.public import search_queryset
from community.models import Group, Thread

pytestmark = pytest.mark.django_db


def test_demo_groups_and_threads_are_idempotent(demo_site, rf, admin_client):
    assert Group.objects.canonical().count() == 8
    assert Group.objects.count() == 32  # each group in English, French, Spanish and Arabic
    assert Group.objects.filter(slug="voluntary-humanitarian-return").exists()
    assert Group.objects.filter(slug="children-and-families").exists()
    threads = Thread.objects.count()
    assert threads >= 3
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert Group.objects.count() == 32 and Thread.objects.count() == threads
    assert len(set(search_queryset(rf.get("/")))) == threads
    assert admin_client.get("/admin/snippets/community/group/").status_code == 200
    home = admin_client.get("/en/").status_code
    assert home == 200


def test_demo_groups_speak_four_languages_and_hold_french_and_arabic_threads(demo_site, client):
    body = client.get("/fr/community/groups/").content.decode()
    assert "Réintégration psychosociale" in body and "Enfants et familles" in body
    assert "Psychosocial reintegration" not in body
    body = client.get("/es/community/groups/").content.decode()
    assert "Reintegración económica" in body and "Economic reintegration" not in body
    body = client.get("/ar/community/groups/").content.decode()
    assert "الأطفال والأسر" in body and "Children and families" not in body
    written = {}
    for thread in Thread.objects.exclude(language="en").select_related("group"):
        assert thread.reply_count == thread.posts.count() - 1 >= 1
        assert thread.posts.first().language == thread.language
        written.setdefault(thread.language, set()).add(thread.group.slug)
    assert set(written) == {"fr", "ar"}
    assert set().union(*written.values()) == {
        "economic-reintegration",
        "psychosocial-reintegration",
        "children-and-families",
    }
    arabic = Thread.objects.get(language="ar")
    with translation.override("en"):
        url = arabic.get_absolute_url()
    page = client.get(url).content.decode()
    assert '<html lang="en"' in page
    assert f'<h1 lang="ar" dir="rtl">{arabic.title}</h1>' in page
