"""The component library (templates/components/, docs/components.md)."""

import pytest
from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

COMPONENTS = (
    "card", "media_object", "badge", "notice", "button", "tabs", "empty_state", "summary_list",
    "data_table", "filter_panel", "pagination",
)  # fmt: skip


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


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "direction", "sample"),
    [("en", "ltr", "Reintegration assistance in Nigeria"), ("ar", "rtl", "مساعدة إعادة الإدماج")],
)
def test_pattern_library_renders_every_component(
    client, django_user_model, django_assert_max_num_queries, language, direction, sample
):
    staff = django_user_model.objects.create_user("pat", "pat@example.org", "pw", is_staff=True)
    client.force_login(staff)
    with django_assert_max_num_queries(12):
        response = client.get(f"/{language}/patterns/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'lang="{language}" dir="{direction}"' in html
    assert sample in html
    for name in COMPONENTS:
        assert f'id="{name}"' in html, name
    for css_class in ("c-card", "c-media", "c-badge--error", "c-notice--warning", "c-button--quiet",
                      "c-icon", "c-tabs", "c-empty", "summary-list", "c-table", "c-filters",
                      "pagination__link--current"):  # fmt: skip
        assert css_class in html, css_class


@pytest.mark.django_db
def test_pattern_library_is_for_staff_only(client, django_user_model):
    assert client.get("/en/patterns/").status_code == 302
    member = django_user_model.objects.create_user("mem", "mem@example.org", "pw")
    client.force_login(member)
    assert client.get("/en/patterns/").status_code == 403
