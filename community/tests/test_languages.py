"""One community in four languages: a group is translated (name, description) but stays one
group — members, threads and follows are the same under /en/, /fr/ and /ar/ — and posts are
shown in the language they were written in, marked with ``lang``/``dir`` on other pages."""

import importlib
import re

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import Locale

from community.discussions import public
from community.discussions import services as discussions
from community.factories import GroupFactory, PostFactory, ThreadFactory, add_member
from community.models import Follow, Group, Membership, Thread
from community.moderation import services as moderation
from community.registrations import dashboard_context
from conftest import sync_migration_ids
from portal.demo.utils import translate_snippet

pytestmark = pytest.mark.django_db

FR_NAME = "Réintégration économique"
AR_NAME = "إعادة الإدماج الاقتصادي"


@pytest.fixture
def locales(db):
    return {
        code: Locale.objects.get_or_create(language_code=code)[0] for code in "en fr es ar".split()
    }


@pytest.fixture
def economic(locales):
    """An open group with French and Arabic texts (no Spanish translation)."""
    group = GroupFactory(
        name="Economic reintegration",
        slug="economic-reintegration",
        description="Livelihoods and small businesses after return.",
    )
    translate_snippet(
        group,
        "fr",
        name=FR_NAME,
        description="Moyens de subsistance et petites entreprises après le retour.",
    )
    translate_snippet(
        group, "ar", name=AR_NAME, description="سبل العيش والمشاريع الصغيرة بعد العودة."
    )
    return group


def h1(response):
    return re.search(r"<h1[^>]*>.*?</h1>", response.content.decode(), re.S).group(0)


# --- texts -----------------------------------------------------------------------------------


def test_group_page_shows_the_name_and_description_of_the_active_language(client, economic):
    english = client.get("/en/community/groups/economic-reintegration/")
    french = client.get("/fr/community/groups/economic-reintegration/")
    arabic = client.get("/ar/community/groups/economic-reintegration/")
    assert h1(english) == "<h1>Economic reintegration</h1>"
    assert h1(french) == f"<h1>{FR_NAME}</h1>"
    assert "Moyens de subsistance et petites entreprises" in french.content.decode()
    assert h1(arabic) == f"<h1>{AR_NAME}</h1>"
    assert "سبل العيش والمشاريع الصغيرة" in arabic.content.decode()
    assert "Economic reintegration" not in french.content.decode()


def test_an_untranslated_group_is_shown_in_english_marked_lang_en(client, economic):
    spanish = client.get("/es/community/groups/economic-reintegration/")
    assert h1(spanish) == '<h1 lang="en" dir="ltr">Economic reintegration</h1>'


def test_group_list_names_each_group_once_in_the_active_language(client, economic, locales):
    other = GroupFactory(name="Children and families", slug="children-and-families")
    translate_snippet(other, "fr", name="Enfants et familles")
    assert Group.objects.count() == 5  # three rows of one group, two of the other
    for language in ("en", "fr", "es", "ar"):
        body = client.get(f"/{language}/community/groups/").content.decode()
        for slug in ("economic-reintegration", "children-and-families"):
            link = f'href="/{language}/community/groups/{slug}/"'
            assert body.count(link) == 1, (language, slug)
    french = client.get("/fr/community/groups/").content.decode()
    assert FR_NAME in french and "Enfants et familles" in french
    assert "Economic reintegration" not in french
    arabic = client.get("/ar/community/groups/").content.decode()
    assert AR_NAME in arabic
    assert re.search(r'<h2 class="group-card__title" lang="en" dir="ltr"><a [^>]*>Children', arabic)


# --- one group's state in every language -----------------------------------------------------


def test_joining_under_en_makes_a_member_under_fr_and_ar(member_client, member, economic):
    response = member_client.post("/en/community/groups/economic-reintegration/join/")
    assert response.status_code == 302
    assert Membership.objects.get(user=member).group_id == economic.pk
    for language in ("fr", "ar"):
        body = member_client.get(f"/{language}/community/groups/economic-reintegration/")
        body = body.content.decode()
        assert f"/{language}/community/groups/economic-reintegration/join/" not in body
        assert f'href="/{language}/community/groups/economic-reintegration/new/"' in body
        assert f"/{language}/community/groups/economic-reintegration/leave/" in body
    assert Follow.objects.filter(user=member, group=economic).count() == 1


def test_a_stranger_sees_the_join_button_in_every_language(member_client, economic):
    for language in ("en", "fr", "ar"):
        body = member_client.get(f"/{language}/community/groups/economic-reintegration/")
        assert f"/{language}/community/groups/economic-reintegration/join/" in (
            body.content.decode()
        )


