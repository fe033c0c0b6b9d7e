"""What the activity log keeps about a person: their activities, with their own private notes.

Registered with website.account_data in ActivityLogConfig.ready(). With active research consent the
activities stay (counts, date, type, organisation) and only the private note is blanked.
"""

from django.utils.translation import gettext_lazy as _

from website.account_data import PersonalData, kind_of

from .models import Activity

ACTIVITY = [
    ("date", "date"),
    ("organisation", "organisation__name"),
    ("activity_type", "activity_type"),
    ("colleagues_reached", "colleagues_reached"),
    ("interested", "interested"),
    ("registered", "registered"),
    ("started", "started"),
    ("completed", "completed"),
    ("certificates", "certificates"),
    ("learning_kind", "learning_kind"),
    ("referral_destination", "referral_destination"),
    ("private_note", "private_note"),
    ("created_at", "created_at"),
    ("updated_at", "updated_at"),
]


def erase(user, counts, keep_research):
    activities = Activity.objects.filter(user=user)
    if keep_research:
        counts["private_notes_blanked"] = activities.exclude(private_note="").update(private_note="")
    else:
        counts["activities"] = activities.delete()[0]


PERSONAL_DATA = PersonalData(
    app_label="activitylog",
    kinds=(kind_of("activities", _("Activiteiten (met eigen notities)"), Activity, ACTIVITY, order=("date", "pk")),),
    erase=erase,
    covers=("activitylog.Activity.user",),
)
