"""Public media at /media/ (also under production settings, also handed to nginx), and all
media on S3-compatible storage: moto's server mode stands in for the object store."""

import io
import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from portal.security.media import PrivateUploadTo, public_bucket_policy, safe_extension

BASE_DIR = Path(__file__).resolve().parents[2]


def png_bytes():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


# --- names -----------------------------------------------------------------------------------


def test_private_names_are_random_with_a_checked_extension():
    upload_to = PrivateUploadTo("community/attachments")
    first, second = upload_to(None, "Budget 2026.PDF"), upload_to(None, "Budget 2026.PDF")
    assert first != second
    assert first.startswith("private/community/attachments/") and first.endswith(".pdf")
    assert "Budget" not in first
    assert safe_extension("x.p<d>f") == "bin"
    assert safe_extension("no-extension") == "bin"
    assert safe_extension("a.verylongextension") == "bin"


# --- public media through Django -------------------------------------------------------------


@pytest.fixture
def avatar(db, member):
    from community.accounts.services import profile_for

    profile = profile_for(member)
    profile.avatar.save("me.png", ContentFile(png_bytes()))
    return profile.avatar


def test_avatar_is_served_inline_and_cacheable(avatar, client):
    assert avatar.url.startswith("/media/community/avatars/")
    response = client.get(avatar.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == png_bytes()
    assert response["Content-Type"] == "image/png"
    assert "attachment" not in response.get("Content-Disposition", "")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"].startswith("public, max-age=")


def test_wagtail_image_and_rendition_are_served(db, client):
    from wagtail.images import get_image_model

    image = get_image_model().objects.create(
        title="Map", file=SimpleUploadedFile("map.png", png_bytes(), "image/png")
    )
    rendition = image.get_rendition("width-2")
    for url in (image.file.url, rendition.url):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"] == "image/png"


def test_only_public_prefixes_are_served(db, client):
    for name in ("private/community/attachments/x.pdf", "documents/x.pdf", "other/x.png"):
        default_storage.save(name, ContentFile(b"%PDF-1.4 secret"))
    assert client.get("/media/private/community/attachments/x.pdf").status_code == 404
    assert client.get("/media/documents/x.pdf").status_code == 404
    assert client.get("/media/other/x.png").status_code == 404
    assert client.get("/media/community/avatars/../../private/x.pdf").status_code == 404
    assert client.get("/media/community/avatars/%2e%2e/documents/x.pdf").status_code == 404
    assert client.get("/media/community/avatars/missing.png").status_code == 404


def test_public_media_is_handed_to_nginx_when_configured(avatar, client, settings):
    settings.MEDIA_ACCEL_REDIRECT = "/protected-media"
    response = client.get(avatar.url)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/protected-media/{avatar.name}"
    assert response.content == b""
    assert response["Content-Type"] == "image/png"


PRODUCTION_PROBE = """
import json, django
django.setup()
import django.test.signals  # resets the static storage when STORAGES changes
from django.conf import settings
from django.test.utils import override_settings
# The 404 page names static files; the manifest is collectstatic's work, which make prod-check
# runs on a fresh clone. Here: the plain static storage, so no manifest is needed.
override_settings(STORAGES={**settings.STORAGES, "staticfiles": {
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}).enable()
from django.test import Client
client = Client()
result = {}
for path in ("/media/community/avatars/me.png", "/media/images/map.width-2.png",
             "/media/private/community/attachments/x.pdf"):
    response = client.get(path, secure=True)
    result[path] = [response.status_code, response.get("X-Accel-Redirect", ""),
                    response.get("Content-Type", "")]
print(json.dumps(result))
"""


@pytest.mark.postgres(reason="a second process reads the test database; SQLite's is in memory")
@pytest.mark.parametrize("accel", ["", "/protected-media/"])
def test_production_settings_serve_public_media(db, tmp_path, accel):
    """With ``portal.settings.production`` (DEBUG off, no static() route), avatars and image
    renditions answer 200 and private names 404; with MEDIA_ACCEL_REDIRECT nginx sends them."""
    media = tmp_path / "media"
    for name, data in (
        ("community/avatars/me.png", png_bytes()),
        ("images/map.width-2.png", png_bytes()),
        ("private/community/attachments/x.pdf", b"%PDF-1.4 secret"),
    ):
        (media / name).parent.mkdir(parents=True, exist_ok=True)
        (media / name).write_bytes(data)
    from django.db import connection

    database = connection.settings_dict
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/"
        f"{database['NAME']}",
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "testserver",
        "MEDIA_ROOT": str(media),
        "MEDIA_ACCEL_REDIRECT": accel,
    }
    result = subprocess.run(
        [sys.executable, "-c", PRODUCTION_PROBE],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    answers = json.loads(result.stdout.strip().splitlines()[-1])
    assert answers["/media/community/avatars/me.png"][0] == 200
    assert answers["/media/community/avatars/me.png"][2] == "image/png"
    assert answers["/media/images/map.width-2.png"][0] == 200
    assert answers["/media/private/community/attachments/x.pdf"][0] == 404
    if accel:
        assert answers["/media/community/avatars/me.png"][1] == (
            "/protected-media/community/avatars/me.png"
        )


# --- S3-compatible storage (moto server) -----------------------------------------------------

BUCKET = "hub-media"


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def s3_server():
    """moto's S3 server on a free port, with an empty bucket; stopped after the session."""
    import boto3

    port = _free_port()
    moto = Path(sys.executable).with_name("moto_server")
    process = subprocess.Popen(
        [str(moto), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                pytest.fail("moto_server did not start")
            time.sleep(0.2)
    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",  # noqa: S106
        region_name="us-east-1",
    )
    client.create_bucket(Bucket=BUCKET)
    client.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(public_bucket_policy(BUCKET)))
    yield {"endpoint": endpoint, "client": client}
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def s3_storage(s3_server, settings):
    """All media on the moto bucket, configured as ``portal.settings.base`` does for a bucket."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": BUCKET,
                "endpoint_url": s3_server["endpoint"],
                "region_name": "us-east-1",
                "access_key": "testing",
                "secret_key": "testing",
                "querystring_auth": False,
                "file_overwrite": False,
                "default_acl": None,
            },
        },
    }
    yield s3_server


def _bucket_keys(s3_server):
    listing = s3_server["client"].list_objects_v2(Bucket=BUCKET)
    return {item["Key"] for item in listing.get("Contents", [])}


def test_s3_private_attachment_only_for_members(s3_storage, db, member, other_member):
    from community.factories import GroupFactory, PostFactory, ThreadFactory, add_member
    from community.models import Group, Post
    from resources.factories import make_pdf

    group = GroupFactory(slug="s3-secret", access=Group.Access.PRIVATE)
    add_member(group, member)
    thread = ThreadFactory(group=group, title="Plans", author=member)
    PostFactory(thread=thread, author=member)
    poster = Client()
    poster.force_login(member)
    upload = SimpleUploadedFile("Plans 2026.pdf", make_pdf("s3 secret"), "application/pdf")
    response = poster.post(
        f"{thread.get_absolute_url()}reply/", {"source": "attached", "attachment": upload}
    )
    assert response.status_code == 302
    post = Post.objects.exclude(attachment="").get(thread=thread)
    assert post.attachment.name in _bucket_keys(s3_storage)
    assert post.attachment.name.startswith("private/community/attachments/")

    url = f"/en/community/posts/{post.pk}/attachment/"
    response = poster.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    assert 'filename="Plans 2026.pdf"' in response["Content-Disposition"]

    anonymous = Client().get(url)
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]
    stranger = Client()
    stranger.force_login(other_member)
    assert stranger.get(url).status_code == 404
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{s3_storage['endpoint']}/{BUCKET}/{post.attachment.name}")  # noqa: S310
    assert refused.value.code == 403


def test_s3_public_avatar_url_works(s3_storage, db, member):
    from community.accounts.services import profile_for

    profile = profile_for(member)
    profile.avatar.save("face.png", ContentFile(png_bytes()))
    url = profile.avatar.url
    assert url.startswith(f"{s3_storage['endpoint']}/{BUCKET}/community/avatars/")
    assert "Signature" not in url and "X-Amz" not in url
    with urllib.request.urlopen(url, timeout=10) as answer:  # noqa: S310 (local moto)
        assert answer.status == 200
        assert answer.read() == png_bytes()


def test_s3_published_document_download(s3_storage, db):
    from portal.demo.site import ensure_home, ensure_locales
    from portal.demo.utils import ensure_page
    from resources.factories import ResourcePageFactory, add_file, make_document, publish
    from resources.models import ResourceIndexPage

    ensure_locales()
    resource_index = ensure_page(ensure_home(), ResourceIndexPage, "resources", title="Resources")

    page = ResourcePageFactory.build(title="S3 study")
    resource_index.add_child(instance=page)
    publish(page)
    document = make_document("S3 study", filename="S3 study.pdf")
    assert document.file.name in _bucket_keys(s3_storage)
    file = add_file(page, document)
    response = Client().get(f"/resources/download/{file.pk}/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    assert 'filename="S3 study.pdf"' in response["Content-Disposition"]
