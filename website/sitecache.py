"""What every page view would otherwise ask the database again: kept in the page-cache backend.

The site for the request's host, the home page in the visitor's language, the menu and footer, the
filter options of the research and guide indexes: all the same for every visitor and changed only
when an editor publishes, moves or deletes a page or edits settings, sites, sectors or themes. They
are kept in the page-cache backend and forgotten together with the page cache (website.cache).

Every key carries a generation, read before a value is built: `forget_all` starts a new generation, so a
request that read the database just before a publish cannot store its stale value where later requests
look. A cache that fails never breaks a page: the value is then built from the database.
"""

import logging
import uuid

from django.core.cache import caches
from django.http import Http404
from django.http.request import split_domain_port
from django.utils.translation import get_language
from wagtail.models import Site

logger = logging.getLogger(__name__)

CACHE_ALIAS = "pagecache"
GENERATION_KEY = "sitecache:generation"
_MISSING = object()


def _cache():
    return caches[CACHE_ALIAS]


def _generation(cache):
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex[:12], timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def remember(key, build):
    """The cached value under `key`, built by `build()` and stored when absent (None is a value too)."""
    cache = _cache()
    try:
        key = f"sitecache:{_generation(cache)}:{key}"
        value = cache.get(key, _MISSING)
    except Exception:  # an unreachable cache or a value pickled by older code
        logger.exception("Could not read %s from the page-cache backend", key)
        return build()
    if value is _MISSING:
        value = build()
        try:
            cache.set(key, value)
        except Exception:
            logger.exception("Could not store %s in the page-cache backend", key)
    return value


def remember_per_language(key, build):
    """`remember`, once for each language."""
    return remember(f"{key}:{get_language()}", build)


def forget_all():
    """Start a new generation: every value stored so far is out of reach (and expires with the timeout)."""
    _cache().set(GENERATION_KEY, uuid.uuid4().hex[:12], timeout=None)


def site_for_request(request):
    """Wagtail's `Site.find_for_request`, with the answer for this host and port cached."""
    if not hasattr(request, "_wagtail_site"):
        # The host is checked against ALLOWED_HOSTS (get_host) and, like Wagtail, only its domain counts.
        domain = split_domain_port(request.get_host())[0]
        request._wagtail_site = remember(f"site:{domain}:{request.get_port()}", lambda: Site.find_for_request(request))
    return request._wagtail_site


def localized_root(site):
    """`site.root_page.localized.specific`: the home page in the active language (up to three queries)."""
    return remember_per_language(f"root:{site.pk}", lambda: site.root_page.localized.specific)


def route_for_request(request, path):
    """Wagtail's `Page.route_for_request` from the cached site and home page; Wagtail's serve view reuses it.

    Wagtail keeps the route on the request as `_wagtail_route_for_request` and looks there first, so
    setting it before Wagtail's view runs changes where the home page comes from, not how pages route.
    """
    if not hasattr(request, "_wagtail_route_for_request"):
        site = site_for_request(request)
        try:
            route = localized_root(site).route(request, [part for part in path.split("/") if part]) if site else None
        except Http404:
            route = None
        request._wagtail_route_for_request = route
    return request._wagtail_route_for_request
