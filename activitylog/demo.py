"""Demo content for the activitylog app (filled in by the activitylog work)."""


def seed(stdout):
    pass
