"""The parts of every page that are the same for everyone in one language: menu and footer.

They cost six queries to build, so they are cached per site and language (website.sitecache) and
cleared together with the page cache, on publish, unpublish, move, delete and settings changes.
"""

from django.utils.translation import get_language
from wagtail.models import Page

from .models import SiteSettings
from .sitecache import localized_root, remember_per_language, site_for_request


def localized_home(request):
    """The home page in the active language (the site's own root page when it has no translation)."""
    site = site_for_request(request)
    return localized_root(site) if site else None


def _statement_pages(site_settings, language):
    wanted = {"privacy": site_settings.privacy_page_id, "accessibility": site_settings.accessibility_page_id}
    ids = [pk for pk in wanted.values() if pk]
    if not ids:
        return {}
    keys = dict(Page.objects.filter(pk__in=ids).values_list("pk", "translation_key"))
    by_key = {
        page.translation_key: page
        for page in Page.objects.filter(translation_key__in=keys.values(), locale__language_code=language).live()
    }
    return {name: by_key.get(keys.get(pk)) for name, pk in wanted.items() if pk}


def build_shell(request):
    home = localized_home(request)
    # A host that matches no site still gets a page (the 404): with the settings' defaults.
    site_settings = SiteSettings.for_request(request) if site_for_request(request) else SiteSettings()
    language = get_language()
    statements = _statement_pages(site_settings, language)
    return {
        "home": {"path": home.path, "url": home.get_url(request)} if home else None,
        "menu": [
            {"path": item.path, "title": item.title, "url": item.get_url(request)}
            for item in (home.get_children().live().in_menu() if home else [])
        ],
        "contact_email": site_settings.contact_email,
        "contact_phone": site_settings.contact_phone,
        "footer_text": site_settings.footer_text_en if language.startswith("en") else site_settings.footer_text,
        "description": site_settings.description(language),
        "statements": {name: page.get_url(request) for name, page in statements.items() if page},
    }


def get_shell(request):
    if not hasattr(request, "_site_shell"):
        site = site_for_request(request)
        request._site_shell = remember_per_language(f"shell:{site.pk if site else 0}", lambda: build_shell(request))
    return request._site_shell
