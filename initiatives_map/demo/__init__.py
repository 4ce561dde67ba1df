"""Demo content of the initiatives map: the map page and initiatives at their real places
(the facts are in :mod:`initiatives_map.demo.content`)."""

import datetime

from initiatives_map.demo import translations
from initiatives_map.demo.content import INITIATIVES
from initiatives_map.models import InitiativeLocation, InitiativePage, InitiativesIndexPage
from portal.demo.utils import ensure_page
from portal.models import Theme


def _date(parts):
    return datetime.date(*parts) if parts else None


def load(home, stdout=None):
    """The map page (replacing the portal's placeholder) and its demo initiatives."""
    index = ensure_page(
        home,
        InitiativesIndexPage,
        "initiatives",
        title="Initiatives map",
        intro="Who does what, where: reintegration initiatives around the world. "
        "Filter them, open one, or propose your own.",
        show_in_menus=True,
    )
    themes = {t.slug: t for t in Theme.objects.filter(locale=home.locale)}
    for item in INITIATIVES:
        ensure_page(
            index,
            InitiativePage,
            item["slug"],
            title=item["title"],
            summary=item["summary"],
            description=item.get("description", ""),
            countries=item["countries"],
            host_countries=item.get("host_countries", []),
            region="",
            organisations=item.get("organisations", ""),
            partners=item.get("partners", ""),
            donors=item.get("donors", ""),
            status=item["status"],
            start_date=_date(item.get("start")),
            end_date=_date(item.get("end")),
            dimensions=item["dimensions"],
            levels=item["levels"],
            target_groups=item["targets"],
            themes=[themes[s] for s in item["themes"] if s in themes],
            locations=[
                InitiativeLocation(name=name, latitude=lat, longitude=lon, sort_order=i)
                for i, (name, lat, lon) in enumerate(item["places"])
            ],
        )
    translations.load(index)
    return index
