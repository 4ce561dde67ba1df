from .glossary import GlossaryPage, GlossaryTerm  # noqa: F401
from .pages import ContentPage, HomePage  # noqa: F401
from .taxonomy import Language, Region, Theme, countries_in_region, region_for_country  # noqa: F401
