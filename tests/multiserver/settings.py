"""Production settings for the two-server test, with one change: static files are not collected first.

Everything else (HTTPS behind a proxy, secure cookies, CSP, caches from CACHE_URL and PAGE_CACHE_URL, the
login throttle, SMTP-or-EMAIL_BACKEND) is exactly website.settings.production, from the same environment
variables. The manifest storage would need `collectstatic` (a minute of work the test does not check).
"""

from website.settings.production import *  # noqa: F401,F403
from website.settings.production import STORAGES

STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
