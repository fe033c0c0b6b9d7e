"""Meetup actions that are not page views: register, cancel (POST only, CSRF-protected) and the .ics download."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Locale

from . import registration as service
from .ical import meetup_calendar, meetups_calendar
from .models import MeetupPage, MeetupRegistration

MAX_DATABASE_ID = 2**63 - 1


def _get_meetup(page_id):
    if page_id > MAX_DATABASE_ID:  # SQLite raises OverflowError instead of finding nothing
        raise Http404
    return get_object_or_404(MeetupPage.objects.live().public(), pk=page_id)


def _error_response(request, meetup, error):
    """Show the meetup page again with the message, with a 4xx status."""
    messages.error(request, error.message)
    response = meetup.serve(request)
    if hasattr(response, "render"):
        response.render()
    response.status_code = error.status
    return response


@require_POST
def register(request, page_id):
    meetup = _get_meetup(page_id)
    if not request.user.is_authenticated:
        # Back to the meetup page after logging in: the registration itself needs a new POST with a CSRF token.
        return redirect_to_login(meetup.get_url(request))
    try:
        registration = service.register(meetup, request.user)
    except service.RegistrationError as error:
        return _error_response(request, meetup, error)
    if registration.status == MeetupRegistration.Status.CONFIRMED:
        messages.success(request, _("Je bent aangemeld. Je vindt de bijeenkomst ook in je agenda via de agenda-knop."))
    else:
        messages.info(
            request,
            _("De bijeenkomst is vol. Je staat op de wachtlijst. Komt er een plek vrij, dan krijg je een e-mail."),
        )
    return redirect(meetup.get_url(request))


@require_POST
def cancel(request, page_id):
    meetup = _get_meetup(page_id)
    if not request.user.is_authenticated:
        return redirect_to_login(meetup.get_url(request))
    try:
        service.cancel(meetup, request.user)
    except service.RegistrationError as error:
        return _error_response(request, meetup, error)
    messages.success(request, _("Je bent afgemeld. Bedankt voor het doorgeven."))
    return redirect(meetup.get_url(request))


@require_GET
def ical(request, page_id):
    meetup = _get_meetup(page_id)
    include_link = False
    if request.user.is_authenticated and meetup.online_url:
        include_link = MeetupRegistration.objects.filter(
            meetup_id=meetup.get_canonical_meetup_id(),
            user=request.user,
            status=MeetupRegistration.Status.CONFIRMED,
        ).exists()
    response = HttpResponse(
        meetup_calendar(meetup, request, include_online_link=include_link), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{meetup.slug}.ics"'
    return response


@require_GET
def meetups_ical(request):
    """All upcoming meetups in the current language, as one calendar to subscribe to."""
    meetups = (
        MeetupPage.objects.live()
        .public()
        .filter(locale=Locale.get_active(), end_at__gte=timezone.now())
        .with_canonical_id()
        .order_by("start_at")
    )
    response = HttpResponse(meetups_calendar(meetups, request), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="leerambassadeurs-bijeenkomsten.ics"'
    return response
