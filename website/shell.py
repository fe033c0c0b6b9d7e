"""The parts of every page that are the same for everyone in one language: menu and footer.

They cost six queries to build, so they are cached per site and language in the page-cache backend
and cleared together with the page cache (website.cache), on publish, unpublish, move, delete and
settings changes.
"""

from django.conf import settings
from django.core.cache import caches
from django.utils.translation import get_language
from wagtail.models import Page, Site

from .models import SiteSettings

CACHE_ALIAS = "pagecache"


def _key(site_id, language):
    return f"site-shell:{site_id}:{language}"


def localized_home(request):
    """The home page in the active language, looked up once per request."""
    language = get_language()
    homes = getattr(request, "_localized_homes", None)
    if homes is None:
        homes = request._localized_homes = {}
    if language not in homes:
        site = Site.find_for_request(request)
        homes[language] = (
            Page.objects.filter(translation_key=site.root_page.translation_key, locale__language_code=language)
            .live()
            .first()
            if site
            else None
        )
    return homes[language]


def _statement_pages(site_settings, language):
    wanted = {"privacy": site_settings.privacy_page_id, "accessibility": site_settings.accessibility_page_id}
    ids = [pk for pk in wanted.values() if pk]
    if not ids:
        return {}
    keys = dict(Page.objects.filter(pk__in=ids).values_list("pk", "translation_key"))
    by_key = {page.translation_key: page for page in
              Page.objects.filter(translation_key__in=keys.values(), locale__language_code=language).live()}
    return {name: by_key.get(keys.get(pk)) for name, pk in wanted.items() if pk}


def build_shell(request):
    home = localized_home(request)
    site_settings = SiteSettings.for_request(request)
    statements = _statement_pages(site_settings, get_language())
    return {
        "home": {"path": home.path, "url": home.get_url(request)} if home else None,
        "menu": [{"path": item.path, "title": item.title, "url": item.get_url(request)}
                 for item in (home.get_children().live().in_menu() if home else [])],
        "contact_email": site_settings.contact_email,
        "contact_phone": site_settings.contact_phone,
        "footer_text": site_settings.footer_text,
        "statements": {name: page.get_url(request) for name, page in statements.items() if page},
    }


def get_shell(request):
    if hasattr(request, "_site_shell"):
        return request._site_shell
    site = Site.find_for_request(request)
    key = _key(site.pk if site else 0, get_language())
    cache = caches[CACHE_ALIAS]
    shell = cache.get(key)
    if shell is None:
        shell = build_shell(request)
        cache.set(key, shell)
    request._site_shell = shell
    return shell


def clear_shell_cache():
    site_ids = list(Site.objects.values_list("pk", flat=True)) + [0]
    caches[CACHE_ALIAS].delete_many([_key(site_id, code) for site_id in site_ids for code, _ in settings.LANGUAGES])
