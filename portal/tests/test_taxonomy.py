"""The shared taxonomy: nine IOM regions, every country in exactly one of them."""

import pytest
from django_countries import countries

from portal.models import Language, Region, countries_in_region, region_for_country
from portal.taxonomy.data import REGION_COUNTRIES, REGIONS


def test_every_iso_country_belongs_to_exactly_one_region():
    listed = [code for codes in REGION_COUNTRIES.values() for code in codes.split()]
    assert len(listed) == len(set(listed)), "a country is listed in two regions"
    missing = [c.code for c in countries if region_for_country(c.code) is None]
    assert missing == []


@pytest.mark.parametrize(
    ("country", "region"),
    [
        ("GT", "CNAC"),
        ("NE", "WCA"),
        ("ET", "EHA"),
        ("GR", "EEA"),
        ("LY", "MENA"),
        ("BR", "SAM"),
        ("TR", "SEEECA"),
        ("MW", "SAF"),
        ("BD", "APAC"),
        ("gt", "CNAC"),
    ],
)
def test_region_for_country(country, region):
    assert region_for_country(country) == region


def test_unknown_country_has_no_region():
    assert region_for_country("ZZ") is None
    assert countries_in_region("NOPE") == []


@pytest.mark.django_db
def test_regions_and_languages_are_seeded_by_migration():
    assert list(Region.objects.values_list("code", flat=True)) == [code for code, _ in REGIONS]
    assert str(Region.objects.get(code="WCA")) == "West and Central Africa"
    assert "ML" in Region.objects.get(code="WCA").country_codes
    assert {"en", "fr", "es", "ar"} <= set(Language.objects.values_list("code", flat=True))