def test_a_thread_started_under_ar_is_the_groups_thread_under_en(member_client, member, economic):
    add_member(economic, member)
    response = member_client.post(
        "/ar/community/groups/economic-reintegration/new/",
        {"title": "منح بدء المشاريع للعائدين", "source": "ما الذي نجح عندكم؟"},
    )
    assert response.status_code == 302
    thread = Thread.objects.get()
    assert thread.group_id == economic.pk
    assert thread.language == "ar" and thread.posts.get().language == "ar"
    english = member_client.get("/en/community/groups/economic-reintegration/").content.decode()
    assert (
        f'<a class="topic__title" href="/en/community/groups/economic-reintegration/threads/'
        f'{thread.pk}/" lang="ar" dir="rtl">منح بدء المشاريع للعائدين</a>'
    ) in english
    arabic = member_client.get("/ar/community/groups/economic-reintegration/").content.decode()
    assert f'threads/{thread.pk}/">منح بدء المشاريع للعائدين</a>' in arabic


def test_services_given_a_translation_act_on_the_canonical_group(member, economic):
    french = Group.objects.get(translation_key=economic.translation_key, locale__language_code="fr")
    membership = discussions.join_group(member, french)
    assert membership.group_id == economic.pk
    thread, _post = discussions.start_thread(member, french, "Titre", "Texte", language="fr")
    assert thread.group_id == economic.pk
    discussions.unfollow(member, group=french)
    assert not Follow.objects.filter(user=member, group=economic).exists()
    discussions.leave_group(member, french)
    assert not Membership.objects.exists()


def test_moving_a_thread_by_slug_lands_in_the_canonical_group(
    moderator_client, moderator, economic, member
):
    other = GroupFactory(name="Other", slug="other")
    translate_snippet(other, "fr", name="Autre")
    thread = ThreadFactory(group=economic)
    PostFactory(thread=thread, author=member)
    response = moderator_client.post(
        f"/fr/community/groups/economic-reintegration/threads/{thread.pk}/move/",
        {"group": "other", "reason": "mieux placé"},
    )
    assert response.status_code == 302
    thread.refresh_from_db()
    assert thread.group_id == other.pk
    french_other = Group.objects.get(slug="other", locale__language_code="fr")
    moderation.move_thread(moderator, thread, french_other)
    thread.refresh_from_db()
    assert thread.group_id == other.pk


# --- posts in their own language -------------------------------------------------------------


def test_a_french_post_is_marked_lang_fr_on_an_english_page(client, economic, member):
    thread = ThreadFactory(group=economic, title="Kits de démarrage", language="fr")
    PostFactory(thread=thread, author=member, source="Bonjour à toutes et à tous.", language="fr")
    PostFactory(thread=thread, author=member, source="Hello from Dakar.", language="en")
    url = f"community/groups/economic-reintegration/threads/{thread.pk}/"
    english = client.get(f"/en/{url}").content.decode()
    assert '<h1 lang="fr" dir="ltr">Kits de démarrage</h1>' in english
    assert re.search(r'<div class="post__body" lang="fr" dir="ltr"><p>Bonjour', english)
    assert re.search(r'<div class="post__body"><p>Hello from Dakar', english)
    french = client.get(f"/fr/{url}").content.decode()
    assert "<h1>Kits de démarrage</h1>" in french
    assert re.search(r'<div class="post__body"><p>Bonjour', french)
    assert re.search(r'<div class="post__body" lang="en" dir="ltr"><p>Hello from Dakar', french)
    arabic = client.get(f"/ar/{url}").content.decode()
    assert re.search(r'<div class="post__body" lang="fr" dir="ltr"><p>Bonjour', arabic)


def test_a_reply_records_the_language_active_when_it_was_written(thread, member):
    with translation.override("ar"):
        post = discussions.reply(member, thread, "شكرًا")
    assert post.language == "ar"
    with translation.override("fr"):
        _thread, opening = discussions.start_thread(member, thread.group, "Question", "Texte")
    assert opening.language == "fr" and _thread.language == "fr"


# --- search and home listings ----------------------------------------------------------------


def test_search_and_home_list_a_thread_once_whatever_the_translations(rf, economic, member):
    thread = ThreadFactory(group=economic, title="Kits de démarrage", language="fr")
    PostFactory(thread=thread, author=member, source="Texte en français.", language="fr")
    assert Group.objects.filter(translation_key=economic.translation_key).count() == 3
    assert list(public.search_queryset(rf.get("/"))) == [thread]
    assert public.search_document(thread)["language"] == "fr"
    with translation.override("ar"):
        items = list(public.home_discussions(rf.get("/ar/"), 10))
    assert [(i["title"], i["meta"], i["lang"]) for i in items] == [
        ("Kits de démarrage", AR_NAME, "fr")
    ]
    card = render_to_string("portal/includes/card.html", {"item": items[0]})  # English page
    assert '<h3 class="card__title" lang="fr" dir="ltr"><a href=' in card


def test_a_dashboard_lists_each_of_the_members_groups_once(member_client, member, economic):
    add_member(economic, member)
    request = type("Request", (), {"user": member})()
    with translation.override("fr"):
        groups = dashboard_context(request)["groups"]
        assert [g.texts.name for g in groups] == [FR_NAME]


