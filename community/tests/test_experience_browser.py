"""The community's journeys in a real Chromium: from the home page to the landing, a group and
an answered discussion (English and Arabic); flagging with a confirmation and a moderator
dismissing the flag; asking to join, cancelling, a moderator declining; the reply box docked
on wide screens only; the member directory keeping its filters from page to page."""

import re

import pytest
from playwright.sync_api import expect

from community.accounts import profile_for
from community.factories import GroupFactory, add_member
from community.models import Flag, Group, Membership, Notification, Post, Thread
from conftest import PASSWORD, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ANSWERED = "Weighting the three dimensions in our case scores"


def _login(browser, base, email, **options):
    context = browser.new_context(locale="en-GB", **options)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(f"{base}/en/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form[action*='/accounts/login/'] [type=submit]").click()
    page.wait_for_load_state()
    return context, page


def test_home_to_landing_group_and_answered_discussion(live_demo_site, page):
    base = live_demo_site.url
    page.goto(f"{base}/en/")
    page.get_by_role("link", name="Join the community").first.click()
    expect(page.get_by_role("heading", level=1, name="Community")).to_be_visible()
    expect(page.get_by_role("heading", name="Thematic groups")).to_be_visible()
    expect(page.get_by_role("heading", name="How to join")).to_be_visible()
    expect(page.get_by_role("heading", name="Upcoming webinars")).to_be_visible()
    card = page.locator(".group-card").filter(has_text="Individual level assistance")
    expect(card).to_contain_text(re.compile(r"\d+ members"))
    card.get_by_role("link", name="Individual level assistance").click()
    expect(page.get_by_role("heading", level=1, name="Individual level assistance")).to_be_visible()
    breadcrumb = page.get_by_role("navigation", name="Breadcrumb")
    expect(breadcrumb.get_by_role("link", name="Community")).to_be_visible()
    page.get_by_role("link", name=ANSWERED).click()
    expect(page.get_by_role("heading", level=1, name=ANSWERED)).to_be_visible()
    expect(page.locator(".thread-head").get_by_text("Answered")).to_be_visible()
    expect(page.get_by_text("Marked as the answer")).to_be_visible()
    expect(page.locator(".post").first).to_contain_text("#1")
    expect(page.locator(".post__body pre").first).to_be_visible()
    page.get_by_role("link", name="@lena.demo").click()
    expect(page.get_by_role("heading", level=1, name="Lena Hoffmann")).to_be_visible()
    page.external_requests.check()


