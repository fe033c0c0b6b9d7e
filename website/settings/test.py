"""Test settings: fast hashing, in-memory cache and mail, no manifest for static files."""

from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "test-only-key-not-secret-but-long-enough-for-django-checks-0123456789"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
MEDIA_ROOT = Path(os.environ.get("TEST_MEDIA_ROOT", "/tmp/leerambassadeurs-test-media"))  # noqa: F405
ALLOW_DEMO_SEED = True
CACHES["pagecache"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "test-pages"}  # noqa: F405
# Off by default so one test's cached page never leaks into the next; tests/platform switch it on.
WAGTAIL_CACHE = False
