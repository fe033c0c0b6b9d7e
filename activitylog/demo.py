"""Demo activities: half a year of work by the ambassadors of two example organisations.

Adds a few more ambassadors to the demo organisations so that the coordinator dashboard has
something to compare. Idempotent: accounts are looked up by username, and an ambassador who already
has activities gets no new ones, so running the seed twice (also on another day) changes no rows.
The numbers are invented but plausible: mostly one-to-one talks, a group session or information
stand now and then, and a funnel in which fewer colleagues start than show interest.
"""

import datetime
import random

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from community.models import Organisation
from programme.models import AmbassadorProfile, Cohort, JobCategory
from website import roles

from .models import Activity, ActivityType, LearningKind, ReferralDestination

DAYS = 182  # half a year

# (username, first name, last name, organisation slug, job category, research consent, activities per week)
EXTRA_AMBASSADORS = [
    ("demo-helder-fatima", "Fatima", "El Amrani", "helder-schoonmaak", JobCategory.CLEANING, True, 1.6),
    ("demo-helder-piet", "Piet", "Mulder", "helder-schoonmaak", JobCategory.CLEANING, False, 0.6),
    ("demo-helder-anouk", "Anouk", "Bos", "helder-schoonmaak", JobCategory.CLEANING, True, 1.1),
    ("demo-linde-linda", "Linda", "Hendriks", "zorggroep-de-linde", JobCategory.CARE, True, 1.3),
    ("demo-linde-kofi", "Kofi", "Mensah", "zorggroep-de-linde", JobCategory.CARE, True, 0.9),
]
# The demo accounts made by website.demo.seed_accounts, and how active they are.
DEMO_AMBASSADORS = [("demo-ambassador", 1.8), ("demo-ambassador-2", 1.4)]

TYPE_WEIGHTS = [
    (ActivityType.INDIVIDUAL_CONVERSATION, 40),
    (ActivityType.GROUP_SESSION, 10),
    (ActivityType.INFORMATION_STAND, 4),
    (ActivityType.REFERRAL_TO_ADVICE, 16),
    (ActivityType.APPLICATION_HELP, 14),
    (ActivityType.FOLLOW_UP, 16),
]
LEARNING_BY_ORGANISATION = {
    "helder-schoonmaak": [
        LearningKind.BASIC_SKILLS,
        LearningKind.BASIC_SKILLS,
        LearningKind.MBO_CERTIFICATE,
        LearningKind.WORK_COURSE,
    ],
    "zorggroep-de-linde": [
        LearningKind.MBO_CERTIFICATE,
        LearningKind.MBO_CERTIFICATE,
        LearningKind.WORK_COURSE,
        LearningKind.CAREER_ADVICE,
        LearningKind.BASIC_SKILLS,
    ],
}
NOTES = [
    "Gesprek in de pauze. Twijfelt of het past naast de ploegendienst; volgende week nog eens vragen.",
    "Vraag over de kosten. Uitgezocht wat het O&O-fonds vergoedt.",
    "Toolboxmeeting: veel vragen over digitale vaardigheden.",
    "Leidinggevende gevraagd om uren vrij te maken voor de cursus.",
    "Samen het aanmeldformulier ingevuld.",
    "Eerste les gehad, ging goed. Over een maand even navragen.",
]


