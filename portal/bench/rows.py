"""Helpers shared by the apps' benchmarks (`<app>/bench.py`, run by `make bench`)."""

import uuid

from wagtail.models import Page


def bulk_page_row(model, parent, position, slug, title, published, content_type):
    """An unsaved, live `Page` row at `position` below `parent`, for `bulk_create`.

    Treebeard's `add_child` costs several queries a page; benchmarks insert tens of thousands
    of rows at once and then the model's own table rows pointing at them.
    """
    return Page(
        title=title,
        draft_title=title,
        slug=slug,
        path=model._get_path(parent.path, parent.depth + 1, position),
        depth=parent.depth + 1,
        numchild=0,
        url_path=f"{parent.url_path}{slug}/",
        live=True,
        has_unpublished_changes=False,
        content_type=content_type,
        locale_id=parent.locale_id,
        translation_key=uuid.uuid4(),
        first_published_at=published,
        last_published_at=published,
        latest_revision_created_at=published,
    )
