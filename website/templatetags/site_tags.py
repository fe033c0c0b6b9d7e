"""Template tags for the site shell: navigation and the language switcher."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

register = template.Library()


def _localized_home(request):
    site = Site.find_for_request(request)
    if site is None:
        return None
    return site.root_page.localized


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context):
    request = context["request"]
    home = _localized_home(request)
    items = home.get_children().live().in_menu().specific(defer=True) if home else []
    current = context.get("page")
    return {"home": home, "items": items, "current": current, "request": request}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this same page in every other language; the home page of that language when there is none."""
    request = context["request"]
    current_language = get_language()
    page = context.get("page")
    links = []
    translations = {}
    if isinstance(page, Page):
        for translation in page.get_translations(inclusive=False).live().select_related("locale"):
            translations[translation.locale.language_code] = translation
    home = None
    for code, name in settings.LANGUAGES:
        if code == current_language:
            continue
        if code in translations:
            url = translations[code].get_url(request)
        elif isinstance(page, Page):
            if home is None:
                home = _localized_home(request)
            target_home = home.get_translation_or_none(Locale.objects.get(language_code=code)) if home else None
            url = target_home.get_url(request) if target_home and target_home.live else f"/{code}/"
        else:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url})
    return {"links": links}


@register.inclusion_tag("includes/account_nav.html", takes_context=True)
def account_nav(context):
    """The signed-in person's own pages, by role; the profile lookup is cached on the user for the request."""
    from programme.access import get_profile

    request = context["request"]
    profile = get_profile(request.user)
    return {
        "request": request,
        "is_ambassador": profile is not None and profile.kind == profile.Kind.AMBASSADOR,
        "is_coordinator": profile is not None and profile.kind == profile.Kind.COORDINATOR,
        "csrf_token": context.get("csrf_token"),
    }