def _counts(rng, activity_type):
    """Plausible counts for one activity; every outcome stays at or below colleagues reached."""
    if activity_type == ActivityType.GROUP_SESSION:
        reached = rng.randint(6, 20)
    elif activity_type == ActivityType.INFORMATION_STAND:
        reached = rng.randint(15, 60)
    elif activity_type == ActivityType.FOLLOW_UP:
        reached = rng.choice([1, 1, 1, 2])
    else:
        reached = 1
    if activity_type in (ActivityType.GROUP_SESSION, ActivityType.INFORMATION_STAND):
        interested = rng.randint(reached // 6, reached // 2)
        registered = rng.randint(0, max(interested // 2, 0))
        started = rng.randint(0, registered)
        return {"colleagues_reached": reached, "interested": interested, "registered": registered, "started": started}
    if activity_type == ActivityType.INDIVIDUAL_CONVERSATION:
        interested = 1 if rng.random() < 0.6 else 0
        registered = interested if rng.random() < 0.35 else 0
        return {"colleagues_reached": 1, "interested": interested, "registered": registered}
    if activity_type == ActivityType.REFERRAL_TO_ADVICE:
        return {"colleagues_reached": 1, "interested": 1, "registered": 1 if rng.random() < 0.4 else 0}
    if activity_type == ActivityType.APPLICATION_HELP:
        registered = 1 if rng.random() < 0.8 else 0
        return {
            "colleagues_reached": 1,
            "interested": 1,
            "registered": registered,
            "started": registered if rng.random() < 0.5 else 0,
        }
    # Follow-up: how are the colleagues who started doing?
    started = rng.randint(0, reached)
    completed = started if rng.random() < 0.35 else 0
    certificates = completed if rng.random() < 0.7 else 0
    return {"colleagues_reached": reached, "started": started, "completed": completed, "certificates": certificates}


def build_activities(user, organisation, per_week, today, rng):
    """Unsaved Activity objects for the half year before `today`, a little busier towards the end."""
    activities = []
    first_day = today - datetime.timedelta(days=DAYS)
    types, weights = zip(*TYPE_WEIGHTS, strict=False)
    kinds = LEARNING_BY_ORGANISATION.get(organisation.slug, list(LearningKind))
    for offset in range(DAYS):
        day = first_day + datetime.timedelta(days=offset)
        if day.weekday() == 6:  # nobody logs talks on Sundays in the demo
            continue
        ramp = 0.6 + 0.8 * offset / DAYS  # the role grows over the months
        if rng.random() >= per_week * ramp / 6:
            continue
        activity_type = rng.choices(types, weights)[0]
        referral = ""
        if activity_type in (ActivityType.REFERRAL_TO_ADVICE, ActivityType.APPLICATION_HELP):
            referral = rng.choice(list(ReferralDestination))
        elif rng.random() < 0.1:
            referral = ReferralDestination.HR
        activities.append(
            Activity(
                user=user,
                organisation=organisation,
                date=day,
                activity_type=activity_type,
                learning_kind=rng.choice(kinds) if rng.random() < 0.8 else "",
                referral_destination=referral,
                private_note=rng.choice(NOTES) if rng.random() < 0.15 else "",
                **_counts(rng, activity_type),
            )
        )
    return activities


def ensure_extra_ambassadors():
    """The extra demo ambassadors with their profiles; existing accounts are left as they are."""
    User = get_user_model()
    group = Group.objects.get(name=roles.AMBASSADORS)
    cohort = Cohort.objects.order_by("start_date").first()
    organisations = Organisation.objects.in_bulk([row[3] for row in EXTRA_AMBASSADORS], field_name="slug")
    users = []
    for username, first, last, org_slug, job, consent, _per_week in EXTRA_AMBASSADORS:
        user, created = User.objects.get_or_create(
            username=username, defaults={"first_name": first, "last_name": last, "email": f"{username}@example.org"}
        )
        if created:
            user.set_password(settings.DEMO_PASSWORD)
            user.save(update_fields=["password"])
            user.groups.add(group)
        if not AmbassadorProfile.objects.filter(user=user).exists():
            profile = AmbassadorProfile.objects.create(
                user=user,
                organisation=organisations[org_slug],
                cohort=cohort,
                job_category=job,
                start_date=cohort.start_date if cohort else timezone.localdate(),
            )
            if consent:
                profile.give_consent()
        users.append(user)
    return users


def seed(stdout):
    ensure_extra_ambassadors()
    today = timezone.localdate()
    pace = dict(DEMO_AMBASSADORS) | {row[0]: row[6] for row in EXTRA_AMBASSADORS}
    profiles = (
        AmbassadorProfile.objects.filter(user__username__in=pace, kind=AmbassadorProfile.Kind.AMBASSADOR)
        .select_related("user", "organisation")
        .order_by("user__username")
    )
    users_with_activities = set(Activity.objects.filter(user__username__in=pace).values_list("user_id", flat=True))
    created = 0
    with transaction.atomic():
        for profile in profiles:
            if profile.user_id in users_with_activities:
                continue
            rng = random.Random(f"leerambassadeurs-{profile.user.username}")  # the same demo every time
            activities = build_activities(profile.user, profile.organisation, pace[profile.user.username], today, rng)
            Activity.objects.bulk_create(activities)
            created += len(activities)
    stdout.write(f"Activities: {created} added, {Activity.objects.count()} in total")
