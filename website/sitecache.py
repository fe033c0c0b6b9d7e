"""What every page view would otherwise ask the database again: kept in the page-cache backend.

The site for the request's host, the home page in the visitor's language, the menu and footer, the
filter options of the research and guide indexes: all the same for every visitor and changed only
when an editor publishes, moves or deletes a page or edits settings, sites, sectors or themes. They
are kept in the page-cache backend and forgotten together with the page cache (website.cache).

With wagtail-cache on, clearing the page cache empties the whole backend, these keys included. With it
off (tests, `WAGTAIL_CACHE=0`) nothing would, so the keys stored here are then also listed under one
registry key and deleted by `forget_all`.
"""

from django.core.cache import caches
from django.http import Http404
from django.utils.translation import get_language
from wagtail.models import Site
from wagtailcache.settings import wagtailcache_settings

CACHE_ALIAS = "pagecache"
REGISTRY_KEY = "sitecache:keys"
_MISSING = object()


def _cache():
    return caches[CACHE_ALIAS]


def remember(key, build):
    """The cached value under `key`, built by `build()` and stored when absent (None is a value too)."""
    cache = _cache()
    key = f"sitecache:{key}"
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = build()
        cache.set(key, value)
        if not wagtailcache_settings.WAGTAIL_CACHE:
            cache.set(REGISTRY_KEY, (cache.get(REGISTRY_KEY) or set()) | {key})
    return value


def remember_per_language(key, build):
    """`remember`, once for each language."""
    return remember(f"{key}:{get_language()}", build)


def forget_all():
    cache = _cache()
    cache.delete_many([*(cache.get(REGISTRY_KEY) or ()), REGISTRY_KEY])


def site_for_request(request):
    """Wagtail's `Site.find_for_request`, with the answer for this host and port cached."""
    if not hasattr(request, "_wagtail_site"):
        request._wagtail_site = remember(f"site:{request.get_host()}:{request.get_port()}",
                                         lambda: Site.find_for_request(request))
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
