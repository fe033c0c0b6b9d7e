"""Safe full-page cache for anonymous visitors, on top of wagtail-cache.

wagtail-cache (``wagtailcache.cache.UpdateCacheMiddleware`` first and ``FetchFromCacheMiddleware`` last in
``MIDDLEWARE``) already skips logged-in users, previews, POSTs and ``Cache-Control: private/no-cache`` responses.
This module narrows it further, because the site holds personal data and we would rather miss the cache than
leak one visitor's page to another:

* a request is only served from (or stored in) the cache when it carries no session and no flash-message
  cookie, and its path is not the admin, a document download or an account page;
* a response is never stored when it sets any cookie (a fresh CSRF token, a session, a language cookie),
  contains a CSRF token in its body, or says ``no-store``/``private``;
* every publish, unpublish, move or delete of a page, every change to site settings, redirects, sites and
  the content apps listed in ``PAGE_CACHE_INVALIDATING_MODELS`` clears the whole page cache once the
  transaction commits. ``PAGE_CACHE_TIMEOUT`` bounds how stale anything else can get.

Docs: https://docs.coderedcorp.com/wagtail-cache/ (hooks ``is_request_cacheable`` / ``is_response_cacheable``).
"""

import functools
import logging

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_migrate, post_save
from django.urls import reverse
from django.utils import translation
from wagtail import hooks
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtailcache.cache import clear_cache

from . import sitecache

logger = logging.getLogger(__name__)

CSRF_MARKER = b"csrfmiddlewaretoken"


def _folder(path, levels=1):
    """'/nl/account/login/' -> '/nl/account/': the URL folder a reversed URL lives in."""
    for _level in range(levels):
        path = path.rstrip("/").rsplit("/", 1)[0] + "/"
    return path


@functools.cache
def uncached_prefixes():
    """The admin, document downloads (private collections), the health check and the account pages in every
    language: never served from or stored in the page cache. Built from the URLconf and settings.LANGUAGES."""
    prefixes = [
        reverse("wagtailadmin_home"),
        _folder(reverse("wagtaildocs_serve", args=(0, "x")), levels=2),
        reverse("healthz"),
    ]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            prefixes.append(_folder(reverse("login")))
    return tuple(prefixes)


def request_has_private_state(request):
    """True when the visitor has a session or pending messages: their page may be personal."""
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME in cookies or getattr(settings, "MESSAGE_COOKIE_NAME", "messages") in cookies


def is_request_cacheable(request, is_cacheable):
    if not is_cacheable:
        return False
    if request.path == "/" or request.path.startswith(uncached_prefixes()):
        # "/" redirects by the visitor's language (Accept-Language or language cookie): cheap, and personal.
        return False
    return not request_has_private_state(request)


def is_response_cacheable(response, is_cacheable):
    if not is_cacheable:
        return False
    if response.cookies:
        # A response that sets a cookie is personal to whoever triggered it (CSRF token, session, messages).
        return False
    cache_control = response.get("Cache-Control", "")
    if "no-store" in cache_control or "private" in cache_control:
        return False
    if getattr(response, "streaming", False):
        return False
    content = getattr(response, "content", b"")
    return CSRF_MARKER not in content


hooks.register("is_request_cacheable", is_request_cacheable)
hooks.register("is_response_cacheable", is_response_cacheable)


def clear_page_cache(**kwargs):
    """Empty the page cache after the current transaction commits (immediately when there is none)."""

    def clear():
        try:
            clear_cache()
            sitecache.forget_all()
        except Exception:  # a broken cache must never break publishing; the timeout bounds staleness
            logger.exception("Could not clear the page cache")

    transaction.on_commit(clear)


def _invalidating_senders():
    """The model classes whose changes clear the cache, from app labels or 'app_label.Model' names."""
    from django.apps import apps

    senders = []
    for entry in getattr(settings, "PAGE_CACHE_INVALIDATING_MODELS", []):
        if "." in entry:
            try:
                senders.append(apps.get_model(entry))
            except LookupError:
                continue
        else:
            try:
                senders.extend(apps.get_app_config(entry).get_models())
            except LookupError:
                continue
    return senders


def _page_deleted(sender, instance, **kwargs):
    clear_page_cache()


def _alias_created(sender, instance, created, **kwargs):
    # Aliases (wagtail-localize's synchronised trees, "copy as alias") are created live without a publish signal.
    from wagtail.models import Page

    if created and isinstance(instance, Page) and instance.alias_of_id and instance.live:
        clear_page_cache()


def connect_signals():
    from django.apps import apps
    from wagtail.models import Page

    # After `migrate` (every deploy runs it): nothing rendered by the old code or pickled with the old models
    # is served from the cache.
    post_migrate.connect(clear_page_cache, sender=apps.get_app_config("website"), dispatch_uid="pagecache-migrated")

    page_published.connect(clear_page_cache, dispatch_uid="pagecache-published")
    page_unpublished.connect(clear_page_cache, dispatch_uid="pagecache-unpublished")
    post_page_move.connect(clear_page_cache, dispatch_uid="pagecache-moved")
    post_delete.connect(_page_deleted, sender=Page, dispatch_uid="pagecache-page-deleted")
    post_save.connect(_alias_created, dispatch_uid="pagecache-alias-created")  # any page class: no sender
    # Deleting a specific page sends post_delete for its own class too; connecting the base class covers all.
    for model in _invalidating_senders():
        post_save.connect(clear_page_cache, sender=model, dispatch_uid=f"pagecache-save-{model._meta.label}")
        post_delete.connect(clear_page_cache, sender=model, dispatch_uid=f"pagecache-delete-{model._meta.label}")
