"""What the video player include (``templates/includes/video_player.html``) gets for a
webinar's recording: an uploaded video file with its captions and transcript, or a link to
the external address (no player embedded from another site)."""

import os
from urllib.parse import urlparse

VIDEO_TYPES = {"mp4": "video/mp4", "webm": "video/webm", "ogv": "video/ogg", "ogg": "video/ogg"}


def video_type(document):
    """The MIME type of an uploaded video document, or None when it is not a playable video."""
    if document is None:
        return None
    name = getattr(document, "filename", "") or os.path.basename(document.file.name)
    return VIDEO_TYPES.get(name.rsplit(".", 1)[-1].lower() if "." in name else "")


def recording_video(webinar):
    """The player's ``video`` dict for the webinar's recording, or None when it has none."""
    mime = video_type(webinar.recording_file)
    external = webinar.recording_url
    if not mime and not external:
        return None
    video = {"title": webinar.title}
    if mime:
        video |= {
            "src": webinar.recording_file.url,
            "mime": mime,
            "download_url": webinar.recording_file.url,
        }
        if webinar.captions_id:
            video |= {
                "captions_src": webinar.captions.url,
                "captions_lang": webinar.captions_language,
            }
    else:
        host = (urlparse(external).hostname or "").lower().removeprefix("www.")
        video |= {"external_url": external, "external_host": host}
    if webinar.transcript:
        video["transcript"] = webinar.transcript
    return video
