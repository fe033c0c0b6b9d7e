"""iCalendar (.ics) files for meetups, so people put them in their own agenda."""

import datetime

from django.utils import timezone
from icalendar import Calendar, Event, vText


def _calendar():
    calendar = Calendar()
    calendar.add("prodid", "-//Leerambassadeurs//bijeenkomsten//NL")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    return calendar


def meetup_calendar(meetup, request, include_online_link=False):
    """A calendar with one event."""
    calendar = _calendar()
    calendar.add_component(meetup_event(meetup, request, include_online_link))
    return calendar.to_ical()


def meetups_calendar(meetups, request):
    """A calendar with every upcoming meetup (a feed people can subscribe to); online links are left out."""
    calendar = _calendar()
    calendar.add("x-wr-calname", "Leerambassadeurs")
    for meetup in meetups:
        calendar.add_component(meetup_event(meetup, request, canonical_id=getattr(meetup, "canonical_id", None)))
    return calendar.to_ical()


def meetup_event(meetup, request, include_online_link=False, canonical_id=None):
    """One VEVENT. The canonical page's id keeps the UID the same in every language."""
    event = Event()
    host = request.get_host().split(":")[0] or "leerambassadeurs"
    event.add("uid", f"meetup-{canonical_id or meetup.get_canonical_meetup_id()}@{host}")
    event.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    event.add("dtstart", meetup.start_at.astimezone(datetime.UTC))
    event.add("dtend", meetup.end_at.astimezone(datetime.UTC))
    event.add("summary", meetup.title)
    url = meetup.get_full_url(request)
    description = [meetup.intro] if meetup.intro else []
    locations = []
    if meetup.location:
        locations.append(meetup.location)
    if meetup.online_url and include_online_link:
        locations.append(meetup.online_url)
        description.append(meetup.online_url)
    elif meetup.online_url:
        locations.append("Online")
    if locations:
        event.add("location", vText(" / ".join(locations)))
    if url:
        event.add("url", url)
        description.append(url)
    if description:
        event.add("description", "\n\n".join(description))
    if meetup.last_published_at:
        event.add("last-modified", meetup.last_published_at.astimezone(datetime.UTC))
    return event
