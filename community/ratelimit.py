"""A small fixed-window rate limit in the cache, per IP address (and per form).

Settings (optional): COMMUNITY_CONTACT_RATE_LIMIT = (5, 3600) for "5 per hour";
COMMUNITY_TRUSTED_PROXY_COUNT = number of reverse proxies in front of the site whose
X-Forwarded-For entries may be trusted (0 = use REMOTE_ADDR only, which cannot be spoofed).
"""

import math
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

DEFAULT_LIMIT = (5, 3600)


@dataclass
class RateLimitResult:
    exceeded: bool
    count: int
    retry_seconds: int

    @property
    def retry_minutes(self):
        return max(1, math.ceil(self.retry_seconds / 60))


def client_ip(request):
    proxies = getattr(settings, "COMMUNITY_TRUSTED_PROXY_COUNT", 0)
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "unknown")


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
    return hit(f"contact:{page.translation_key}:{client_ip(request)}", limit, window)
