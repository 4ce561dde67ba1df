"""Breadcrumbs for views that are not Wagtail pages.

A Wagtail page gets its trail from its ancestors (``templates/includes/breadcrumbs.html``,
included by ``base.html``). Any other view puts ``crumbs`` in its template context::

    context["crumbs"] = trail((_("Community"), community_url), (group.name, None))

``base.html`` then shows Home › Community › the group, the last one as the current page.
"""

from django.urls import reverse


def trail(*steps):
    """``[{title, url}]``: Home first, then ``steps`` as ``(title, url)`` pairs; the last
    step is the current page (give it ``None`` as its URL)."""
    from django.utils.translation import gettext

    crumbs = [{"title": gettext("Home"), "url": reverse("wagtail_serve", args=[""])}]
    crumbs += [{"title": str(title), "url": url} for title, url in steps]
    crumbs[-1]["url"] = None
    return crumbs
