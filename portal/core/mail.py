"""Every email the platform sends: subject and body from templates, in the recipient's language.

A message named ``app/email/name`` is rendered from ``templates/app/email/name_subject.txt``
and ``templates/app/email/name.txt``; the subject gets ``EMAIL_SUBJECT_PREFIX``. Templates get
``site_url`` and ``site_name`` besides the caller's context; links inside them are built with
:func:`portal.core.links.absolute_url`.
"""

import re

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from portal.core.links import site_url


def render(name, context, language=None):
    """(subject, body) of message ``name`` rendered in ``language`` (default: the site's)."""
    context = {"site_url": site_url(), "site_name": settings.SITE_NAME, **context}
    with translation.override(language or settings.LANGUAGE_CODE):
        subject = render_to_string(f"{name}_subject.txt", context)
        body = render_to_string(f"{name}.txt", context)
    # One line, with ASCII whitespace folded; non-breaking spaces (French typography) stay.
    subject = re.sub(r"[ \t\r\n]+", " ", subject).strip(" ")
    return settings.EMAIL_SUBJECT_PREFIX + subject, body.strip() + "\n"


def send(name, context, to, language=None, headers=None):
    """Render message ``name`` in ``language`` and send it to the addresses ``to``."""
    subject, body = render(name, context, language)
    return EmailMessage(subject=subject, body=body, to=list(to), headers=headers).send()
