import csv
import gzip
import io
import json

import geojson
import pytest
from django.core.exceptions import ValidationError

from initiatives_map.geo import country_bboxes, validate_point
from initiatives_map.models import InitiativePage

API = "/api/initiatives.geojson"


def _features(client, query=""):
    response = client.get(API + query)
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/geo+json"
    return json.loads(response.content)


def test_geojson_is_valid_rfc7946(client, demo_initiatives):
    text = client.get(API).content.decode()
    collection = geojson.loads(text)
    assert collection.is_valid, collection.errors()
    assert len(collection["features"]) == demo_initiatives.live().count() >= 12
    for feature in collection["features"]:
        assert set(feature["properties"]) == {"id", "title", "url", "status", "country"}


def test_guatemala_city_is_in_lon_lat_order(client, demo_initiatives):
    data = _features(client, "?country=GT")
    [feature] = data["features"]
    lon, lat = feature["geometry"]["coordinates"]
    assert lon == pytest.approx(-90.5, abs=0.2)
    assert lat == pytest.approx(14.6, abs=0.2)
    assert feature["properties"]["country"] == ["GT"]


def test_country_level_initiative_has_no_point_but_its_countries(client, demo_initiatives):
    data = _features(client, "?country=ZM")
    [feature] = data["features"]
    assert feature["geometry"] is None
    assert feature["properties"]["country"] == ["ZM"]


@pytest.mark.parametrize(
    "query",
    [
        "?region=CNAC",
        "?region=WCA",
        "?theme=children-and-families",
        "?dimension=psychosocial",
        "?dimension=social",
        "?level=structural",
        "?target_group=children",
        "?status=completed",
        "?organisation=Save+the+Children",
        "?donor=Trust+Fund",
        "?year_from=2020",
        "?q=Brazil",
        "?country=ML",
    ],
)
def test_filters_match_the_html_list(client, demo_initiatives, query):
    ids = {f["id"] for f in _features(client, query)["features"]}
    html = client.get("/en/initiatives/" + query).content.decode()
    listed = {int(i) for i in __import__("re").findall(r'<tr data-id="(\d+)"', html)}
    assert ids == listed
    assert 0 < len(ids) < demo_initiatives.count()


def test_social_filter_does_not_match_psychosocial_only(client, demo_initiatives):
    ids = {f["id"] for f in _features(client, "?dimension=social")["features"]}
    sure = InitiativePage.objects.get(slug="sure-brazil", locale__language_code="en")
    assert sure.id in ids  # psychosocial and social
    greece = InitiativePage.objects.get(
        slug="avrr-from-greece-open-centre-athens", locale__language_code="en"
    )
    assert greece.id not in ids


@pytest.mark.parametrize(
    "query,field",
    [
        ("?region=XX", "region"),
        ("?year_from=abc", "year_from"),
        ("?country=ZZ", "country"),
        ("?status=gone", "status"),
        ("?year_from=2020&year_to=2010", "__all__"),
    ],
)
def test_bad_filter_is_400_with_reason(client, db, query, field):
    for url in (API, "/api/initiatives.csv"):
        response = client.get(url + query)
        assert response.status_code == 400
        assert field in response.json()["reasons"]


def test_gzip_and_cache_bumped_on_publish(client, demo_initiatives, django_assert_max_num_queries):
    first = client.get(API, HTTP_ACCEPT_ENCODING="gzip")
    assert first["Content-Encoding"] == "gzip"
    count = len(json.loads(gzip.decompress(first.content))["features"])
    with django_assert_max_num_queries(3):  # cached: no page queries
        client.get(API)
    page = demo_initiatives.get(slug="turkey-avrr")
    page.unpublish()
    assert len(_features(client)["features"]) == count - 1
    page.save_revision().publish()
    assert len(_features(client)["features"]) == count


def test_cache_bumped_on_delete(client, demo_initiatives):
    count = len(_features(client)["features"])
    demo_initiatives.get(slug="turkey-avrr").delete()
    assert len(_features(client)["features"]) == count - 1


def test_filtered_geojson_queries_do_not_grow(
    client, demo_initiatives, django_assert_max_num_queries
):
    everything = _features(client)["features"]
    with django_assert_max_num_queries(12):
        ongoing = _features(client, "?status=ongoing")["features"]
    statuses = {f["properties"]["status"] for f in everything}
    assert len(statuses) > 1  # the demo has finished initiatives too, so the filter must bite
    assert ongoing and {f["properties"]["status"] for f in ongoing} == {"ongoing"}
    assert len(ongoing) == sum(f["properties"]["status"] == "ongoing" for f in everything)


def test_csv_export_of_filtered_list(client, demo_initiatives):
    response = client.get("/api/initiatives.csv?region=CNAC")
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert {r["countries"] for r in rows} == {"GT", "SV"}
    assert rows[0]["url"].startswith("http://testserver/en/initiatives/")


def test_validate_point_on_earth_and_in_country():
    assert len(country_bboxes()) > 200
    validate_point(14.6, -90.5, ["GT"])
    with pytest.raises(ValidationError):
        validate_point(-90.5, 14.6, ["GT"])  # swapped
    with pytest.raises(ValidationError):
        validate_point(95, 10)
    with pytest.raises(ValidationError):
        validate_point(10, 181)
    with pytest.raises(ValidationError):
        validate_point(48.85, 2.35, ["BR"])


def test_every_demo_place_is_inside_its_countries(demo_initiatives):
    for page in demo_initiatives:
        for location in page.locations.all():
            validate_point(location.latitude, location.longitude, [str(c) for c in page.countries])
    assert (
        InitiativePage.objects.get(slug="sure-brazil", locale__language_code="en").region == "SAM"
    )
