"""Login throttling (django-axes): the authentication backend, the client address and the lockout page.

Axes counts failed logins per username *and* IP address together (``AXES_LOCKOUT_PARAMETERS``): colleagues who
share one company network cannot lock each other out, while guessing one person's password from one place
stops after ``AXES_FAILURE_LIMIT`` tries for ``AXES_COOLOFF_TIME``. A successful login resets the counter.
It guards every login that goes through ``django.contrib.auth.authenticate`` with a request: the site's
login form (``/nl/account/login/``) and the Wagtail admin login (``/admin/login/``).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Permission
from django.db.models import Q
from django.shortcuts import render

from axes.backends import AxesStandaloneBackend
from axes.helpers import get_cool_off


class LoginThrottleBackend(AxesStandaloneBackend):
    """Axes' standalone backend that leaves request-less authentication alone.

    Every login form passes the request. Only code that authenticates outside a request (Django's test
    client ``login()``, a shell) calls without one; axes would raise there, so we let the next backend decide.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


class ProfileModelBackend(ModelBackend):
    """Django's own backend; loading a signed-in user brings their ambassador profile in the same query.

    Every page a signed-in person sees shows their own menu, which depends on that profile.
    """

    def get_user(self, user_id):
        user = get_user_model()._default_manager.select_related("ambassador_profile").filter(pk=user_id).first()
        return user if user is not None and self.user_can_authenticate(user) else None

    def get_all_permissions(self, user_obj, obj=None):
        """The user's own and their groups' permissions in one query, not Django's two (every admin page asks)."""
        if (user_obj.is_active and not user_obj.is_anonymous and not user_obj.is_superuser and obj is None
                and not hasattr(user_obj, "_perm_cache")):
            rows = (Permission.objects.filter(Q(user=user_obj) | Q(group__user=user_obj))
                    .values_list("content_type__app_label", "codename").order_by().distinct())
            user_obj._perm_cache = {f"{app_label}.{codename}" for app_label, codename in rows}
        return super().get_all_permissions(user_obj, obj)


def client_ip(request):
    """The visitor's address: REMOTE_ADDR, or the address our own proxies recorded in X-Forwarded-For.

    Only the last ``TRUSTED_PROXY_COUNT`` entries of X-Forwarded-For were written by our proxies; anything to
    the left of them came from the client and could be forged to dodge the lockout, so it is ignored.
    """
    trusted = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if trusted > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= trusted:
            return forwarded[-trusted]
    return request.META.get("REMOTE_ADDR")


def lockout_response(request, credentials=None, *args, **kwargs):
    """A clear Dutch page (HTTP 429) instead of axes' one-line message; never cached, no form to retry."""
    cool_off = get_cool_off(request)
    context = {
        "cooloff_minutes": max(1, int(cool_off.total_seconds() // 60)) if cool_off else None,
        "failure_limit": settings.AXES_FAILURE_LIMIT,
    }
    response = render(request, "platform/lockout.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)
    response["Cache-Control"] = "no-store"
    if cool_off:
        response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response
