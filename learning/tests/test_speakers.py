"""Speakers are translatable snippets: editors translate them with wagtail-localize, webinars
show each speaker in the active language, and the bootstrap migration gives existing speakers
the default locale."""

import importlib

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Locale

from conftest import sync_migration_ids
from learning.webinars.models import Speaker
from portal.demo.utils import sync_locales, translate_snippet

FR_BIO = "Accompagne des projets de réintégration en Afrique de l’Ouest."


@pytest.fixture
def speaker(learning_tree):
    speaker = Speaker.objects.create(
        name="Amina Diallo", organisation="Network", bio="Works in West Africa."
    )
    learning_tree.webinar.speakers.set([speaker])
    learning_tree.webinar.save_revision().publish()
    sync_locales(learning_tree.learning)
    return speaker


def _webinar_in(learning_tree, code):
    return learning_tree.webinar.get_translation(Locale.objects.get(language_code=code))


@pytest.mark.django_db
def test_webinar_shows_the_speaker_in_the_active_language(learning_tree, speaker, client):
    translate_snippet(speaker, "fr", bio=FR_BIO)
    html = client.get(_webinar_in(learning_tree, "fr").url).content.decode()
    assert FR_BIO in html and "Works in West Africa." not in html
    # Not translated into Spanish: the English text, marked as English.
    html = client.get(_webinar_in(learning_tree, "es").url).content.decode()
    assert "Works in West Africa." in html and '<li class="card" lang="en" dir="ltr">' in html


@pytest.mark.django_db
def test_an_editor_translates_a_speaker_with_wagtail_localize(speaker, editor_client):
    listing = editor_client.get("/admin/snippets/learning/speaker/")
    assert listing.status_code == 200
    translate_url = f"/admin/localize/submit/snippet/learning/speaker/{speaker.pk}/"
    assert translate_url in listing.content.decode()
    french = Locale.objects.get(language_code="fr")
    response = editor_client.post(translate_url, {"locales": [french.pk]})
    assert response.status_code == 302
    translation = Speaker.objects.get(translation_key=speaker.translation_key, locale=french)
    assert response["Location"] == f"/admin/snippets/learning/speaker/edit/{translation.pk}/"
    editor = editor_client.get(response["Location"])
    assert editor.status_code == 200 and "Works in West Africa." in editor.content.decode()


@pytest.mark.django_db(transaction=True)
def test_bootstrap_migration_gives_old_speakers_the_default_locale_and_a_key_each():
    """Back to the schema before translation (0002): the data migration's function gives old
    speakers the default locale and distinct keys and changes nothing when run again; the
    next migration then makes both fields required."""
    bootstrap = importlib.import_module("learning.migrations.0003_speaker_bootstrap_locales")
    executor = MigrationExecutor(connection)
    executor.migrate([("learning", "0002_speaker_translatable_bootstrap")])
    old_apps = executor.loader.project_state(
        [("learning", "0002_speaker_translatable_bootstrap")]
    ).apps
    OldSpeaker = old_apps.get_model("learning", "Speaker")
    for name in ("One", "Two"):
        OldSpeaker.objects.create(name=name)
    assert set(OldSpeaker.objects.values_list("translation_key", flat=True)) == {None}

    bootstrap.bootstrap_speakers(old_apps, None)
    rows = list(OldSpeaker.objects.values_list("translation_key", "locale__language_code"))
    assert len({key for key, _ in rows}) == 2 and {code for _, code in rows} == {"en"}
    bootstrap.bootstrap_speakers(old_apps, None)
    assert list(OldSpeaker.objects.values_list("translation_key", "locale__language_code")) == rows

    sync_migration_ids()
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    assert Speaker.objects.filter(locale__language_code="en").count() == 2
