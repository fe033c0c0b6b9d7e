"""Locale ids without a query per call.

`Locale.get_default()` and `Locale.get_active()` ask the database every time they are called, and a
page render calls them several times. Locales change very rarely: their ids are kept in the default
cache (one query to fill it) and forgotten whenever a Locale is saved or deleted.
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

CACHE_KEY = "website:locale-ids"


def locale_ids():
    """{language_code: locale id} for every Locale."""
    ids = cache.get(CACHE_KEY)
    if ids is None:
        ids = dict(Locale.objects.values_list("language_code", "pk"))
        cache.set(CACHE_KEY, ids, 60 * 60)
    return ids


def locale_id_for(language_code):
    try:
        language_code = get_supported_content_language_variant(language_code)
    except LookupError:
        return None
    return locale_ids().get(language_code)


def default_locale_id():
    """The id of the default (Dutch) locale, as `Locale.get_default().pk`."""
    return locale_id_for(settings.LANGUAGE_CODE)


def active_locale_id():
    """The id of the locale of the active language, as `Locale.get_active().pk`."""
    return locale_id_for(get_language() or settings.LANGUAGE_CODE)


@receiver(post_save, sender=Locale, dispatch_uid="website.locales.forget_on_save")
@receiver(post_delete, sender=Locale, dispatch_uid="website.locales.forget_on_delete")
def forget_locale_ids(**kwargs):
    cache.delete(CACHE_KEY)
