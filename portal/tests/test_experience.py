"""The home page, the Knowledge landing and images: one title, a hero picture, dated stories
with pictures, the Knowledge cards and case studies filtered by country and theme,
breadcrumbs, responsive AVIF/WebP pictures with their size set."""

import re

import pytest

from portal.navigation.breadcrumbs import trail

pytestmark = pytest.mark.django_db


def test_home_title_names_the_site_once(demo_site, client):
    html = client.get("/en/").content.decode()
    assert re.search(r"<title>([^<]*)</title>", html).group(1) == "Return &amp; Reintegration Hub"
    story = client.get("/en/spotlight/speak-returnees-tell-their-stories/").content.decode()
    title = re.search(r"<title>([^<]*)</title>", story).group(1)
    assert title.endswith(" · Return &amp; Reintegration Hub") and title.count("Hub") == 1


def test_home_hero_has_a_responsive_picture_and_translated_buttons(demo_site, client):
    html = client.get("/ar/").content.decode()
    hero = re.search(r'<section class="hero.*?</section>', html, re.S).group(0)
    assert 'type="image/avif"' in hero and 'type="image/webp"' in hero and "960w" in hero
    img = re.search(r"<img [^>]*>", hero).group(0)
    assert 'width="' in img and 'height="' in img and 'alt="Illustration: ' in img
    assert 'loading="lazy"' not in img  # above the fold
    assert "رسم توضيحي: منصة العودة وإعادة الإدماج" in hero  # the credit, translated
    # The buttons lead to the Arabic pages, not typed English paths.
    assert 'href="/ar/resources/"' in hero and 'href="/ar/community/"' in hero


def test_home_stories_show_their_own_dates_and_pictures(demo_site, client):
    html = client.get("/en/").content.decode()
    section = re.search(
        r'<section class="home-section" aria-labelledby="section-stories".*?</section>', html, re.S
    ).group(0)
    assert '<time datetime="2019-11-29">' in section  # the press note's date, not today's
    assert section.count("<picture>") == 4
    assert 'loading="lazy"' in section


def test_knowledge_landing_links_its_pages_as_cards(
    demo_site, client, django_assert_max_num_queries
):
    with django_assert_max_num_queries(22):
        response = client.get("/en/knowledge/")
    html = response.content.decode()
    for href in (
        "/en/knowledge/voluntary-return-and-avrr/",
        "/en/knowledge/types-of-return/",
        "/en/knowledge/data-highlights-2019/",
        "/en/knowledge/glossary/",
        "/en/gcm/",
    ):
        assert f'href="{href}"' in html
    assert html.count('class="card case-card"') == 2
    assert "Zambia" in html and "El Salvador" in html


def test_case_studies_filter_by_country_and_theme(demo_site, client):
    html = client.get("/en/knowledge/?country=SV").content.decode()
    assert html.count('class="card case-card"') == 1 and "Cultural orientation" in html
    assert '<option value="SV" selected>' in html
    html = client.get("/en/knowledge/?theme=vulnerable-migrants").content.decode()
    assert html.count('class="card case-card"') == 1 and "Referral Mechanism" in html
    html = client.get("/en/knowledge/?country=ZM&theme=social-reintegration").content.decode()
    assert 'class="card case-card"' not in html and "No case study matches" in html
    # A case study's link leads to the block on its page.
    link = re.search(
        r'href="(/en/knowledge/voluntary-return-and-avrr/#case-[^"]+)"',
        client.get("/en/knowledge/").content.decode(),
    ).group(1)
    page = client.get(link.split("#")[0]).content.decode()
    assert f'id="{link.split("#")[1]}"' in page
    # Unknown values are ignored: every case study shows.
    html = client.get("/en/knowledge/?country=XX&theme=' OR 1=1").content.decode()
    assert html.count('class="card case-card"') == 2


def test_case_studies_in_arabic_have_arabic_country_and_theme_names(demo_site, client):
    html = client.get("/ar/knowledge/?country=ZM").content.decode()
    assert "زامبيا" in html
    assert 'dir="rtl"' in html


def test_breadcrumbs_on_pages_start_at_home(demo_site, client):
    html = client.get("/fr/knowledge/glossary/").content.decode()
    crumbs = re.search(r'<nav class="container breadcrumbs".*?</nav>', html, re.S).group(0)
    assert '<a href="/fr/">Accueil</a>' in crumbs
    assert '<a href="/fr/knowledge/">Connaissances</a>' in crumbs
    assert 'aria-current="page">Glossaire</li>' in crumbs
    html = client.get("/en/knowledge/").content.decode()
    assert '<nav class="container breadcrumbs"' in html  # a section page has them too
    assert '<nav class="container breadcrumbs"' not in client.get("/en/").content.decode()


def test_breadcrumb_trail_for_other_views(db):
    crumbs = trail(("Community", "/en/community/"), ("Groups", "/en/community/groups/"))
    assert crumbs[0] == {"title": "Home", "url": "/en/"}
    assert crumbs[-1] == {"title": "Groups", "url": None}


def test_no_typed_language_paths_in_the_chrome_templates():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "templates"
    files = [root / "base.html", *root.glob("includes/*.html"), *root.glob("portal/**/*.html")]
    for path in files:
        assert "/{{ LANGUAGE_CODE }}/" not in path.read_text(), path


def test_the_demo_made_every_rendition_the_pages_show(demo_site, client):
    from wagtail.images.models import Rendition

    before = Rendition.objects.count()
    for path in ("/en/", "/ar/knowledge/", "/en/spotlight/", "/en/knowledge/types-of-return/"):
        assert client.get(path).status_code == 200
    assert Rendition.objects.count() == before  # portal.demo.images.SPECS match the templates


def test_story_video_block_links_an_external_video_and_requires_a_source(db):
    from django.core.exceptions import ValidationError

    from portal.pages.blocks import VideoBlock

    block = VideoBlock()
    value = block.to_python(
        {"title": "Peshang's shop", "url": "https://www.youtube.com/watch?v=x", "transcript": ""}
    )
    html = block.render(value)
    assert 'data-testid="video-link"' in html and "youtube.com" in html
    assert "<iframe" not in html  # nothing loads from the other site
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"title": "No source"}))


def test_spotlight_lists_stories_newest_first_by_their_own_dates(demo_site, client):
    html = client.get("/en/spotlight/").content.decode()
    bangladesh = html.index("152 Bangladeshi migrants return home")
    ethiopia = html.index("A partnership to support 600 children")
    guatemala = html.index("Guatemala to triple")
    assert bangladesh < ethiopia < guatemala
    assert '<time datetime="2019-01-29">' in html
