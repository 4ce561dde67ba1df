"""At least 50 hostile payloads posted as threads, replies, profile fields and file names stay inert."""

from html.parser import HTMLParser

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.html import escape

from community.accounts import profile_for
from community.discussions import services as discussions
from community.discussions.markdown import ALLOWED_TAGS, render_markdown
from community.models import Post

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<img src=x onerror=alert(1)>",
    '<img src="x" onerror="alert(\'x\')">',
    "<body onload=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<iframe src=javascript:alert(1)></iframe>",
    "<iframe srcdoc='<script>alert(1)</script>'></iframe>",
    "<object data=javascript:alert(1)></object>",
    "<embed src=javascript:alert(1)>",
    "<a href=javascript:alert(1)>click</a>",
    "<a href='JaVaScRiPt:alert(1)'>click</a>",
    "<a href='&#106;avascript:alert(1)'>x</a>",
    '<a href="java\nscript:alert(1)">x</a>',
    "[click](javascript:alert(1))",
    "[click](JAVASCRIPT:alert(1))",
    "[click](  javascript:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](vbscript:msgbox(1))",
    "![img](javascript:alert(1))",
    "![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    '[x](https://ok.example "title" onmouseover=alert(1))',
    '<a href="https://ok.example" onclick="alert(1)">ok</a>',
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<p style="width:expression(alert(1))">x</p>',
    "<style>@import 'https://evil.example/x.css';</style>",
    "<style>body{background:url('javascript:alert(1)')}</style>",
    "<link rel=stylesheet href=https://evil.example/x.css>",
    "<meta http-equiv=refresh content='0;url=javascript:alert(1)'>",
    "<base href=https://evil.example/>",
    "<form action=javascript:alert(1)><button>x</button></form>",
    "<input autofocus onfocus=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<marquee onstart=alert(1)>x</marquee>",
    "<video><source onerror=alert(1)></video>",
    "<audio src=x onerror=alert(1)>",
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "<!--<script>alert(1)</script>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<<script>script>alert(1)<</script>/script>",
    "<img src=`x`onerror=alert(1)>",
    "<img/src=x/onerror=alert(1)>",
    "<svg/onload=alert(1)//",
    "<x onclick=alert(1)>click",
    "`<script>alert(1)</script>`",
    "    <script>alert(1)</script>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<template><script>alert(1)</script></template>",
    "javascript:alert(document.cookie)",
    '<a href="data:text/html,<script>alert(1)</script>">d</a>',
    "{{ request.user }} {% debug %}",
]

DANGEROUS_TAGS = {
    "script", "iframe", "object", "embed", "svg", "math", "style", "link", "meta", "base",
    "form", "input", "video", "audio", "source", "marquee", "template", "noscript", "x", "img",
}  # fmt: skip


class Inspector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.problems = []
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts += 1
        for name, value in attrs:
            value = (value or "").strip().lower().replace("\n", "")
            if name.startswith("on"):
                self.problems.append(f"{tag} {name}")
            if name in {
                "href",
                "src",
                "action",
                "formaction",
                "data",
                "srcdoc",
            } and value.startswith(("javascript:", "data:", "vbscript:", "&#")):
                self.problems.append(f"{tag} {name}={value}")
            if name == "style" and ("expression" in value or "url(" in value):
                self.problems.append(f"{tag} style")


def inspect(html):
    parser = Inspector()
    parser.feed(html)
    return parser


def test_enough_payloads():
    assert len(PAYLOADS) >= 50


@pytest.fixture
def baseline_scripts(client, thread):
    return inspect(client.get(thread.get_absolute_url()).content.decode()).scripts


def _assert_inert(html, baseline_scripts):
    parser = inspect(html)
    assert parser.problems == []
    assert parser.scripts == baseline_scripts


@pytest.mark.parametrize("payload", PAYLOADS)
def test_rendered_markdown_keeps_only_the_allowlist(payload):
    html = render_markdown(payload, new_member=True)
    parser = inspect(html)
    assert parser.problems == []
    tags = set()

    class Tags(HTMLParser):
        def handle_starttag(self, tag, attrs):
            tags.add(tag)

    Tags().feed(html)
    assert not tags & DANGEROUS_TAGS
    assert tags <= ALLOWED_TAGS


def test_payloads_in_threads_replies_and_file_names_render_inert(
    member, member_client, groups, baseline_scripts, settings
):
    settings.COMMUNITY_POST_RATE = (10_000, 60)
    group = groups["open"]
    thread, _post = discussions.start_thread(member, group, "Payload thread", "start")
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    for index, payload in enumerate(PAYLOADS):
        discussions.start_thread(member, group, payload[:200], payload)
        upload = SimpleUploadedFile(f"{payload[:80]}.pdf", pdf, content_type="application/pdf")
        discussions.reply(member, thread, payload, attachment=upload if index % 2 == 0 else None)
    assert Post.objects.exclude(attachment="").count() == (len(PAYLOADS) + 1) // 2
    pages = [group.get_absolute_url(), f"{group.get_absolute_url()}?page=2"]
    pages += [f"{thread.get_absolute_url()}?page={n}" for n in range(1, 5)]
    pages += [t.get_absolute_url() for t in group.threads.all()[:60]]
    for url in pages:
        response = member_client.get(url)
        assert response.status_code == 200
        _assert_inert(response.content.decode(), baseline_scripts)


def test_payloads_in_profile_fields_render_inert(member, member_client, client, baseline_scripts):
    for payload in PAYLOADS:
        profile = profile_for(member)
        profile.display_name = payload[:120]
        profile.bio = payload
        profile.job_title = payload[:200]
        profile.organisation = payload[:200]
        profile.privacy, profile.in_directory = "public", True
        profile.save()
        for url in ["/en/community/members/", "/en/community/members/member/"]:
            response = client.get(url)
            assert response.status_code == 200
            html = response.content.decode()
            assert escape(payload[:120]) in html  # the name is shown, as text
            _assert_inert(html, baseline_scripts)


def test_profile_links_must_be_http(member_client):
    response = member_client.post(
        "/en/community/profile/",
        {
            "links": "javascript:alert(1)",
            "privacy": "public",
            "email_mode": "each",
            "display_name": "Kept",
        },
    )
    assert response.status_code == 200
    assert "must start with https://" in response.content.decode()
    assert 'value="Kept"' in response.content.decode()  # nothing lost


def test_hostile_upload_refused(member, groups):
    from django.core.exceptions import ValidationError

    thread, _ = discussions.start_thread(member, groups["open"], "t", "b")
    fake = SimpleUploadedFile(
        "<svg onload=alert(1)>.pdf", b"<svg onload=alert(1)>", "application/pdf"
    )
    with pytest.raises(ValidationError):
        discussions.reply(member, thread, "x", attachment=fake)
    assert list(thread.posts.values_list("source", flat=True)) == ["b"]  # no reply was kept
