"""Response headers every page gets."""

# Everything the site loads comes from itself; map tiles may be allowed by MAP_TILE_URL.
from urllib.parse import urlparse

from django.conf import settings


def _content_security_policy():
    img_src = ["'self'", "data:", "blob:"]
    if settings.MAP_TILE_URL:
        parsed = urlparse(settings.MAP_TILE_URL.replace("{s}", "a"))
        if parsed.scheme and parsed.netloc:
            host = (
                parsed.netloc.replace("a.", "*.", 1)
                if "{s}" in settings.MAP_TILE_URL
                else parsed.netloc
            )
            img_src.append(f"{parsed.scheme}://{host}")
    return "; ".join(
        [
            "default-src 'self'",
            f"img-src {' '.join(img_src)}",
            "style-src 'self' 'unsafe-inline'",
            "script-src 'self' 'unsafe-inline'",
            "font-src 'self'",
            "connect-src 'self'",
            "frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'",
        ]
    )


class SecurityHeadersMiddleware:
    """Adds a Content-Security-Policy and a Permissions-Policy to public pages."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.csp = _content_security_policy()

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith(("/admin/", "/django-admin/")):
            response.headers.setdefault("Content-Security-Policy", self.csp)
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(self)"
        )
        response.headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
        return response
