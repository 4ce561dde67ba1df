"""URL configuration: language-prefixed public pages, the admin and machine-readable endpoints."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from portal.operations import views as operations
from portal.pages import views
from portal.security import media

# Language-neutral endpoints: admin, documents, APIs, feeds for machines.
urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/setlang/", set_language, name="set_language"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", operations.robots_txt, name="robots_txt"),
    path("healthz", operations.healthz, name="healthz"),
    path("api/v1/", include("portal.api.urls")),
    path("", include("resources.api_urls")),
    path("", include("resources.oai.urls")),
    path("", include("community.api_urls")),
    path("", include("learning.api_urls")),
    path("", include("initiatives_map.api_urls")),
    path("", include("search.api_urls")),
]

# Public pages under /en/, /fr/, /es/, /ar/.
urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("", include("resources.urls")),
    path("", include("community.urls")),
    path("", include("learning.urls")),
    path("", include("initiatives_map.urls")),
    path("", include("search.urls")),
    path("", include("portal.taxonomy.urls")),
    path("", include("portal.datasets.urls")),
    path("", include("portal.patterns.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# Public media (avatars, images) in every environment; private files only through the views
# that check permission (portal.security.media). Not needed when MEDIA_URL is an object store.
if settings.MEDIA_URL.startswith("/"):
    urlpatterns = [
        path(f"{settings.MEDIA_URL.lstrip('/')}<path:path>", media.public_media, name="media"),
        *urlpatterns,
    ]

handler404 = "portal.pages.views.page_not_found"
# 503 with Retry-After when the database is unreachable, else the plain 500 page.
handler500 = "portal.operations.views.server_error"
