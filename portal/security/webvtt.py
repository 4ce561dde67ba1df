"""WebVTT caption files (``<track kind="captions">``) checked by their content, not their name.

A caption file is accepted when it is UTF-8 text, starts with the ``WEBVTT`` signature (after
an optional byte-order mark), holds at least one cue (``00:00:01.000 --> 00:00:04.000``) whose
times are well formed and in order, and is no bigger than ``MAX_BYTES``. Anything else, such as
an SRT file renamed to .vtt, a video or an HTML page, is refused with a sentence the editor can
act on. Used by webinar recordings (``learning``) and any page that plays a video.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_BYTES = 1024 * 1024  # an hour of dense captions is about 100 kB
_TIME = r"(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})"
_CUE_TIMING = re.compile(rf"^{_TIME}[ \t]+-->[ \t]+{_TIME}(?:[ \t].*)?$")
_SIGNATURE = re.compile(r"^WEBVTT(?:[ \t].*)?$")


def _seconds(hours, minutes, seconds, millis):
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + int(millis) / 1000


def webvtt_error(data):
    """Why ``data`` (bytes) is not a usable WebVTT caption file (a sentence), or None."""
    if not data:
        return _("The caption file is empty.")
    if len(data) > MAX_BYTES:
        return _("The caption file is larger than 1 MB; caption files are much smaller.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _("The caption file is not UTF-8 text.")
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if not _SIGNATURE.match(lines[0]):
        return _("A caption file must start with the line WEBVTT (a WebVTT file).")
    cues = 0
    for number, line in enumerate(lines[1:], start=2):
        if "-->" not in line:
            continue
        match = _CUE_TIMING.match(line.strip())
        if not match:
            return _(
                "Line %(line)d has a malformed cue time (expected 00:00:01.000 --> 00:00:04.000)."
            ) % {"line": number}
        start, end = _seconds(*match.groups()[:4]), _seconds(*match.groups()[4:])
        if end <= start:
            return _("Line %(line)d: a cue must end after it starts.") % {"line": number}
        cues += 1
    if not cues:
        return _(
            "The caption file holds no cue (no line with a time such as "
            "00:00:01.000 --> 00:00:04.000)."
        )
    return None


def validate_webvtt_file(fileobj):
    """Raise ValidationError unless the file-like ``fileobj`` is a usable WebVTT file."""
    fileobj.seek(0)
    data = fileobj.read(MAX_BYTES + 1)
    fileobj.seek(0)
    if error := webvtt_error(data):
        raise ValidationError(error, code="webvtt")
