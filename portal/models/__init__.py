"""The portal app's models, defined in their rooms and gathered here for Django."""

from portal.datasets.models import DataPoint, Dataset  # noqa: F401
from portal.navigation.models import FooterText, NavigationMenu  # noqa: F401
from portal.pages.glossary import GlossaryPage, GlossaryTerm  # noqa: F401
from portal.pages.models import ContentPage, HomePage, KnowledgeIndexPage  # noqa: F401
from portal.taxonomy.models import (  # noqa: F401
    GcmObjective,
    Language,
    Region,
    Theme,
    countries_in_region,
    region_for_country,
)
