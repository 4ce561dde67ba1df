"""The component library (templates/components/, docs/components.md)."""

from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation


def _pagination(query, **context):
    request = RequestFactory().get("/en/community/members/", query)
    return render_to_string("components/pagination.html", context, request=request)


def test_pagination_keeps_every_filter_and_marks_the_current_page():
    page = Paginator(range(100), 10).get_page(3)
    html = _pagination({"country": "NG", "q": "health", "page": "3"}, page_obj=page)
    assert '<nav class="pagination" aria-label="Pages">' in html
    assert "Page 3 of 10" in html
    assert 'rel="prev" href="?country=NG&amp;q=health&amp;page=2"' in html
    assert 'rel="next" href="?country=NG&amp;q=health&amp;page=4"' in html
    assert 'aria-current="page" href="?country=NG&amp;q=health&amp;page=3"' in html
    # Page 1 is the listing's own address (no page parameter); elided pages are skipped.
    assert 'href="?country=NG&amp;q=health"' in html
    assert "…" in html and "page=7" not in html and "page=10" in html


def test_pagination_from_numbers_and_single_page():
    html = _pagination({"q": "x", "page": "1"}, number=1, num_pages=2, label="Results")
    assert 'aria-label="Results"' in html and 'rel="prev"' not in html
    assert 'rel="next" href="?q=x&amp;page=2"' in html
    assert _pagination({}, page_obj=Paginator(range(3), 10).get_page(1)).strip() == ""


def test_pagination_in_arabic():
    with translation.override("ar"):
        html = _pagination({"page": "2"}, number=2, num_pages=3)
    assert "الصفحة 2 من 3" in html and "السابق" in html and "التالي" in html
