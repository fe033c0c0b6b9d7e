"""Community: sectors, participating organisations, stories, meetups and the contact form.

Split by subject; everything is re-exported here so `from community.models import Organisation` keeps working.
"""

from .contact import ContactFormField, ContactPage
from .meetups import MeetupIndexPage, MeetupPage, MeetupRegistration
from .organisations import (
    Organisation,
    OrganisationIndexPage,
    OrganisationQuerySet,
    Province,
    Sector,
    SectorIndexPage,
    SizeClass,
)
from .stories import StoryIndexPage, StoryPage

__all__ = [
    "ContactFormField",
    "ContactPage",
    "MeetupIndexPage",
    "MeetupPage",
    "MeetupRegistration",
    "Organisation",
    "OrganisationIndexPage",
    "OrganisationQuerySet",
    "Province",
    "Sector",
    "SectorIndexPage",
    "SizeClass",
    "StoryIndexPage",
    "StoryPage",
]
