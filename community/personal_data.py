"""What the community app keeps about a person: their meetup registrations.

Registered with website.account_data in CommunityConfig.ready(). Deleting the account always deletes the
registrations; a place freed at an upcoming meetup goes to the first person on the waiting list.
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from website.account_data import PersonalData, kind_of

from .models import MeetupPage, MeetupRegistration
from .registration import fill_free_places

MEETUP = [
    ("meetup", "meetup__title"),
    ("meetup_start_at", "meetup__start_at"),
    ("status", "status"),
    ("registered_at", "created_at"),
    ("promoted_at", "promoted_at"),
]


def erase(user, counts, keep_research):
    registrations = MeetupRegistration.objects.filter(user=user)
    upcoming_ids = set(
        registrations.filter(
            status=MeetupRegistration.Status.CONFIRMED, meetup__end_at__gte=timezone.now()
        ).values_list("meetup_id", flat=True)
    )
    counts["meetup_registrations"] = registrations.delete()[0]
    for meetup in MeetupPage.objects.filter(pk__in=upcoming_ids):
        fill_free_places(meetup)


PERSONAL_DATA = PersonalData(
    app_label="community",
    kinds=(
        kind_of(
            "meetup_registrations",
            _("Aanmeldingen voor bijeenkomsten"),
            MeetupRegistration,
            MEETUP,
            order=("created_at", "pk"),
        ),
    ),
    erase=erase,
    covers=("community.MeetupRegistration.user",),
)
