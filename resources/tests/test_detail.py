import json
import re

import bibtexparser
import feedparser
import rispy

from resources.downloads import download_counts
from resources.factories import add_file, make_document, make_pdf, publish


def test_detail_shows_metadata_downloads_related_and_json_ld(client, make_resource, themes):
    economic, _ = themes
    page = make_resource(
        title="Handbook",
        authors="Smith, Anna; IOM",
        doi="10.1/abc",
        countries=["SN"],
        themes=[economic],
    )
    add_file(page, make_document(content=make_pdf("Handbook text")), "en")
    add_file(page, make_document(content=make_pdf("Texte"), language="fr"), "fr")
    other = make_resource(title="Sibling", themes=[economic])
    publish(page)
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Senegal" in html and "Economic" in html
    assert response.context["related"] == [other]
    assert len(response.context["files"]) == 2
    data = json.loads(
        re.search(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S).group(1)
    )
    assert data["@type"] == "Report" and data["name"] == "Handbook"
    assert data["inLanguage"] == ["en", "fr"]
    assert response.context["apa"] == "Smith, A., & IOM (2020). Handbook. https://doi.org/10.1/abc"
    assert "Smith, A., &amp; IOM (2020)" in html


def test_download_is_counted_and_served_as_attachment(client, make_resource):
    page = make_resource(title="With file")
    file = add_file(page, make_document(content=make_pdf("Body")), "en")
    response = client.get(f"/resources/download/{file.pk}/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert download_counts(page) == {"en": 1}
    assert client.get(page.url).context["files"][0].downloads == 1


def test_download_of_unpublished_resource_is_404(client, make_resource):
    page = make_resource(title="Hidden")
    file = add_file(page, make_document(content=make_pdf("Body")), "en")
    page.unpublish()
    assert client.get(f"/resources/download/{file.pk}/", follow=True).status_code == 404
    assert download_counts(page) == {}


def test_bibtex_export_parses(client, make_resource):
    page = make_resource(
        title="Key {Highlights}", authors="IOM", publication_year=2020, doi="10.5/x"
    )
    response = client.get(page.url, {"export": "bibtex"})
    assert response["Content-Disposition"].startswith("attachment")
    library = bibtexparser.parse_string(response.content.decode())
    entry = library.entries[0]
    assert entry.entry_type == "techreport"
    assert entry.fields_dict["year"].value == "2020"
    assert entry.fields_dict["doi"].value == "10.5/x"


def test_ris_export_parses(client, make_resource):
    page = make_resource(title="Handbook", authors="Smith, Anna; Roe, Bo", publication_year=2019)
    entries = rispy.loads(client.get(page.url, {"export": "ris"}).content.decode())
    assert entries[0]["title"] == "Handbook"
    assert entries[0]["authors"] == ["Smith, Anna", "Roe, Bo"]
    assert entries[0]["year"] == "2019"


def test_csl_export_and_unknown_format(client, make_resource):
    page = make_resource(title="Study", authors="Smith, Anna", publication_year=None)
    item = json.loads(client.get(page.url, {"export": "csl"}).content)[0]
    assert item["author"] == [{"family": "Smith", "given": "Anna"}]
    assert "issued" not in item
    assert client.get(page.url, {"export": "doc"}).status_code == 400


def test_rss_and_atom_feeds_follow_filters(client, make_resource, resource_index):
    make_resource(title="Report one", resource_type="report")
    make_resource(title="Manual one", resource_type="manual")
    rss = feedparser.parse(client.get(f"{resource_index.url}feed/rss/").content)
    assert {e.title for e in rss.entries} == {"Report one", "Manual one"}
    atom = feedparser.parse(
        client.get(f"{resource_index.url}feed/atom/", {"type": "manual"}).content
    )
    assert atom.version == "atom10"
    assert [e.title for e in atom.entries] == ["Manual one"]
    assert atom.entries[0].link.endswith("/resources/manual-one/")


def test_cover_image_is_shown_on_the_detail_page_and_the_listing_card(
    client, make_resource, resource_index, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(
        title="Cover of the handbook", file=get_test_image_file(size=(300, 400))
    )
    page = make_resource(title="Handbook with a cover", cover_image=image)
    make_resource(title="Handbook without a cover")
    html = client.get(page.url).content.decode()
    cover = re.search(r'<img[^>]*class="resource-cover__image"[^>]*>', html).group(0)
    assert 'alt="Cover of “Handbook with a cover”"' in cover
    assert re.search(r'width="\d+"', cover) and re.search(r'height="\d+"', cover)
    assert "/images/" in cover
    # The editors' image wins over the first page of a PDF, in AVIF and WebP with a JPEG img.
    picture = re.search(r"<picture>.*?</picture>", html, re.S).group(0)
    assert 'type="image/avif"' in picture and 'type="image/webp"' in picture

    listing = client.get(resource_index.url).content.decode()
    thumbnails = re.findall(r'<img[^>]*class="resource-result__cover"[^>]*>', listing)
    assert len(thumbnails) == 1  # only the resource that has a cover (a placeholder else)
    assert 'width="72"' in thumbnails[0] and 'height="96"' in thumbnails[0]
    assert 'alt=""' in thumbnails[0]  # decorative: the result's title follows
    # Covers cost a fixed number of queries, not one per result.
    with CaptureQueriesContext(connection) as one:
        client.get(resource_index.url)
    queries = len(one)  # now: the connection's query log is a bounded deque
    for n in range(3):
        make_resource(title=f"Covered {n}", cover_image=image)
    client.get(resource_index.url)  # facet counts cached again, as for the first count
    with django_assert_max_num_queries(queries):
        client.get(resource_index.url)
