"""Demo content for the methodology app (filled in by the methodology work)."""


def seed(stdout):
    pass
