"""In a real Chromium: from the Learning landing to a past webinar's recording, which plays
from the site with its captions track (English and Arabic), and nothing leaves the host."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_landing_to_webinar_recording_with_captions(live_demo_site, page, lang):
    page.goto(f"{live_demo_site.url}/{lang}/learning/")
    recordings = page.locator("section[aria-labelledby=learning-recordings]")
    expect(recordings).to_be_visible()
    expect(page.locator("section[aria-labelledby=learning-courses] a.button")).to_be_visible()
    recordings.locator("a.button").first.click()

    video = page.get_by_test_id("video-player")
    expect(video).to_be_visible()
    assert page.url.endswith("#after-heading") and f"/{lang}/learning/webinars/" in page.url
    expect(video).to_have_attribute("preload", "none")
    track = video.locator("track[kind=captions]")
    expect(track).to_have_attribute("srclang", "en")
    captions = page.request.get(live_demo_site.url + track.get_attribute("src"))
    assert captions.ok and captions.text().startswith("WEBVTT")
    assert page.evaluate("document.querySelector('video').textTracks.length") == 1
    source = video.locator("source").get_attribute("src")
    assert page.request.get(live_demo_site.url + source).headers["content-type"] == "video/webm"

    expect(page.locator(".video__caption")).to_be_visible()
    transcript = page.locator("details.video__transcript")
    transcript.locator("summary").click()
    expect(transcript.get_by_text("local ownership lasts")).to_be_visible()
    assert page.locator("iframe").count() == 0
    page.external_requests.check()
