"""Old Dutch paths of the site's own views under /en/ keep working (issue 14).

The paths of Django views are translated (`/en/my-learning-path/`, see the `urls.py` files); before,
English pages used the Dutch paths (`/en/mijn-leerpad/`). Such a path is looked up as Dutch and
answered with a permanent redirect to the same view in the visitor's language, query string kept.
Renamed Wagtail pages get their redirects from wagtail's redirects app (website/migrations/0004).
"""

from django.http import HttpResponsePermanentRedirect
from django.urls import NoReverseMatch, Resolver404, re_path, resolve, reverse
from django.utils import translation
from wagtail.views import serve

# The first part of every translated path: only these are looked up, everything else goes on to Wagtail.
DUTCH_PREFIXES = (
    "mijn-leerpad",
    "uitnodigingen",
    "uitnodiging",
    "activiteiten",
    "zoeken",
    "mijn-gegevens",
    "publicaties",
)


def redirect_dutch_path(request, dutch_path):
    """A permanent redirect to the translated path; any other path is a Wagtail page's (or a 404)."""
    if translation.get_language() == "nl":
        return serve(request, dutch_path)
    try:
        with translation.override("nl"):
            match = resolve(f"/nl/{dutch_path}")
        url = (
            reverse(match.view_name, args=match.args, kwargs=match.kwargs)
            if match.func is not redirect_dutch_path
            else None
        )
    except (Resolver404, NoReverseMatch):
        url = None
    if url is None or url == request.path:
        return serve(request, dutch_path)
    query = request.META.get("QUERY_STRING", "")
    return HttpResponsePermanentRedirect(f"{url}?{query}" if query else url)


def dutch_path_pattern():
    return re_path(rf"^(?P<dutch_path>(?:{'|'.join(DUTCH_PREFIXES)})/.*)$", redirect_dutch_path)
