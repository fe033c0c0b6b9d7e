"""Site-wide plain views: robots.txt and the error pages (the health check is website/health.py)."""

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET


@require_GET
def robots_txt(request):
    sitemap_url = request.build_absolute_uri("/sitemap.xml")
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /nl/account/",
        "Disallow: /en/account/",
        f"Sitemap: {sitemap_url}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def server_error(request):
    """A 500 page that needs no database: whatever broke may be the database itself."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        return HttpResponseServerError(loader.get_template("500.html").render({"request": request}))


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a form sent with an expired or missing security token (a page left open for hours, a
    login in another tab, cookies blocked). Django's own page is plain English; this is the site's 403 layout in
    the page's language, with a way back to the page the form was on. Django logs the reason
    (django.security.csrf); it is not shown to visitors."""
    back = request.META.get("HTTP_REFERER", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        back = ""
    return render(request, "403_csrf.html", {"back": back}, status=403)


def error_page_preview(request, status):
    """The site's own 404, 403 and 500 pages while DEBUG is on, where Django would show its debug page instead.

    So that editors and developers see in `make run` what a visitor sees. Off (404) in production.
    """
    if not settings.DEBUG:
        raise Http404
    if status == 404:
        return render(request, "404.html", status=404)
    if status == 403:
        example = _("Alleen coördinatoren en het programmateam kunnen mensen uitnodigen.")
        return render(request, "403.html", {"exception": example}, status=403)
    if status == 500:
        return server_error(request)
    raise Http404
