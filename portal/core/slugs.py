"""Slugs for pages created from members' submissions."""

from django.utils.text import slugify
from wagtail.models import Page


def unique_child_slug(parent, text, fallback="page", reserved=()):
    """A slug from ``text`` that no child of ``parent`` uses and that is not ``reserved``
    (routes of the parent), found with one query."""
    base = slugify(text)[:60].strip("-") or fallback
    if base in reserved:
        base = f"{base}-{fallback}"
    taken = set(
        Page.objects.child_of(parent).filter(slug__startswith=base).values_list("slug", flat=True)
    )
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug
