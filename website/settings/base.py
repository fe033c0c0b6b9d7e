"""Settings shared by every environment. Values that differ per machine come from the environment."""

import datetime
import os
from pathlib import Path

import dj_database_url
import django_cache_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "website",
    "website.platform",
    "programme",
    "methodology",
    "community",
    "activitylog",
    "evaluation",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtailcache",
    "axes",
    "csp",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
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
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # wagtail-cache wraps everything: it stores a response only after every other middleware has finished
    # with it (so a CSRF cookie or session cookie is visible and blocks caching, see website/cache.py) ...
    "wagtailcache.cache.UpdateCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Whitenoise belongs right after SecurityMiddleware so static files skip the rest.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "website.middleware.ContentSecurityPolicyMiddleware",
    "website.middleware.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "website.middleware.CachedRoutingMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Axes turns a locked-out login into the lockout page; it must come after authentication.
    "axes.middleware.AxesMiddleware",
    # ... and serves a stored page only once it knows the visitor is anonymous (after AuthenticationMiddleware).
    "wagtailcache.cache.FetchFromCacheMiddleware",
]

ROOT_URLCONF = "website.urls"

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
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "website.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "600")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # PostgreSQL's JIT compiles the research dashboard's GROUP BY queries (costed above jit_above_cost) for about
    # 50 ms each, longer than they take to run (bench/README.md); the site has no queries that gain from it.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {
    "default": django_cache_url.config(default="locmem://"),
    # Full pages for anonymous visitors (wagtail-cache). With several gunicorn workers or servers this must be
    # shared (file:// on one machine, redis:// across machines) so that clearing on publish reaches every worker.
    "pagecache": django_cache_url.config(env="PAGE_CACHE_URL", default="locmem://leerambassadeurs-pages"),
}
CACHES["pagecache"]["TIMEOUT"] = int(os.environ.get("PAGE_CACHE_TIMEOUT", "600"))
if CACHES["pagecache"]["BACKEND"].endswith(("LocMemCache", "FileBasedCache", "DatabaseCache")):
    # These cull at MAX_ENTRIES; Redis has its own memory limit (maxmemory) and rejects the option.
    CACHES["pagecache"].setdefault("OPTIONS", {})["MAX_ENTRIES"] = 5000

# Django's rules with texts in the site's own words ("je"; see website/passwords.py).
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "website.passwords.UserAttributeSimilarityValidator"},
    {"NAME": "website.passwords.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "website.passwords.CommonPasswordValidator"},
    {"NAME": "website.passwords.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = [
    # First, so that a locked-out username/IP never reaches the password check (see website/security.py).
    "website.security.LoginThrottleBackend",
    "website.security.ProfileModelBackend",
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
# None: logging out shows "Je bent uitgelogd" with the advice to close the browser on a shared work computer.
LOGOUT_REDIRECT_URL = None

# Dutch first: the interface and the content start in Dutch, English is the translation.
LANGUAGE_CODE = "nl"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Files browsers ask for at a fixed address (/favicon.ico), served by whitenoise at the root.
WHITENOISE_ROOT = BASE_DIR / "website" / "root"

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
# A hanging mail server must not hold a request (an invitation page, a password reset) for long.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Leerambassadeurs <noreply@leerambassadeurs.nl>")

# Fields per request (form fields and query parameters); more gives a 400 before any view runs. Set from the largest
# real form, counted in the browser as it is sent (tests/browser/test_form_size.py): the edit form of the longest
# demo guide, 124 fields (Dec 2026; StreamField blocks are 4-7 fields each). A group's permission form with every
# box ticked sends 89, a bulk action at most ~55 (50 rows a listing page), the site's own forms fewer than 30.
# 500 is four times the largest: an editor can write a guide four times as long as any today. The browser test fails
# once a real form needs more than a third of the limit, so the margin is looked at again before editors hit it.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 500

# --- Sessions: a working day, then log in again. -----------------------------------------------------------
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(8 * 60 * 60)))
SESSION_EXPIRE_AT_BROWSER_CLOSE = env_bool("SESSION_EXPIRE_AT_BROWSER_CLOSE", False)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# A form with an expired security token gets the site's own page in its language, not Django's English one.
CSRF_FAILURE_VIEW = "website.views.csrf_failure"

# --- Login throttling (django-axes 8, website/security.py), counted in the database so every server shares it:
# 5 wrong passwords for one username from one IP = 15 minutes locked; 20 from one IP over all usernames locks
# that address too, except for people who have logged in from it before.
AXES_FAILURE_LIMIT = 5
LOGIN_IP_FAILURE_LIMIT = int(os.environ.get("LOGIN_IP_FAILURE_LIMIT", "20"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_HANDLER = "website.security.LoginThrottleHandler"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "website.security.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
AXES_USERNAME_FORM_FIELD = "username"
# Behind N reverse proxies that append to X-Forwarded-For, set TRUSTED_PROXY_COUNT=N; 0 means REMOTE_ADDR.
# One rule for the login throttle and the contact form's rate limit (website.security.client_ip).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "website.security.client_ip"

# --- Security headers for every environment (production adds HTTPS-only settings). ----------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
    "payment=(), usb=(), interest-cohort=()"
)
EMBED_FRAME_SOURCES = ["https://www.youtube-nocookie.com", "https://www.youtube.com", "https://player.vimeo.com"]
# Public site: only our own files, no inline scripts or <style> elements, no framing (django-csp 4 format).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "frame-src": ["'self'", *EMBED_FRAME_SOURCES],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
# Wagtail admin (/admin/): its widgets and panels use inline scripts and styles; previews frame our own pages.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", "https:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "media-src": ["'self'", "blob:"],
        "frame-src": ["'self'", *EMBED_FRAME_SOURCES],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}

# --- Full-page cache for anonymous visitors (wagtail-cache 3, made stricter in website/cache.py). -------------
WAGTAIL_CACHE = env_bool("WAGTAIL_CACHE", True)
WAGTAIL_CACHE_BACKEND = "pagecache"
WAGTAIL_CACHE_HEADER = "X-Wagtail-Cache"
# Changes to these models (app labels or app_label.Model) show on public pages, so they clear the page cache.
PAGE_CACHE_INVALIDATING_MODELS = [
    "website.SiteSettings",
    "wagtailcore.Site",
    "wagtailredirects.Redirect",
    "community",
    "methodology",
]

# --- Retention: how long personal data that has served its purpose is kept (see `manage.py purge_expired`). ---
RETENTION_DAYS = {
    "invitations": int(os.environ.get("RETENTION_INVITATIONS_DAYS", "90")),
    "export_logs": int(os.environ.get("RETENTION_EXPORT_LOGS_DAYS", str(2 * 365))),
    "form_submissions": int(os.environ.get("RETENTION_FORM_SUBMISSIONS_DAYS", "365")),
    "login_attempts": int(os.environ.get("RETENTION_LOGIN_ATTEMPTS_DAYS", "90")),
}
# Expired sessions are always deleted. A value of None keeps that kind of data indefinitely.

WAGTAIL_SITE_NAME = "Leerambassadeurs"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Uploads: no HTML, SVG or scripts; documents always download (never render inline) and go through
# Wagtail's serve view, so collection privacy is checked on every download.
# https://docs.wagtail.org/en/stable/reference/settings.html#documents
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 5 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
# Wagtail's setting for collections is named WAGTAILDOCS_…; shared passwords are stored in plain text.
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}

# Password used by seed_demo for the demo accounts; only for local use.
DEMO_PASSWORD = os.environ.get("DEMO_PASSWORD", "leren-mag-2025")
ALLOW_DEMO_SEED = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
