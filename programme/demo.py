"""Demo content for the programme app (filled in by the programme work)."""


def seed(stdout):
    pass
