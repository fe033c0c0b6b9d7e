"""Login throttling (django-axes), the one rule for a visitor's address, and the lockout page.

Two limits, both counted in the database (so every app server and worker sees the same counts):

* per username *and* IP address (``AXES_LOCKOUT_PARAMETERS``): guessing one person's password from one place
  stops after ``AXES_FAILURE_LIMIT`` tries for ``AXES_COOLOFF_TIME``. Colleagues who share one company
  network cannot lock each other out this way. A successful login resets this counter.
* per IP address, over all usernames (``LOGIN_IP_FAILURE_LIMIT``, higher): one address trying a password
  against many usernames is stopped too. Someone who has logged in successfully from that address before
  (axes' login log, kept for the retention period) is not held back by this limit, only by their own.

It guards every login that goes through ``django.contrib.auth.authenticate`` with a request: the site's
login form (``/nl/account/login/``), the Wagtail admin login (``/admin/login/``) and the password check
before deleting an account.
"""

from axes.attempts import get_cool_off_threshold
from axes.backends import AxesStandaloneBackend
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off
from axes.models import AccessAttempt, AccessLog
from axes.signals import user_locked_out
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Permission
from django.db.models import Q
from django.shortcuts import render


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
        if (
            user_obj.is_active
            and not user_obj.is_anonymous
            and not user_obj.is_superuser
            and obj is None
            and not hasattr(user_obj, "_perm_cache")
        ):
            rows = (
                Permission.objects.filter(Q(user=user_obj) | Q(group__user=user_obj))
                .values_list("content_type__app_label", "codename")
                .order_by()
                .distinct()
            )
            user_obj._perm_cache = {f"{app_label}.{codename}" for app_label, codename in rows}
        return super().get_all_permissions(user_obj, obj)


class LoginThrottleHandler(AxesDatabaseHandler):
    """Axes' database handler plus the per-address limit (see the module docstring)."""

    def is_locked(self, request, credentials=None):
        return super().is_locked(request, credentials) or self.address_is_locked(request, credentials)

    def address_is_locked(self, request, credentials=None):
        limit = settings.LOGIN_IP_FAILURE_LIMIT
        if not limit or not settings.AXES_LOCK_OUT_AT_FAILURE:
            return False
        recent = AccessAttempt.objects.filter(
            ip_address=request.axes_ip_address, attempt_time__gte=get_cool_off_threshold(request)
        )
        failures = sum(recent.values_list("failures_since_start", flat=True))
        if failures < limit:
            return False
        username = get_client_username(request, credentials)
        known_here = (
            bool(username) and AccessLog.objects.filter(username=username, ip_address=request.axes_ip_address).exists()
        )
        return not known_here

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        super().user_login_failed(sender, credentials, request=request, **kwargs)
        # Axes itself only compares the per-username counter with its limit; the failure that reaches the
        # per-address limit must lock out at once too, not only the next attempt.
        if request is not None and not request.axes_locked_out and self.address_is_locked(request, credentials):
            request.axes_locked_out = True
            request.axes_credentials = credentials
            user_locked_out.send(
                "axes",
                request=request,
                username=get_client_username(request, credentials),
                ip_address=request.axes_ip_address,
            )


def client_ip(request):
    """The visitor's address: REMOTE_ADDR, or the address our own proxies recorded in X-Forwarded-For.

    The one rule for the login throttle and every rate limit. Only the last ``TRUSTED_PROXY_COUNT`` entries
    of X-Forwarded-For were written by our proxies; anything to the left of them came from the client and
    could be forged to dodge a limit, so it is ignored.
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
        # Locked by the per-address limit, not by this username's own counter: the page says so.
        "by_address": not AxesDatabaseHandler.is_locked(LoginThrottleHandler(), request, credentials),
    }
    response = render(request, "platform/lockout.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)
    response["Cache-Control"] = "no-store"
    if cool_off:
        response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response
