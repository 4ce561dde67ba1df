"""Test data factories of the portal: themes and pages."""

import factory
import wagtail_factories
from django.utils.text import slugify
from wagtail.models import Locale

from portal.models import ContentPage, Theme


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ("slug", "locale")

    name = factory.Sequence(lambda n: f"Theme {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    locale = factory.LazyFunction(lambda: Locale.get_default())


class ContentPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ContentPage

    title = factory.Sequence(lambda n: f"Content page {n}")
    summary = "A short summary of the page."
