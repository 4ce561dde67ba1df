"""Settings shared by every environment. Values that differ come from the environment."""

from pathlib import Path

from portal.operations.config import (
    cache_config,
    database_config,
    env,
    env_bool,
    env_float,
    env_int,
    env_list,
)

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env("SECRET_KEY", "dev-only-insecure-key-change-me")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

SITE_NAME = "Return & Reintegration Hub"
WAGTAIL_SITE_NAME = SITE_NAME
WAGTAILADMIN_BASE_URL = env("SITE_URL", "http://127.0.0.1:8000")
SITE_ID = 1

INSTALLED_APPS = [
    # Project apps first so their templates override third-party ones.
    "portal",
    "resources",
    "community",
    "learning",
    "initiatives_map",
    "search",
    # Wagtail
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Accounts
    "allauth",
    "allauth.account",
    # Other third-party apps
    "django_countries",
    "leaflet",
    "django_tasks",
    "django_tasks_db",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sites",
    "django.contrib.sitemaps",
    "django.contrib.syndication",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal.security.input.InputHardeningMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Brotli/gzip for what the page cache did not encode; the page cache answers anonymous
    # requests before sessions, users or the database are touched.
    "portal.operations.compression.CompressionMiddleware",
    "portal.operations.pagecache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "portal.security.headers.SecurityHeadersMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.pages.context_processors.site",
                "portal.security.headers.csp_nonce",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

# Database: SQLite by default, PostgreSQL when DATABASE_URL is set.
DATABASE_URL = env("DATABASE_URL")
DATABASES = {"default": database_config(DATABASE_URL, BASE_DIR / "db.sqlite3")}
USING_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")
if USING_POSTGRES:
    INSTALLED_APPS.append("django.contrib.postgres")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set; per-process memory otherwise (rate limits need a real cache).
REDIS_URL = env("REDIS_URL")
CACHES = {"default": cache_config(REDIS_URL)}

# The anonymous page cache (portal.operations.pagecache; docs/decisions.md): on with Redis (a
# per-process memory cache would miss other processes' purges). Entries live at most
# PAGE_CACHE_TIMEOUT seconds (what no signal reports, such as download counts or a webinar
# starting, shows within that time); browsers and proxies keep a page MAX_AGE seconds.
PAGE_CACHE = env_bool("PAGE_CACHE", bool(REDIS_URL))
PAGE_CACHE_TIMEOUT = env_int("PAGE_CACHE_TIMEOUT", 300)
PAGE_CACHE_MAX_AGE = env_int("PAGE_CACHE_MAX_AGE", 60)
PAGE_CACHE_STALE_WHILE_REVALIDATE = 30
# Views besides Wagtail pages whose anonymous answers may be shared (URL names).
PAGE_CACHE_VIEWS = [
    "search:search",
    "community:groups",
    "community:group",
    "community:thread",
    "learning_feed",
    "learning_ics",
    "initiatives_geojson",
    "initiatives_csv",
]
# Cookies that change an anonymous page (part of the key): the webinar time zone.
PAGE_CACHE_KEY_COOKIES = ["learning_tz"]
# Apps whose models purge the pages that show them, and what each app's pages show besides
# their own app ("pages": titles and links of any page). Apps not listed (portal: the home page,
# content pages; search) show everything.
PAGE_CACHE_APPS = ["portal", "resources", "community", "learning", "initiatives_map"]
PAGE_CACHE_DEPENDS = {
    "resources": ["resources"],
    "community": ["community"],
    "learning": ["learning", "pages"],
    "initiatives_map": ["initiatives_map", "pages"],
}
# Models of other apps shown across the site: a change purges every page.
PAGE_CACHE_SITE_MODELS = [
    "wagtailcore.Site",
    "wagtailcore.Locale",
    "wagtailcore.PageViewRestriction",
    "wagtailimages.Image",
    "taggit.Tag",
    "search.SearchDocument",  # purges its search type's app only
]
# Private records and counters no anonymous page shows as they change (download counts are
# bulk updates: they show within PAGE_CACHE_TIMEOUT).
PAGE_CACHE_IGNORED_MODELS = [
    "resources.downloadcount",
    "community.follow",
    "community.flag",
    "community.moderationaction",
    "community.notification",
    "community.postrevision",
    "learning.lessonprogress",
    "learning.moduleresult",
]

# Background tasks (django-tasks): run at once unless a worker backend is chosen.
TASKS_BACKEND = env("TASKS_BACKEND", "immediate")
TASKS = {
    "default": {
        "BACKEND": {
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
            "database": "django_tasks_db.DatabaseBackend",
        }.get(TASKS_BACKEND, "django_tasks.backends.immediate.ImmediateBackend")
    }
}

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
WAGTAIL_FRONTEND_LOGIN_URL = "/accounts/login/"

# Internationalisation: English, French, Spanish and Arabic, with language-prefixed URLs.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ar", "العربية"),
]
LANGUAGES_BIDI = ["ar"]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
# Number conventions per language (portal/formats), used by portal.core.i18n.format_number.
FORMAT_MODULE_PATH = ["portal.formats"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# Static and media files.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Media (docs/deploy.md "Media files"): names under these prefixes are public and served at
# MEDIA_URL by portal.security.media.public_media; everything else (private/...) only through
# views that check permission. A proxy may send the bytes: MEDIA_ACCEL_REDIRECT is nginx's
# internal location prefix (X-Accel-Redirect), MEDIA_SENDFILE=1 sends X-Sendfile.
MEDIA_PUBLIC_PREFIXES = ["community/avatars/", "original_images/", "images/"]
MEDIA_ACCEL_REDIRECT = env("MEDIA_ACCEL_REDIRECT", "")
MEDIA_SENDFILE = env_bool("MEDIA_SENDFILE", False)
if MEDIA_ACCEL_REDIRECT or MEDIA_SENDFILE:
    SENDFILE_BACKEND = "portal.security.media"  # Wagtail's document view hands files over too
# S3-compatible object storage for all media when a bucket is named (credentials: the usual
# AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY). Public prefixes get plain URLs (bucket policy:
# public read on them only); private files are streamed by the permission views.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": env("S3_ENDPOINT_URL"),
            "region_name": env("AWS_S3_REGION_NAME"),
            "custom_domain": env("AWS_S3_CUSTOM_DOMAIN"),
            "querystring_auth": False,
            "file_overwrite": False,
            "default_acl": None,
        },
    }