def test_a_new_thread_notification_names_the_group_in_the_readers_language(
    member_client, member, other_member, economic, django_capture_on_commit_callbacks
):
    discussions.join_group(member, economic)  # members follow their groups
    discussions.join_group(other_member, economic)
    with django_capture_on_commit_callbacks(execute=True):
        discussions.start_thread(other_member, economic, "Kits", "Texte", language="fr")
    french = member_client.get("/fr/community/notifications/").content.decode()
    assert f"{FR_NAME}" in french and "Economic reintegration" not in french
    arabic = member_client.get("/ar/community/notifications/").content.decode()
    assert AR_NAME in arabic
    spanish = member_client.get("/es/community/notifications/").content.decode()
    assert "Economic reintegration" in spanish  # no Spanish name: the one stored


# --- what translations share -----------------------------------------------------------------


def test_translations_share_slug_access_and_held_posts_with_their_group(economic):
    french = Group.objects.get(translation_key=economic.translation_key, locale__language_code="fr")
    french.slug, french.access = "reintegration-economique", Group.Access.PRIVATE
    french.save()
    french.refresh_from_db()
    assert (french.slug, french.access) == ("economic-reintegration", Group.Access.OPEN)
    economic.access, economic.hold_first_posts = Group.Access.REQUEST, 2
    economic.save()
    rows = Group.objects.filter(translation_key=economic.translation_key)
    assert {(g.slug, g.access, g.hold_first_posts) for g in rows} == {
        ("economic-reintegration", Group.Access.REQUEST, 2)
    }


def test_another_group_may_not_take_a_groups_slug(economic, locales):
    intruder = Group(name="Intruder", slug="economic-reintegration", locale=locales["fr"])
    with pytest.raises(ValidationError):
        intruder.full_clean()


def test_a_group_turned_private_takes_its_threads_out_of_public_listings(economic, member):
    thread = ThreadFactory(group=economic)
    PostFactory(thread=thread, author=member)
    economic.access = Group.Access.PRIVATE
    economic.save()
    assert list(public.public_threads()) == []


# --- the admin: wagtail-localize ------------------------------------------------------------


def test_an_editor_opens_translate_for_a_group_and_gets_a_translation(editor_client, locales):
    group = GroupFactory(name="Social reintegration", slug="social-reintegration")
    listing = editor_client.get("/admin/snippets/community/group/")
    assert listing.status_code == 200
    translate_url = f"/admin/localize/submit/snippet/community/group/{group.pk}/"
    assert translate_url in listing.content.decode()
    form = editor_client.get(translate_url)
    assert form.status_code == 200
    assert 'name="locales"' in form.content.decode()
    response = editor_client.post(translate_url, {"locales": [locales["fr"].pk]})
    assert response.status_code == 302
    french = Group.objects.get(translation_key=group.translation_key, locale=locales["fr"])
    assert french.slug == "social-reintegration"
    editor = editor_client.get(response["Location"])
    assert response["Location"] == f"/admin/snippets/community/group/edit/{french.pk}/"
    assert editor.status_code == 200
    assert "Translation of Social reintegration into" in editor.content.decode()  # localize


def test_the_admin_lists_every_locale_and_filters_by_locale(admin_client, economic, locales):
    every = admin_client.get("/admin/snippets/community/group/").content.decode()
    assert "Economic reintegration" in every and FR_NAME in every and AR_NAME in every
    french = admin_client.get("/admin/snippets/community/group/?locale=fr").content.decode()
    assert FR_NAME in french
    assert "Economic reintegration" not in french and AR_NAME not in french


# --- the bootstrap data migration -----------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_bootstrap_migration_gives_old_groups_the_default_locale_and_a_key_each(locales):
    """Back to the schema before translation (0004): the data migration's function gives old
    groups the default locale and distinct keys, and changes nothing when run again; the
    remaining migrations then make old threads and posts English."""
    bootstrap = importlib.import_module("community.migrations.0005_group_bootstrap_locales")
    executor = MigrationExecutor(connection)
    before = [("community", "0004_group_bootstrap_translatable")]
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    OldGroup = old.get_model("community", "Group")
    first = OldGroup.objects.create(name="First", slug="first")
    second = OldGroup.objects.create(name="Second", slug="second")
    assert first.locale_id is None and first.translation_key is None
    thread = old.get_model("community", "Thread").objects.create(group=first, title="Old")
    old.get_model("community", "Post").objects.create(thread=thread, source="x", html="x")

    bootstrap.bootstrap_groups(old, None)
    rows = {g.pk: (g.locale_id, g.translation_key) for g in OldGroup.objects.all()}
    assert {locale for locale, _key in rows.values()} == {locales["en"].pk}
    assert None not in {key for _locale, key in rows.values()} and len(set(rows.values())) == 2
    bootstrap.bootstrap_groups(old, None)
    assert {g.pk: (g.locale_id, g.translation_key) for g in OldGroup.objects.all()} == rows

    sync_migration_ids()
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    groups = Group.objects.order_by("pk")
    assert [g.pk for g in groups] == [first.pk, second.pk]
    assert {g.locale.language_code for g in groups} == {"en"}
    assert len({g.translation_key for g in groups}) == 2 and None not in {
        g.translation_key for g in groups
    }
    migrated = Thread.objects.get()
    assert migrated.language == "en" and migrated.posts.get().language == "en"
