"""Template helpers of the component library (templates/components/, docs/components.md)."""

from django import template
from django.core.paginator import Paginator

register = template.Library()


@register.simple_tag
def pagination_state(page_obj=None, number=None, num_pages=None):
    """Where a listing is: from a Django ``Page`` or from a page number and a page count.

    Returns the current number, the count, the previous and next numbers (None at the ends)
    and the elided range of page numbers to link (``…`` where pages are left out).
    """
    if page_obj is not None and number in (None, ""):
        number, num_pages = page_obj.number, page_obj.paginator.num_pages
    number, num_pages = int(number or 1), int(num_pages or 1)
    pages = Paginator(range(num_pages), 1).get_elided_page_range(number, on_each_side=1, on_ends=1)
    return {
        "number": number,
        "num_pages": num_pages,
        "previous": number - 1 if number > 1 else None,
        "next": number + 1 if number < num_pages else None,
        "pages": [None if p == Paginator.ELLIPSIS else p for p in pages],
    }


@register.filter
def with_columns(row, columns):
    """A data table row's cells paired with their column declarations."""
    return zip(row, columns, strict=False)
