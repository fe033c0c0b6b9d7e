"""Demo content for the site shell: home page, about/privacy/accessibility pages, settings and accounts."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale, Page, Site

from community.models import Organisation
from programme.models import AmbassadorProfile, Cohort, JobCategory

from . import roles
from .models import HomePage, SiteSettings, StandardPage
from .seeding import get_or_create_child_page
from .translation import translate_page

HOME = {
    "title": "Leerambassadeurs",
    "intro": "Collega's die zelf weer zijn gaan leren, helpen andere collega's op weg. "
    "Hier vind je het programma voor leerambassadeurs, handleidingen voor organisaties en de resultaten van het onderzoek.",
}
HOME_EN = {
    "Leerambassadeurs": "Learning ambassadors",
    HOME["intro"]: "Colleagues who went back to learning themselves help other colleagues get started. "
    "Here you find the programme for learning ambassadors, guides for organisations and the results of the research.",
}

ABOUT_INTRO = (
    "Een leerambassadeur is een medewerker van de werkvloer die zelf drempels om te leren heeft overwonnen. "
    "Vanuit die ervaring maakt hij of zij collega's enthousiast om een opleiding of cursus te starten."
)
ABOUT_BODY = [
    ("heading", {"text": "Waarom leerambassadeurs?", "level": "h2"}),
    (
        "paragraph",
        "<p>Praktisch opgeleide medewerkers volgen minder vaak een opleiding dan hoger opgeleiden. "
        "In 2018 volgde 25% van de hoogopgeleiden een cursus, tegen 10% van de laagopgeleiden (CBS).</p>",
    ),
    (
        "paragraph",
        "<p>Een collega die zelf weer is gaan leren, wordt sneller vertrouwd dan een leidinggevende of een folder. "
        "In het Verenigd Koninkrijk werkt dit al sinds 1999 met de union learning reps.</p>",
    ),
    ("heading", {"text": "Wie doen er mee?", "level": "h2"}),
    (
        "paragraph",
        "<p>Een hogeschool en een vakbond volgen vier jaar lang 20 organisaties uit 8 sectoren. "
        "Ze onderzoeken hoe het werkt en wat het oplevert.</p>",
    ),
]
ABOUT_EN = {
    "Over het programma": "About the programme",
    ABOUT_INTRO: "A learning ambassador is an employee from the shop floor who has overcome barriers to learning. "
    "From that experience, he or she gets colleagues enthusiastic about starting a course or training.",
    "Waarom leerambassadeurs?": "Why learning ambassadors?",
    "Praktisch opgeleide medewerkers volgen minder vaak een opleiding dan hoger opgeleiden. "
    "In 2018 volgde 25% van de hoogopgeleiden een cursus, tegen 10% van de laagopgeleiden (CBS).": "Practically educated workers take training less often than the highly educated. "
    "In 2018, 25% of highly educated people took a course, against 10% of the low-educated (CBS).",
    "Een collega die zelf weer is gaan leren, wordt sneller vertrouwd dan een leidinggevende of een folder. "
    "In het Verenigd Koninkrijk werkt dit al sinds 1999 met de union learning reps.": "A colleague who went back to learning is trusted sooner than a manager or a leaflet. "
    "In the United Kingdom this has worked since 1999 with union learning reps.",
    "Wie doen er mee?": "Who takes part?",
    "Een hogeschool en een vakbond volgen vier jaar lang 20 organisaties uit 8 sectoren. "
    "Ze onderzoeken hoe het werkt en wat het oplevert.": "A university of applied sciences and a trade union follow 20 organisations in 8 sectors for four years. "
    "They study how it works and what it achieves.",
}

PRIVACY_INTRO = "Hier lees je welke gegevens we bewaren, waarom, hoe lang en wat je rechten zijn."
PRIVACY_BODY = [
    ("heading", {"text": "Welke gegevens bewaren we?", "level": "h2"}),
    (
        "paragraph",
        "<p>Van leerambassadeurs bewaren we naam, e-mailadres, organisatie, voortgang in het programma en de "
        "activiteiten die zij invullen. Namen van collega's vragen we nooit.</p>",
    ),
    ("heading", {"text": "Onderzoek", "level": "h2"}),
    (
        "paragraph",
        "<p>Alleen als je toestemming geeft, gebruiken de onderzoekers je gegevens. Zij zien dan nooit je naam, "
        "maar een code. Je kunt je toestemming altijd intrekken.</p>",
    ),
    ("heading", {"text": "Je rechten", "level": "h2"}),
    ("paragraph", "<p>Je kunt al je gegevens downloaden en je account laten verwijderen via Mijn leerpad.</p>"),
]
PRIVACY_EN = {
    "Privacyverklaring": "Privacy statement",
    PRIVACY_INTRO: "Here you can read which data we keep, why, for how long and what your rights are.",
    "Welke gegevens bewaren we?": "Which data do we keep?",
    "Van leerambassadeurs bewaren we naam, e-mailadres, organisatie, voortgang in het programma en de "
    "activiteiten die zij invullen. Namen van collega's vragen we nooit.": "For learning ambassadors we keep name, e-mail address, organisation, progress in the programme and the "
    "activities they record. We never ask for colleagues' names.",
    "Onderzoek": "Research",
    "Alleen als je toestemming geeft, gebruiken de onderzoekers je gegevens. Zij zien dan nooit je naam, "
    "maar een code. Je kunt je toestemming altijd intrekken.": "Only if you give consent do the researchers use your data. They never see your name, only a code. "
    "You can withdraw your consent at any time.",
    "Je rechten": "Your rights",
    "Je kunt al je gegevens downloaden en je account laten verwijderen via Mijn leerpad.": "You can download all your data and have your account deleted through My learning path.",
}

ACCESSIBILITY_INTRO = "Iedereen moet deze website kunnen gebruiken, ook op een telefoon, met een schermlezer of alleen met het toetsenbord."
ACCESSIBILITY_BODY = [
    (
        "paragraph",
        "<p>We bouwen de website volgens de richtlijnen WCAG 2.1 op niveau AA (EN 301 549). "
        "We schrijven in eenvoudig Nederlands (taalniveau B1).</p>",
    ),
    ("paragraph", "<p>Loop je toch ergens tegenaan? Laat het ons weten via het contactadres onderaan de pagina.</p>"),
]
ACCESSIBILITY_EN = {
    "Toegankelijkheidsverklaring": "Accessibility statement",
    ACCESSIBILITY_INTRO: "Everyone must be able to use this website, also on a phone, with a screen reader or with the keyboard only.",
    "We bouwen de website volgens de richtlijnen WCAG 2.1 op niveau AA (EN 301 549). "
    "We schrijven in eenvoudig Nederlands (taalniveau B1).": "We build the website to the WCAG 2.1 guidelines at level AA (EN 301 549). We write in plain Dutch (level B1).",
    "Loop je toch ergens tegenaan? Laat het ons weten via het contactadres onderaan de pagina.": "Do you still run into a problem? Let us know through the contact address at the bottom of the page.",
}


def ensure_home_page():
    """The Dutch home page as the default site's root, replacing Wagtail's 'Welcome' placeholder."""
    nl, _ = Locale.objects.get_or_create(language_code="nl")
    Locale.objects.get_or_create(language_code="en")
    home = HomePage.objects.filter(locale=nl).first()
    if home is None:
        root = Page.get_first_root_node()
        for placeholder in root.get_children().filter(
            content_type__model="page", content_type__app_label="wagtailcore"
        ):
            placeholder.delete()
        home = HomePage(title=HOME["title"], intro=HOME["intro"], slug="home", locale=nl)
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True, site_name="Leerambassadeurs")
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "Leerambassadeurs"
        site.save()
    return home


def seed_site(stdout):
    home = ensure_home_page()
    about = get_or_create_child_page(
        home,
        StandardPage,
        "over",
        title="Over het programma",
        intro=ABOUT_INTRO,
        body=ABOUT_BODY,
        show_in_menus=True,
        search_description="Wat leerambassadeurs doen en wie er meedoen.",
    )
    privacy = get_or_create_child_page(
        home, StandardPage, "privacy", title="Privacyverklaring", intro=PRIVACY_INTRO, body=PRIVACY_BODY
    )
    accessibility = get_or_create_child_page(
        home,
        StandardPage,
        "toegankelijkheid",
        title="Toegankelijkheidsverklaring",
        intro=ACCESSIBILITY_INTRO,
        body=ACCESSIBILITY_BODY,
    )
    translate_page(home, "en", HOME_EN)
    translate_page(about, "en", ABOUT_EN)
    translate_page(privacy, "en", PRIVACY_EN)
    translate_page(accessibility, "en", ACCESSIBILITY_EN)

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    if not site_settings.contact_email:
        site_settings.contact_email = "info@leerambassadeurs.example"
        site_settings.contact_phone = "030 123 45 67"
        site_settings.footer_text = (
            "<p>Leerambassadeurs wordt mogelijk gemaakt door de Expeditieregeling van het ministerie van SZW.</p>"
        )
        site_settings.privacy_page = privacy
        site_settings.accessibility_page = accessibility
        site_settings.save()
    if not site_settings.footer_text_en:
        site_settings.footer_text_en = "<p>Learning ambassadors is made possible by the Expeditieregeling of the Dutch Ministry of Social Affairs and Employment.</p>"
        site_settings.save(update_fields=["footer_text_en"])
    stdout.write(f"Pages: {Page.objects.live().count()} live pages in {Locale.objects.count()} languages")


# (username, first name, last name, group, organisation slug, kind)
ACCOUNTS = [
    ("demo-ambassador", "Sanne", "de Vries", roles.AMBASSADORS, "helder-schoonmaak", AmbassadorProfile.Kind.AMBASSADOR),
    (
        "demo-ambassador-2",
        "Mehmet",
        "Yilmaz",
        roles.AMBASSADORS,
        "zorggroep-de-linde",
        AmbassadorProfile.Kind.AMBASSADOR,
    ),
    (
        "demo-coordinator",
        "Karin",
        "Jansen",
        roles.COORDINATORS,
        "helder-schoonmaak",
        AmbassadorProfile.Kind.COORDINATOR,
    ),
    ("demo-researcher", "Ruben", "Bakker", roles.RESEARCHERS, None, None),
    ("demo-editor", "Eva", "Smit", roles.EDITORS, None, None),
    ("demo-moderator", "Joost", "Visser", roles.MODERATORS, None, None),
    ("demo-programmateam", "Fenna", "Mulder", roles.PROGRAMME_TEAM, None, None),
]

COHORTS = [
    ("cohort-2025-voorjaar", "Cohort voorjaar 2025", datetime.date(2025, 3, 3)),
    ("cohort-2025-najaar", "Cohort najaar 2025", datetime.date(2025, 9, 1)),
]


def seed_accounts(stdout):
    User = get_user_model()
    cohorts = [
        Cohort.objects.get_or_create(slug=slug, defaults={"name": name, "start_date": start})[0]
        for slug, name, start in COHORTS
    ]
    for username, first, last, group_name, organisation_slug, kind in ACCOUNTS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first,
                "last_name": last,
                "email": f"{username}@example.org",
                "is_staff": group_name in (roles.RESEARCHERS, roles.EDITORS, roles.MODERATORS, roles.PROGRAMME_TEAM),
            },
        )
        if created:
            user.set_password(settings.DEMO_PASSWORD)
            user.save()
        user.groups.add(Group.objects.get(name=group_name))
        if organisation_slug and not AmbassadorProfile.objects.filter(user=user).exists():
            profile = AmbassadorProfile.objects.create(
                user=user,
                kind=kind,
                organisation=Organisation.objects.get(slug=organisation_slug),
                cohort=cohorts[0],
                job_category=JobCategory.CLEANING if "helder" in organisation_slug else JobCategory.CARE,
                start_date=cohorts[0].start_date,
            )
            if kind == AmbassadorProfile.Kind.AMBASSADOR:
                profile.give_consent()
    admin, created = User.objects.get_or_create(
        username="demo-admin",
        defaults={"email": "demo-admin@example.org", "is_staff": True, "is_superuser": True, "first_name": "Beheerder"},
    )
    if created:
        admin.set_password(settings.DEMO_PASSWORD)
        admin.save()
    stdout.write(f"Accounts: {User.objects.count()} users")
