"""The whole community journey in a real Chromium."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from community.models import Post
from conftest import PASSWORD, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _login(context, base, email):
    page = context.new_page()
    page.goto(f"{base}/en/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form[action*='/accounts/login/'] [type=submit]").click()
    page.wait_for_load_state()
    return page


def test_member_journey(live_demo_site, page, browser, settings):
    assert settings.EMAIL_BACKEND == "django.core.mail.backends.locmem.EmailBackend"
    base = live_demo_site.url
    mail.outbox.clear()
    # 1. Sign up and verify the email from the outbox.
    page.goto(f"{base}/en/accounts/signup/")
    page.fill("input[name=email]", "newcomer@example.org")
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    page.locator("form[action*='/accounts/signup/'] [type=submit]").click()
    page.wait_for_load_state()
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[-1].body).group(0)
    page.goto(base + "/" + link.split("/", 3)[3])
    page.locator("form[action*='/accounts/confirm-email/'] [type=submit]").click()
    page.wait_for_load_state()
    # 2. Complete the profile.
    page.goto(f"{base}/en/community/profile/")
    page.fill("input[name=display_name]", "New Comer")
    page.fill("input[name=job_title]", "Reintegration officer")
    page.select_option("select[name=privacy]", "public")
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_role("heading", name="New Comer")).to_be_visible()
    # 3. Join a demo group and start a thread.
    page.goto(f"{base}/en/community/groups/")
    page.get_by_role("link", name="Economic reintegration").click()
    page.get_by_role("button", name="Join group").click()
    page.get_by_role("link", name="Start a discussion").click()
    page.fill("input[name=title]", "Job placement after return")
    page.fill("textarea[name=source]", "Which employers have **hired returnees** in your area?")
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_role("heading", name="Job placement after return")).to_be_visible()
    thread_url = page.url
    # 4. A second member replies.
    make_user("second@example.org")
    other = browser.new_context(locale="en-GB")
    second = _login(other, base, "second@example.org")
    second.goto(thread_url.replace("/threads/", "/threads/").rsplit("/threads/", 1)[0] + "/")
    second.get_by_role("button", name="Join group").click()
    second.goto(thread_url)
    second.fill("textarea[name=source]", "A bakery cooperative hired three people last spring.")
    second.get_by_role("button", name="Post reply").click()
    expect(second.get_by_text("A bakery cooperative")).to_be_visible()
    other.close()
    # 5. The first member sees the notification, then flags the reply.
    page.goto(f"{base}/en/community/notifications/")
    assert page.get_by_role(
        "link", name=re.compile("replied to “Job placement after return”")
    ).is_visible()
    page.get_by_role("link", name=re.compile("replied to")).click()
    reply = page.locator("article.post").filter(has_text="bakery cooperative")
    reply.locator("summary").click()
    reply.locator("select[name=reason]").select_option("off_topic")
    reply.get_by_role("button", name="Send flag").click()
    expect(page.get_by_text("A moderator will review this post")).to_be_visible()
    # 6. A site moderator hides it from the queue.
    make_user("mod@example.org", groups=["Moderators"])
    mod_context = browser.new_context(locale="en-GB")
    mod = _login(mod_context, base, "mod@example.org")
    mod.goto(f"{base}/en/community/moderation/")
    mod.locator("input[name=reason]").first.fill("Not about job placement")
    mod.get_by_role("button", name="Hide post").first.click()
    expect(mod.get_by_text("No open flags.")).to_be_visible()
    mod_context.close()
    assert Post.objects.get(source__startswith="A bakery").status == Post.Status.HIDDEN
    page.goto(thread_url)
    assert page.get_by_text("A bakery cooperative").count() == 0
    page.external_requests.check()
