import pytest


@pytest.fixture
def demo_initiatives(demo_site):
    from initiatives_map.models import InitiativePage

    return InitiativePage.objects.filter(locale__language_code="en")
