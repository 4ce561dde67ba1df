"""Demo good practices (filled in below)."""

from portal.demo.utils import ensure_page
from resources.models import GoodPracticeIndexPage


def load(home, stdout=None):
    """The Good practices index."""
    return ensure_page(
        home, GoodPracticeIndexPage, "good-practices", title="Good practices", show_in_menus=True
    )