# Form fields other than files (Wagtail's StreamField JSON can be large): at most 5 MB.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# Uploaded files above 2.5 MB go to a temporary file instead of the worker's memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_HANDLERS = [
    "portal.security.uploads.SizeLimitUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]

# Email: the console in development, SMTP when EMAIL_HOST is set.
EMAIL_HOST = env("EMAIL_HOST")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Return & Reintegration Hub <hub@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Wagtail
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []  # documents are always downloads
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Admin avatars: no request to gravatar.com (the CSP allows images from the site only).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_LOGIN_URL = "wagtailadmin_login"
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None

# Search: Wagtail's database backend by default (PostgreSQL full text when on PostgreSQL).
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL")
SEARCH_ENGINE = env("SEARCH_ENGINE", "elasticsearch" if ELASTICSEARCH_URL else "database")
# Elasticsearch (docs/search.md, "A million documents"): a new index's shards and replicas
# (replicas are 0 while a rebuild loads, then these), the search and write timeouts in
# seconds, bulk chunks (documents and MB; the server refuses bodies over 100 MB), and how long
# searches skip the server after a failure (the circuit breaker).
SEARCH_ES_SHARDS = env_int("SEARCH_ES_SHARDS", 1)
SEARCH_ES_REPLICAS = env_int("SEARCH_ES_REPLICAS", 1)
SEARCH_ES_TIMEOUT = env_float("SEARCH_ES_TIMEOUT", 2.0)
SEARCH_ES_WRITE_TIMEOUT = env_float("SEARCH_ES_WRITE_TIMEOUT", 60.0)
SEARCH_ES_WRITE_RETRIES = env_int("SEARCH_ES_WRITE_RETRIES", 5)
SEARCH_ES_BULK_DOCS = env_int("SEARCH_ES_BULK_DOCS", 500)
SEARCH_ES_BULK_MB = env_int("SEARCH_ES_BULK_MB", 10)
SEARCH_ES_BREAKER_SECONDS = env_float("SEARCH_ES_BREAKER_SECONDS", 30.0)
SEARCH_ES_BACKOFF = env_float("SEARCH_ES_BACKOFF", 0.5)  # first retry wait, doubling
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": True},
}

# Accounts (django-allauth): email login, verified addresses, rate limits on.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
EMAIL_SUBJECT_PREFIX = "[R&R Hub] "
ACCOUNT_EMAIL_SUBJECT_PREFIX = EMAIL_SUBJECT_PREFIX
ACCOUNT_DEFAULT_HTTP_PROTOCOL = env("ACCOUNT_DEFAULT_HTTP_PROTOCOL", "http")
# Behind a reverse proxy: how many proxies append to X-Forwarded-For (0: none, the header is
# ignored). portal.security.clientip.client_ip reads it for every per-IP rate limit; allauth's
# rate limits through community.accounts.adapter.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
ACCOUNT_ADAPTER = "community.accounts.adapter.AccountAdapter"
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
}

