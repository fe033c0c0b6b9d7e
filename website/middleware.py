"""Security headers: a strict Content-Security-Policy for the public site, a relaxed one for the Wagtail admin.

The public templates load only our own CSS and JavaScript files, so the public policy forbids inline scripts
and ``<style>`` elements (inline ``style=""`` attributes stay allowed for things like progress bars). The
Wagtail admin renders inline scripts and styles (widgets, panels, previews), so paths under ``/admin/`` get
``ADMIN_CONTENT_SECURITY_POLICY`` instead. Policies are configured in settings (django-csp 4 format).
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from wagtail.views import serve as wagtail_serve

from . import sitecache


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, choosing the admin policy for ``/admin/``."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        admin_policy = getattr(settings, "ADMIN_CONTENT_SECURITY_POLICY", None)
        if not report_only and admin_policy and parts.config is None and request.path_info.startswith("/admin/"):
            return PolicyParts(admin_policy["DIRECTIVES"], parts.update, parts.replace, parts.nonce)
        return parts


class PermissionsPolicyMiddleware:
    """Adds ``Permissions-Policy`` (Django has no setting for it): the site needs no camera, microphone, etc."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.value = getattr(settings, "PERMISSIONS_POLICY", "")

    def __call__(self, request):
        response = self.get_response(request)
        if self.value and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = self.value
        return response


class CachedRoutingMiddleware:
    """The site and the page route from website.sitecache, so neither costs a query on a page view.

    Runs once the view is known, so a view marked `skips_site_lookup` (the health check, which must answer
    even when the database does not) never touches the site.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if getattr(view_func, "skips_site_lookup", False):
            return
        sitecache.site_for_request(request)
        if view_func is wagtail_serve:
            sitecache.route_for_request(request, view_args[0] if view_args else view_kwargs.get("path", ""))
