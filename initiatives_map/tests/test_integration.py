import pytest
from django.test import RequestFactory
from django.utils import translation

from initiatives_map import services
from initiatives_map.models import InitiativePage, InitiativesIndexPage
from portal.core.registry import registry


def test_registered_with_the_portal():
    assert "initiatives" in registry.home_sections
    assert "initiatives" in registry.dashboard_panels
    assert "initiatives" in registry.demo_loaders
    assert registry.search_types["initiatives"].model == "initiatives_map.InitiativePage"


def test_demo_replaces_the_placeholder_and_is_idempotent(demo_site):
    from django.core.management import call_command

    index = InitiativesIndexPage.objects.get(locale__language_code="en")
    assert index.url_path.endswith("/initiatives/")
    count = InitiativePage.objects.count()
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert InitiativePage.objects.count() == count
    assert InitiativePage.objects.filter(locale__language_code="en").count() >= 12


def test_featured_section_and_search_document(demo_site):
    request = RequestFactory().get("/en/")
    with translation.override("en"):
        items = services.featured(request, 3)
        assert len(items) == 3 and all(i["url"].startswith("/en/initiatives/") for i in items)
        assert services.map_url(request) == "/en/initiatives/"
    page = InitiativePage.objects.get(slug="sure-brazil", locale__language_code="en")
    doc = registry.search_types["initiatives"].document(page)
    assert doc["facets"]["country"] == ["BR"] and doc["facets"]["region"] == ["SAM"]
    public = registry.search_types["initiatives"].public_queryset(request)
    page.unpublish()
    assert not public.filter(pk=page.pk).exists()


def test_home_page_lists_featured_initiatives(client, demo_site):
    html = client.get("/en/").content.decode()
    assert "/en/initiatives/" in html


def test_map_page_in_french_links_french_pages(client, demo_site):
    html = client.get("/fr/initiatives/").content.decode()
    assert 'href="/fr/initiatives/sure-brazil/"' in html


def test_map_page_bad_filter_shows_the_reason(client, demo_site):
    response = client.get("/en/initiatives/?year_from=abc&q=keep-me")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html and 'value="keep-me"' in html


def test_initiative_page_renders_its_facts(client, demo_site):
    html = client.get("/en/initiatives/sure-brazil/").content.decode()
    assert "Goiânia" in html and "Portugal" in html and "South America" in html


@pytest.mark.parametrize("lat,lon,ok", [("14.63", "-90.51", True), ("-90.51", "14.63", False)])
def test_admin_form_checks_locations_against_countries(demo_site, lat, lon, ok):
    page = InitiativePage.objects.get(
        slug="la-aurora-migrant-reception-centre", locale__language_code="en"
    )
    form_class = InitiativePage.get_edit_handler().get_form_class()
    data = {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "countries": ["GT"],
        "status": "ongoing",
        "description": '{"blocks": [], "entityMap": {}}',
        "locations-TOTAL_FORMS": "1",
        "locations-INITIAL_FORMS": "0",
        "locations-MIN_NUM_FORMS": "0",
        "locations-MAX_NUM_FORMS": "1000",
        "locations-0-name": "Guatemala City",
        "locations-0-latitude": lat,
        "locations-0-longitude": lon,
        "locations-0-ORDER": "1",
        "resource_links-TOTAL_FORMS": "0",
        "resource_links-INITIAL_FORMS": "0",
        "resource_links-MIN_NUM_FORMS": "0",
        "resource_links-MAX_NUM_FORMS": "1000",
    }
    form = form_class(data, instance=page, parent_page=page.get_parent(), for_user=None)
    assert form.is_valid() is ok, form.errors.as_json() + str(
        [f.errors for f in form.formsets["locations"].forms]
    )


def test_home_page_shows_a_featured_initiative(client, demo_site):
    html = client.get("/en/").content.decode()
    newest = InitiativePage.objects.filter(locale__language_code="en").order_by(
        "-first_published_at"
    )[0]
    assert newest.title.replace("'", "&#x27;") in html


def test_api_language_parameter(client, demo_site):
    body = client.get("/api/initiatives.geojson?lang=fr&country=BR").json()
    assert body["features"][0]["properties"]["url"] == "/fr/initiatives/sure-brazil/"


def test_bench_generation_keeps_a_valid_tree(client, demo_site):
    from django.core.management import call_command
    from wagtail.models import Page

    from initiatives_map import bench

    assert bench.generate(25) == 25
    assert bench.generate(25) == 0  # idempotent
    assert all(not problems for problems in Page.find_problems())
    assert client.get("/en/initiatives/bench-00003/").status_code == 200
    # Bulk inserts bypass the signals: the text box finds them once the index is rebuilt.
    call_command("search_index", "rebuild", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(client.get("/api/initiatives.geojson?q=Bench").json()["features"]) == 25
