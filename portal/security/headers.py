"""Response headers every page gets, and the per-request CSP nonce for inline scripts.

Public pages and the admin's sign-in page: scripts and styles only from the site itself or
inline with this response's nonce (``request.csp_nonce``; templates read ``{{ csp_nonce }}``),
no 'unsafe-inline'. The rest of the Wagtail admin renders inline scripts without a nonce (chooser
widgets, inline panels, date inputs, modal HTML) and a vendor library injects a <style>, so it
gets the same policy with 'unsafe-inline' for scripts and styles and no nonce (a nonce would
make browsers ignore 'unsafe-inline'); every other directive is as strict as on public pages.
"""

import secrets
from urllib.parse import urlparse

from django.conf import settings

ADMIN_PREFIXES = ("/admin/", "/django-admin/")
STRICT_ADMIN_PATHS = ("/admin/login/",)  # no inline script: the public, nonce-only policy


def _img_src():
    # Everything the site loads comes from itself; map tiles may be allowed by MAP_TILE_URL.
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
    return " ".join(img_src)


def content_security_policy(nonce=None, admin=False):
    """The policy for one response: public pages with ``nonce``, or the admin's."""
    scripts = "'self' 'unsafe-inline'" if admin else f"'self' 'nonce-{nonce}'"
    styles = "'self' 'unsafe-inline'" if admin else f"'self' 'nonce-{nonce}'"
    return "; ".join(
        [
            "default-src 'self'",
            f"img-src {_img_src()}",
            f"style-src {styles}",
            f"script-src {scripts}",
            "font-src 'self'",
            "connect-src 'self'",
            "frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'",
        ]
    )


def csp_nonce(request):
    """Context processor: ``csp_nonce`` for ``<script nonce="…">`` in templates."""
    return {"csp_nonce": getattr(request, "csp_nonce", "")}


class SecurityHeadersMiddleware:
    """Adds a Content-Security-Policy, a Permissions-Policy and a Referrer-Policy."""

    NONCE_SLOT = "{nonce}"

    def __init__(self, get_response):
        self.get_response = get_response
        # Built once; each public response only fills in its nonce.
        self.admin_policy = content_security_policy(admin=True)
        self.public_policy = content_security_policy(self.NONCE_SLOT)

    def __call__(self, request):
        admin = request.path.startswith(ADMIN_PREFIXES) and request.path not in STRICT_ADMIN_PATHS
        request.csp_nonce = secrets.token_urlsafe(16)
        response = self.get_response(request)
        response.headers.setdefault(
            "Content-Security-Policy",
            self.admin_policy
            if admin
            else self.public_policy.replace(self.NONCE_SLOT, request.csp_nonce),
        )
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(self)"
        )
        response.headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
        return response
