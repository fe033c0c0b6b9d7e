"""Template tags for the site shell: navigation, the language switcher and the meta description."""

from html import unescape

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import strip_tags
from django.utils.translation import get_language
from django.utils.translation import override as translation_override
from wagtail.models import Page

from website.locales import locale_id_for
from website.shell import get_shell, localized_home
from website.sitecache import remember, site_for_request

register = template.Library()


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context):
    shell = get_shell(context["request"])
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    items = []
    for item in shell["menu"]:
        if current_path == item["path"]:
            state = "page"
        elif current_path.startswith(item["path"]):
            state = "true"
        else:
            state = ""
        items.append({**item, "current": state})
    home = shell["home"]
    return {"home": home, "home_current": bool(home) and current_path == home["path"], "items": items}


def translation_urls(request, page):
    """{language code: URL} of the page's live translations; cached like the menu (cleared on publish)."""
    site = site_for_request(request)

    def build():
        return {
            translation.locale.language_code: translation.get_url(request)
            for translation in page.get_translations(inclusive=False).live().select_related("locale")
        }

    return remember(f"translations:{site.pk if site else 0}:{page.pk}", build)


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this same page in every other language; the home page of that language when there is none."""
    request = context["request"]
    current_language = get_language()
    page = context.get("page")
    translations = translation_urls(request, page) if isinstance(page, Page) else {}
    links = []
    for code, name in settings.LANGUAGES:
        if code == current_language:
            continue
        if code in translations:
            url = translations[code]
        elif isinstance(page, Page):
            with translation_override(code):
                target_home = localized_home(request)
            has_home = target_home is not None and target_home.locale_id == locale_id_for(code)
            url = target_home.get_url(request) if has_home else f"/{code}/"
        else:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url})
    return {"links": links}


# Fields that introduce a page in a sentence or two, in the order they are tried (a publication has an abstract).
INTRO_FIELDS = ("intro", "abstract")


@register.simple_tag(takes_context=True)
def meta_description(context):
    """The page's search description, else its intro, else the site's default (from the cached shell)."""
    page = context.get("page")
    if isinstance(page, Page):
        for text in (page.search_description, *(getattr(page, name, "") for name in INTRO_FIELDS)):
            # Some intros are rich text; a description is plain text on one line.
            text = " ".join(unescape(strip_tags(str(text or ""))).split())
            if text:
                return text
    return get_shell(context["request"])["description"]


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    return {"shell": get_shell(context["request"])}


# Pages of django.contrib.auth: the login link on them leads to a plain login, never back to e.g. the logout.
AUTH_PAGES = {
    "login",
    "logout",
    "password_reset",
    "password_reset_done",
    "password_reset_confirm",
    "password_reset_complete",
    "password_change",
    "password_change_done",
}


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
        "login_next": "" if getattr(request.resolver_match, "url_name", None) in AUTH_PAGES else request.path,
    }
