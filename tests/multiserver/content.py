"""The little content the two-server test needs, created in its own database before the servers start.

Run as a script with the servers' environment (`python -m tests.multiserver.content`): prints the ids as JSON.
"""

import json

ADMIN = "beheerder"
AMBASSADOR = "ambassadeur"


def create():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from community.models import ContactFormField, ContactPage, MeetupIndexPage, Organisation, Sector
    from programme.models import AmbassadorProfile
    from tests.conftest import PASSWORD
    from website import roles
    from website.demo import ensure_home_page
    from website.seeding import get_or_create_child_page

    home = ensure_home_page()
    meetups = get_or_create_child_page(
        home, MeetupIndexPage, "bijeenkomsten", title="Bijeenkomsten", intro="Samen leren van elkaar."
    )
    contact = get_or_create_child_page(
        home,
        ContactPage,
        "contact",
        title="Contact",
        to_address="starten@example.org",
        from_address="noreply@example.org",
        subject="Nieuwe aanvraag",
        form_fields=[
            ContactFormField(sort_order=0, label="Naam organisatie", field_type="singleline", required=True),
            ContactFormField(sort_order=1, label="E-mailadres", field_type="email", required=True),
        ],
    )
    User = get_user_model()
    User.objects.create_superuser(ADMIN, f"{ADMIN}@example.org", PASSWORD)
    ambassador = User.objects.create_user(AMBASSADOR, f"{AMBASSADOR}@example.org", PASSWORD)
    ambassador.groups.add(Group.objects.get(name=roles.AMBASSADORS))
    sector = Sector.objects.create(slug="schoonmaak", name="Schoonmaak", name_en="Cleaning")
    organisation = Organisation.objects.create(
        name="Schoonmaakbedrijf Test", slug="schoonmaak-test", sector=sector, province="UT", size_class="large"
    )
    AmbassadorProfile.objects.create(user=ambassador, organisation=organisation)
    return {"meetups": meetups.pk, "meetups_url": meetups.url, "contact_url": contact.url}


if __name__ == "__main__":
    import django

    django.setup()
    print(json.dumps(create()))
