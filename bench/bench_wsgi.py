"""gunicorn entry point for the benchmark: the production WSGI application with bench_urls as URLconf."""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.production")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.wsgi import get_wsgi_application  # noqa: E402

settings.ROOT_URLCONF = "bench_urls"  # before the first request; everything else is production as is
application = get_wsgi_application()
