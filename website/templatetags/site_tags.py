"""Template tags for the site shell: navigation and the language switcher."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from django.utils.translation import override as translation_override
from wagtail.models import Page, Site

from website.models import SiteSettings

register = template.Library()


def localized_home(request):
    """The home page in the active language, looked up once per request (every page's header needs it)."""
    language = get_language()
    cache = getattr(request, "_localized_homes", None)
    if cache is None:
        cache = request._localized_homes = {}
    if language not in cache:
        site = Site.find_for_request(request)
        cache[language] = (
            Page.objects.filter(translation_key=site.root_page.translation_key, locale__language_code=language)
            .live()
            .first()
            if site
            else None
        )
    return cache[language]


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context):
    request = context["request"]
    home = localized_home(request)
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    items = []
    for item in home.get_children().live().in_menu() if home else []:
        if current_path == item.path:
            state = "page"
        elif current_path.startswith(item.path):
            state = "true"
        else:
            state = ""
        items.append({"page": item, "current": state})
    return {"home": home, "home_current": bool(current_path) and current_path == home.path, "items": items,
            "request": request}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this same page in every other language; the home page of that language when there is none."""
    request = context["request"]
    current_language = get_language()
    page = context.get("page")
    translations = {}
    if isinstance(page, Page):
        for translation in page.get_translations(inclusive=False).live().select_related("locale"):
            translations[translation.locale.language_code] = translation
    links = []
    for code, name in settings.LANGUAGES:
        if code == current_language:
            continue
        if code in translations:
            url = translations[code].get_url(request)
        elif isinstance(page, Page):
            with translation_override(code):
                target_home = localized_home(request)
            url = target_home.get_url(request) if target_home else f"/{code}/"
        else:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url})
    return {"links": links}


@register.inclusion_tag("includes/footer_links.html", takes_context=True)
def footer_links(context):
    """Privacy and accessibility statements in the active language, in two queries however many languages."""
    request = context["request"]
    site_settings = SiteSettings.for_request(request)
    wanted = {"privacy": site_settings.privacy_page_id, "accessibility": site_settings.accessibility_page_id}
    ids = [pk for pk in wanted.values() if pk]
    pages = {}
    if ids:
        keys = dict(Page.objects.filter(pk__in=ids).values_list("pk", "translation_key"))
        by_key = {p.translation_key: p for p in Page.objects.filter(
            translation_key__in=keys.values(), locale__language_code=get_language()).live()}
        pages = {name: by_key.get(keys.get(pk)) for name, pk in wanted.items()}
    return {"settings": site_settings, "privacy": pages.get("privacy"), "accessibility": pages.get("accessibility"),
            "request": request}


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
