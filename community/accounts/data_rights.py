"""A member's data-protection rights: a copy of everything the platform holds about them
(each app's part comes from what it registered as ``portal.core.registry.PersonalData``) and
the deletion of their account."""

import csv
import io
import json
import zipfile

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from portal.core.registry import personal_data


def collect(user):
    """{app key: {section: [rows]}} from every registered exporter."""
    return {item.key: item.export(user) for item in personal_data()}


def export_zip(user):
    """A ZIP: ``data.json`` with every section, and one CSV per non-empty section
    (``<app>/<section>.csv``, a column per field, lists joined with new lines)."""
    data = collect(user)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        document = {
            "exported_at": timezone.now().isoformat(),
            "site": settings.SITE_NAME,
            "data": data,
        }
        archive.writestr(
            "data.json", json.dumps(document, ensure_ascii=False, indent=2, default=str)
        )
        for app, sections in data.items():
            for section, rows in sections.items():
                if rows:
                    archive.writestr(f"{app}/{section}.csv", _csv(rows))
    return buffer.getvalue()


def _csv(rows):
    columns = list(dict.fromkeys(key for row in rows for key in row))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})
    return "\ufeff" + out.getvalue()  # a BOM: spreadsheets then read UTF-8 (Arabic, accents)


def _cell(value):
    if isinstance(value, list | tuple):
        return "\n".join(str(v) for v in value)
    if value is None:
        return ""
    text = str(value)
    # A cell a spreadsheet would run as a formula starts with a quote instead.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def confirms(user, typed):
    """True when ``typed`` is the account's email address or its password."""
    typed = (typed or "").strip()
    if not typed:
        return False
    if user.email and typed.casefold() == user.email.casefold():
        return True
    return user.check_password(typed)


def delete_account(user):
    """Each app erases or anonymises its part, the member's sessions end, the account goes
    (posts stay, shown as written by a former member)."""
    with transaction.atomic():
        for item in personal_data():
            if item.erase is not None:
                item.erase(user)
        end_sessions(user)
        user.delete()


def end_sessions(user):
    """Delete the member's stored sessions (signed in on other devices too)."""
    if settings.SESSION_ENGINE != "django.contrib.sessions.backends.db":
        return  # other stores: a session of a deleted user resolves to nobody
    from django.contrib.sessions.models import Session

    mine = [
        session.pk
        for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator()
        if session.get_decoded().get("_auth_user_id") == str(user.pk)
    ]
    Session.objects.filter(pk__in=mine).delete()
