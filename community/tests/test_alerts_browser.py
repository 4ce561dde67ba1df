"""Journey: a French-speaking member saves a filtered resources listing and finds it on the
dashboard, without JavaScript-only controls (a plain form inside <details>)."""

import pytest
from playwright.sync_api import expect

from community.accounts.services import set_preferred_language
from community.alerts.models import SavedSearch
from conftest import PASSWORD, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_save_a_french_resources_search_and_see_it_on_the_dashboard(live_demo_site, page):
    base = live_demo_site.url
    member = make_user("lectrice@example.org")
    set_preferred_language(member, "fr")
    page.goto(f"{base}/fr/resources/?q=r%C3%A9int%C3%A9gration&type=report&page=2")
    page.get_by_role("link", name="Connectez-vous pour enregistrer cette recherche").click()
    page.fill("input[name=login]", member.email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form[action*='/accounts/login/'] [type=submit]").click()
    page.wait_for_url("**/fr/resources/**")  # back on the listing, signed in

    page.get_by_text("Enregistrer cette recherche").click()  # opens the <details>
    page.get_by_label("Nom de la recherche").fill("Rapports sur la réintégration")
    page.get_by_label("M’envoyer les nouveaux résultats").select_option("weekly")
    page.get_by_role("button", name="Enregistrer la recherche").click()
    expect(page.get_by_text("Recherche enregistrée.")).to_be_visible()

    saved = SavedSearch.objects.get(user=member)
    assert (saved.path, saved.language, saved.frequency) == ("/fr/resources/", "fr", "weekly")
    assert saved.query == "q=r%C3%A9int%C3%A9gration&type=report"
    page.goto(f"{base}/fr/dashboard/")
    panel = page.locator("section", has=page.get_by_role("heading", name="Recherches enregistrées"))
    expect(panel.get_by_role("link", name="Rapports sur la réintégration")).to_be_visible()
    assert panel.get_by_label("Courriels").input_value() == "weekly"
    panel.get_by_label("Nom", exact=True).fill("Rapports")
    panel.get_by_role("button", name="Enregistrer les modifications").click()
    expect(page.get_by_role("link", name="Rapports", exact=True)).to_be_visible()
    page.external_requests.check()