# Maps (django-leaflet's leaflet_css/leaflet_js/leaflet_map tags read this). No tile server
# by default: the base map is the packaged country shapes (the "countries" plugin); setting
# MAP_TILE_URL adds one tile layer (allow its host in portal.security.headers' CSP).
MAP_TILE_URL = env("MAP_TILE_URL", "")
MAP_TILE_ATTRIBUTION = env("MAP_TILE_ATTRIBUTION", "")
_MAP_VENDOR = "initiatives_map/vendor/"
LEAFLET_CONFIG = {
    # Never django-leaflet's default (OpenStreetMap's servers): nothing loads from outside.
    "TILES": (
        [("Tiles", MAP_TILE_URL, {"attribution": MAP_TILE_ATTRIBUTION})] if MAP_TILE_URL else []
    ),
    "DEFAULT_CENTER": (15.0, 10.0),
    "DEFAULT_ZOOM": 2,
    "MIN_ZOOM": 1,
    "MAX_ZOOM": 12,  # markercluster needs a finite maxZoom, and no tile layer sets one
    "SCALE": None,
    "RESET_VIEW": False,
    # Build maps once the page is parsed (the deferred map scripts have run), not after
    # every image has loaded.
    "LOADEVENT": "DOMContentLoaded",
    # A path, not True: django-leaflet 0.34 assigns the value to L.Icon.Default.imagePath, and
    # Leaflet's own guess from leaflet.css fails once the manifest storage hashes the names.
    "FORCE_IMAGE_PATH": f"{STATIC_URL}leaflet/images/",
    "PLUGINS": {
        "markercluster": {
            "css": [
                f"{_MAP_VENDOR}leaflet.markercluster/MarkerCluster.css",
                f"{_MAP_VENDOR}leaflet.markercluster/MarkerCluster.Default.css",
            ],
            "js": f"{_MAP_VENDOR}leaflet.markercluster/leaflet.markercluster.js",
        },
        # The offline base map: world-atlas shapes drawn on every map whose element has
        # data-countries; the world wraps around (worldCopyJump).
        "countries": {
            "js": [
                f"{_MAP_VENDOR}topojson-client/topojson-client.min.js",
                "initiatives_map/countries.js",
            ],
        },
    },
}

# Uploads from members (resources, attachments).
UPLOAD_MAX_BYTES = env_int("UPLOAD_MAX_MB", 50) * 1024 * 1024
# Resources contributed by members: size limit, and (submissions, seconds) per member.
RESOURCES_MAX_UPLOAD_BYTES = env_int("RESOURCES_MAX_UPLOAD_MB", 50) * 1024 * 1024
RESOURCES_CONTRIBUTION_RATE = (env_int("RESOURCES_CONTRIBUTIONS_PER_HOUR", 5), 3600)
# Any request body: the largest upload plus its form fields; larger -> 413 before reading it
# (portal.security.input). The proxy's limit (nginx client_max_body_size) should match.
REQUEST_BODY_MAX_BYTES = max(UPLOAD_MAX_BYTES, RESOURCES_MAX_UPLOAD_BYTES) + 1024 * 1024
# Zip-based documents (DOCX, XLSX, PPTX, EPUB), from their central directory: refused above.
UPLOAD_ZIP_MAX_UNCOMPRESSED_BYTES = env_int("UPLOAD_ZIP_MAX_UNCOMPRESSED_MB", 100) * 1024 * 1024
UPLOAD_ZIP_MAX_RATIO = 100
UPLOAD_ZIP_MAX_ENTRIES = 5000
# Text extraction of documents runs in a child process with these limits (resources.extraction).
RESOURCES_EXTRACTION_MEMORY_MB = env_int("RESOURCES_EXTRACTION_MEMORY_MB", 512)
RESOURCES_EXTRACTION_TIMEOUT = env_int("RESOURCES_EXTRACTION_TIMEOUT", 60)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django": {
            "handlers": ["console"],
            "level": env("DJANGO_LOG_LEVEL", "WARNING"),
            "propagate": False,
        },
        "portal": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

# --- resources settings ---
WAGTAILDOCS_DOCUMENT_MODEL = "resources.ResourceDocument"


# --- community settings ---
# Posting limit per member: (posts, seconds). Wagtail admin login: (failures, seconds).
COMMUNITY_POST_RATE = (env_int("COMMUNITY_POST_RATE", 10), 60)
COMMUNITY_ADMIN_LOGIN_LIMIT = (5, 300)
COMMUNITY_NEW_MEMBER_DAYS = 7  # links of members younger than this carry rel="nofollow ugc"
ACCOUNT_SIGNUP_FORM_CLASS = "community.accounts.forms.HoneypotSignupForm"
MIDDLEWARE = [*MIDDLEWARE, "community.accounts.limiter.AdminLoginLimiterMiddleware"]


# --- learning settings ---
# Hosts webinar recordings may be embedded from (a host or any of its subdomains).
LEARNING_RECORDING_PROVIDERS = ("youtube.com", "youtu.be", "vimeo.com")


# --- initiatives_map settings ---


# --- search settings ---