def test_arabic_landing_and_thread(live_demo_site, browser):
    context = browser.new_context(locale="ar", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(10_000)
    base = live_demo_site.url
    page.goto(f"{base}/ar/")
    page.get_by_role("link", name="انضم إلى المجتمع").first.click()
    expect(page.get_by_role("heading", level=1, name="المجتمع")).to_be_visible()
    expect(page.get_by_role("heading", name="كيف تنضم")).to_be_visible()
    assert page.evaluate("document.documentElement.dir") == "rtl"
    thread = Thread.objects.get(title=ANSWERED)
    page.goto(f"{base}/ar{thread.get_absolute_url()[3:]}")
    expect(page.get_by_text("تمت الإجابة").first).to_be_visible()
    expect(page.get_by_text("محدّدة كإجابة")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")
    # On a phone the reply invitation stays in the flow.
    assert page.locator(".reply-invite").evaluate("e => getComputedStyle(e).position") == "static"
    context.close()


def test_flag_confirmation_then_moderator_dismisses(live_demo_site, browser):
    base = live_demo_site.url
    thread = Thread.objects.get(title=ANSWERED)
    reader = make_user("reader@example.org")
    add_member(thread.group, reader)
    context, page = _login(
        browser, base, "reader@example.org", viewport={"width": 1280, "height": 900}
    )
    page.goto(base + thread.get_absolute_url())
    post = page.locator("article.post").filter(has_text="we do the same in Senegal")
    actions = post.locator(".post__actions")
    for label in ("Helpful", "Quote", "Flag"):
        expect(actions.get_by_text(label, exact=True)).to_be_visible()
    # Quiet buttons: one row, not full-width blocks.
    boxes = [
        actions.get_by_text(label, exact=True).bounding_box() for label in ("Helpful", "Quote")
    ]
    assert abs(boxes[0]["y"] - boxes[1]["y"]) < 4 and boxes[0]["width"] < 200
    # The reply box is docked to the bottom of a wide screen.
    assert page.locator(".reply-box").evaluate("e => getComputedStyle(e).position") == "sticky"
    post.get_by_text("Flag", exact=True).click()
    post.locator("select[name=reason]").select_option("off_topic")
    post.get_by_role("button", name="Send flag").click()
    expect(page.get_by_text("Thank you. A moderator will review this post.")).to_be_visible()
    flagged = page.locator("article.post").filter(has_text="we do the same in Senegal")
    expect(
        flagged.get_by_text("You flagged this post. A moderator will review it.")
    ).to_be_visible()
    context.close()
    # The group's moderator (Lena) judges the post fine and dismisses the flag.
    lena = thread.group.memberships.get(user__username="lena.demo").user
    lena.email = "lena@example.org"
    lena.set_password(PASSWORD)
    lena.save()
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=lena, email=lena.email, verified=True, primary=True)
    context, page = _login(browser, base, "lena@example.org")
    page.goto(base + thread.get_absolute_url())
    post = page.locator("article.post").filter(has_text="we do the same in Senegal")
    expect(post.get_by_text("1 open flag")).to_be_visible()
    post.get_by_role("button", name="Dismiss flags").click()
    expect(page.get_by_text("The flags were dismissed; the post stays visible.")).to_be_visible()
    expect(page.get_by_text("we do the same in Senegal")).to_be_visible()
    context.close()
    senegal = Post.objects.get(source__contains="we do the same in Senegal")
    assert senegal.status == Post.Status.VISIBLE
    assert not Flag.objects.filter(post=senegal, resolved=False).exists()


def test_ask_to_join_cancel_then_moderator_declines(live_demo_site, browser):
    base = live_demo_site.url
    group = GroupFactory(
        name="Return counsellors", slug="return-counsellors", access=Group.Access.REQUEST
    )
    moderator = make_user("circle-mod@example.org")
    add_member(group, moderator, moderator=True)
    make_user("applicant@example.org")
    context, page = _login(browser, base, "applicant@example.org")
    page.goto(f"{base}/en/community/groups/return-counsellors/")
    page.get_by_role("button", name="Ask to join").click()
    expect(page.get_by_text("Your request to join is waiting for a moderator.")).to_be_visible()
    expect(page.get_by_role("button", name="Leave group")).to_have_count(0)
    page.get_by_role("button", name="Cancel request").click()
    expect(page.get_by_text("Your request to join was cancelled.")).to_be_visible()
    page.get_by_role("button", name="Ask to join").click()
    expect(page.get_by_role("button", name="Cancel request")).to_be_visible()
    context.close()
    context, page = _login(browser, base, "circle-mod@example.org")
    page.goto(f"{base}/en/community/groups/return-counsellors/")
    requests = page.get_by_role("region", name="Requests to join")
    expect(requests.get_by_role("button", name="Approve")).to_be_visible()
    requests.get_by_role("button", name="Decline").click()
    expect(page.get_by_text("The request was declined; the member is told.")).to_be_visible()
    expect(page.get_by_role("region", name="Requests to join")).to_have_count(0)
    context.close()
    assert not Membership.objects.filter(group=group, user__username="applicant").exists()
    assert Notification.objects.filter(user__username="applicant", event="join_declined").exists()


def test_member_directory_keeps_filters_across_pages(live_demo_site, browser):
    base = live_demo_site.url
    for n in range(33):
        profile = profile_for(make_user(f"dakar{n}@example.org"))
        profile.display_name, profile.country = f"Dakar member {n:02}", "SN"
        profile.in_directory, profile.privacy = True, "public"
        profile.save()
    context = browser.new_context(locale="en-GB", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(f"{base}/en/community/members/")
    page.get_by_label("Country").select_option("SN")
    page.get_by_role("button", name="Filter").click()
    expect(page.get_by_text(re.compile(r"^3\d members$"))).to_be_visible()
    page.get_by_role("navigation", name="Pages").get_by_role("link", name="Next").click()
    expect(page.get_by_text("Page 2 of 2")).to_be_visible()
    assert "country=SN" in page.url
    assert page.get_by_label("Country").input_value() == "SN"
    assert page.locator(".member-card").count() >= 3
    assert page.get_by_text("Jorge Ramírez").count() == 0
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")
    context.close()
