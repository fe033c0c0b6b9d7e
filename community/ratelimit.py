"""A small fixed-window rate limit per visitor's address (and per form), counted in the shared cache.

Settings: ``COMMUNITY_CONTACT_RATE_LIMIT = (5, 3600)`` for "5 per hour". The address is
``website.security.client_ip``, the same rule (and the same ``TRUSTED_PROXY_COUNT``) as the login throttle.
The counts live in the ``default`` cache, which every worker and server must share for the limit to hold:
production uses a directory on disk unless ``CACHE_URL`` points at Redis (README, "Scaling").
"""

import math
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

from website.security import client_ip

DEFAULT_LIMIT = (5, 3600)


@dataclass
class RateLimitResult:
    exceeded: bool
    count: int
    retry_seconds: int

    @property
    def retry_minutes(self):
        return max(1, math.ceil(self.retry_seconds / 60))


def hit(key, limit, window):
    """Count one attempt under `key`; the window starts at the first attempt."""
    window_start = int(time.time()) // window * window
    cache_key = f"ratelimit:{key}:{window_start}"
    cache.add(cache_key, 0, timeout=window)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=window)
        count = 1
    retry = window_start + window - int(time.time())
    return RateLimitResult(exceeded=count > limit, count=count, retry_seconds=max(1, retry))


def contact_rate_limit(request, page):
    limit, window = getattr(settings, "COMMUNITY_CONTACT_RATE_LIMIT", DEFAULT_LIMIT)
    return hit(f"contact:{page.translation_key}:{client_ip(request) or 'unknown'}", limit, window)
