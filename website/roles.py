"""Who is who. Roles are Django groups so that Wagtail's admin permissions apply to them too."""

AMBASSADORS = "Ambassadors"
COORDINATORS = "Coordinators"
RESEARCHERS = "Researchers"
EDITORS = "Editors"  # created by Wagtail itself
MODERATORS = "Moderators"  # created by Wagtail itself
PROGRAMME_TEAM = "Programme team"  # programme/migrations/0003_programme_team.py

ALL_GROUPS = [AMBASSADORS, COORDINATORS, RESEARCHERS, EDITORS, MODERATORS, PROGRAMME_TEAM]


def in_group(user, name):
    if not user.is_authenticated:
        return False
    # One query per request at most: the group names are cached on the user object.
    if not hasattr(user, "_group_names_cache"):
        user._group_names_cache = set(user.groups.values_list("name", flat=True))
    return name in user._group_names_cache


def is_researcher(user):
    return user.is_authenticated and (user.is_superuser or in_group(user, RESEARCHERS))
