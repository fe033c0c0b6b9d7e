"""Who may do what in the programme. One place, so views, templates and tests agree.

* Module and lesson overviews: everyone.
* Lesson bodies: people who take part (a profile as ambassador or coordinator) and staff.
* Progress, reflection answers, knowledge checks, self-assessments: people with a profile, each
  only their own.
* Invitations: coordinators for their own organisation; the programme team (the "Programme team"
  group, or anyone with the `programme.add_invitation` permission, and superusers) for any organisation.
"""

from django.core.exceptions import ObjectDoesNotExist

from .models import AmbassadorProfile


def get_profile(user):
    """The user's AmbassadorProfile or None; cached on the user object (one query per request at most)."""
    if not user.is_authenticated:
        return None
    if not hasattr(user, "_programme_profile_cache"):
        try:
            user._programme_profile_cache = user.ambassador_profile
        except ObjectDoesNotExist:
            user._programme_profile_cache = None
    return user._programme_profile_cache


def takes_part(user):
    return get_profile(user) is not None


def can_view_lesson_body(user):
    return user.is_authenticated and (user.is_staff or user.is_superuser or takes_part(user))


def can_track_progress(user):
    return takes_part(user)


def is_programme_team(user):
    return user.is_authenticated and (user.is_superuser or user.has_perm("programme.add_invitation"))


def invitation_organisations(user):
    """Organisations this user may invite people for: a queryset, empty if none."""
    from community.models import Organisation

    if is_programme_team(user):
        return Organisation.objects.all()
    profile = get_profile(user)
    if profile is not None and profile.kind == AmbassadorProfile.Kind.COORDINATOR:
        return Organisation.objects.filter(pk=profile.organisation_id)
    return Organisation.objects.none()


def can_invite(user):
    profile = get_profile(user)
    if profile is not None and profile.kind == AmbassadorProfile.Kind.COORDINATOR:
        return True
    return is_programme_team(user)
