"""Coordinates checks: on Earth and inside a country's bounding box (Natural Earth derived)."""

import json
from decimal import Decimal
from functools import cache
from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

BBOX_FILE = Path(__file__).resolve().parent / "data" / "country_bboxes.json"


@cache
def country_bboxes():
    """{alpha-2 code: [west, south, east, north]} for every country Natural Earth draws."""
    return json.loads(BBOX_FILE.read_text())


def in_country(code, latitude, longitude):
    """True when the point lies inside the country's box, or when the country has no box."""
    box = country_bboxes().get(str(code).upper())
    if box is None:
        return True
    west, south, east, north = box
    return south <= float(latitude) <= north and west <= float(longitude) <= east


def validate_point(latitude, longitude, country_codes=()):
    """Raise ValidationError unless the point is on Earth and inside one of the countries."""
    if latitude is None or longitude is None:
        raise ValidationError(_("Give both a latitude and a longitude."))
    latitude, longitude = Decimal(str(latitude)), Decimal(str(longitude))
    if not -90 <= latitude <= 90:
        raise ValidationError(_("Latitude must be between -90 and 90."))
    if not -180 <= longitude <= 180:
        raise ValidationError(_("Longitude must be between -180 and 180."))
    codes = [str(c) for c in country_codes if c]
    if codes and not any(in_country(code, latitude, longitude) for code in codes):
        raise ValidationError(
            _(
                "This point (%(lat)s, %(lon)s) is not inside %(countries)s. Check the order of "
                "latitude and longitude."
            )
            % {"lat": latitude, "lon": longitude, "countries": ", ".join(codes)}
        )
