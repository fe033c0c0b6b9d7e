"""Demo sectors, example organisations, stories, meetups and the contact page.

All organisations, people and stories are clearly marked examples: the programme's real list is not public.
"""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from website.models import HomePage
from website.seeding import get_or_create_child_page
from website.translation import translate_page

from .models import (
    ContactFormField,
    ContactPage,
    MeetupIndexPage,
    MeetupPage,
    MeetupRegistration,
    Organisation,
    OrganisationIndexPage,
    Sector,
    SectorIndexPage,
    StoryIndexPage,
    StoryPage,
)

SECTORS = [
    ("metal-and-engineering", "Metaal en techniek", "Metal and engineering"),
    ("government", "Overheid (gemeenten)", "Government (municipalities)"),
    ("care", "Zorg en welzijn", "Health and social care"),
    ("cleaning", "Schoonmaak", "Cleaning"),
    ("transport-and-logistics", "Transport en logistiek", "Transport and logistics"),
    ("construction", "Bouw en infra", "Construction and infrastructure"),
    ("food-and-process-industry", "Voedings- en procesindustrie", "Food and process industry"),
    ("retail", "Detailhandel", "Retail"),
]

# (slug, name, sector slug, province, size, year started, listed publicly, story)
ORGANISATIONS = [
    (
        "helder-schoonmaak",
        "Schoonmaakbedrijf Helder (voorbeeld)",
        "cleaning",
        "GE",
        "large",
        2023,
        True,
        "Vier leerambassadeurs werken in ploegen op kantoren en in ziekenhuizen. Ze praten met collega's in de pauze, "
        "vaak over taal en over het vakdiploma schoonmaak.",
    ),
    (
        "zorggroep-de-linde",
        "Zorggroep De Linde (voorbeeld)",
        "care",
        "OV",
        "large",
        2023,
        True,
        "In drie verpleeghuizen helpen ambassadeurs collega's in de zorg en de huishouding op weg naar een mbo-opleiding.",
    ),
    (
        "metaalwerken-oost",
        "Metaalwerken Oost (voorbeeld)",
        "metal-and-engineering",
        "OV",
        "medium",
        2024,
        True,
        "Ambassadeurs in de werkplaats wijzen collega's op cursussen via het O&O-fonds, zoals lassen en digitale vaardigheden.",
    ),
    (
        "gemeente-rivierstad",
        "Gemeente Rivierstad (voorbeeld)",
        "government",
        "ZH",
        "large",
        2023,
        True,
        "Tien ambassadeurs, één per afdeling, voeren laagdrempelige gesprekken bij de koffieautomaat.",
    ),
    (
        "trans-noord",
        "Transportbedrijf Noord (voorbeeld)",
        "transport-and-logistics",
        "GR",
        "medium",
        2024,
        True,
        "Chauffeurs en magazijnmedewerkers praten met elkaar over leren tijdens de toolboxmeeting.",
    ),
    ("bouwcombinatie-delta", "Bouwcombinatie Delta (voorbeeld)", "construction", "ZE", "medium", 2024, False, ""),
    (
        "bakkerij-de-korenbloem",
        "Bakkerij De Korenbloem (voorbeeld)",
        "food-and-process-industry",
        "NB",
        "medium",
        2023,
        True,
        "In de nachtploeg is een inloopspreekuur gestart. Collega's komen met vragen over taal en rekenen.",
    ),
    (
        "supermarkt-het-plein",
        "Supermarkt Het Plein (voorbeeld)",
        "retail",
        "UT",
        "small",
        2024,
        True,
        "Twee ambassadeurs helpen jonge collega's en herintreders met een opleiding in de winkel.",
    ),
    ("zorgthuis-west", "Zorg Thuis West (voorbeeld)", "care", "NH", "medium", 2024, False, ""),
    (
        "procesfabriek-zuid",
        "Procesfabriek Zuid (voorbeeld)",
        "food-and-process-industry",
        "LI",
        "large",
        2025,
        True,
        "Operators volgen samen een traject voor het mbo-certificaat procestechniek.",
    ),
    (
        "machinebouw-twente",
        "Machinebouw Twente (voorbeeld)",
        "metal-and-engineering",
        "OV",
        "large",
        2023,
        True,
        "Monteurs die zelf een vakopleiding deden, vertellen nieuwe collega's hoe je werk en leren combineert.",
    ),
    (
        "constructiebedrijf-fries",
        "Constructiebedrijf Fries (voorbeeld)",
        "metal-and-engineering",
        "FR",
        "small",
        2025,
        True,
        "Eén ambassadeur in een klein bedrijf: zij regelt een leerweek met het O&O-fonds.",
    ),
    (
        "gemeente-heuvelland",
        "Gemeente Heuvelland (voorbeeld)",
        "government",
        "LI",
        "medium",
        2024,
        True,
        "Medewerkers van de buitendienst praten in de kantine over digitale vaardigheden.",
    ),
    ("gemeente-polderdorp", "Gemeente Polderdorp (voorbeeld)", "government", "FL", "small", 2025, False, ""),
    (
        "thuiszorg-drenthe",
        "Thuiszorg Drenthe (voorbeeld)",
        "care",
        "DR",
        "large",
        2024,
        True,
        "Wijkteams hebben elk een ambassadeur. Zij helpen collega's met de stap naar niveau 3.",
    ),
    (
        "glansrijk-facilitair",
        "Glansrijk Facilitair (voorbeeld)",
        "cleaning",
        "NH",
        "large",
        2024,
        True,
        "Ambassadeurs houden een spreekuur op locatie, in het Nederlands en soms in de eigen taal van collega's.",
    ),
    (
        "distributiecentrum-midden",
        "Distributiecentrum Midden (voorbeeld)",
        "transport-and-logistics",
        "UT",
        "large",
        2023,
        True,
        "Orderpickers halen samen hun heftruckcertificaat en daarna een mbo-diploma logistiek.",
    ),
    (
        "wegenbouw-zeeland",
        "Wegenbouw Zeeland (voorbeeld)",
        "construction",
        "ZE",
        "medium",
        2024,
        True,
        "Op de bouwplaats gebruiken ambassadeurs de toolboxmeeting om over leren te praten.",
    ),
    (
        "bouwbedrijf-de-brug",
        "Bouwbedrijf De Brug (voorbeeld)",
        "construction",
        "NB",
        "small",
        2025,
        True,
        "Een timmerman die laat zijn diploma haalde, is nu ambassadeur voor de jonge collega's.",
    ),
    (
        "winkelketen-dagelijks",
        "Winkelketen Dagelijks (voorbeeld)",
        "retail",
        "ZH",
        "large",
        2024,
        True,
        "In twaalf winkels helpen ambassadeurs vakkenvullers en kassamedewerkers aan een opleiding.",
    ),
]


def seed(stdout):
    sectors = {}
    for slug, name, name_en in SECTORS:
        sectors[slug], _ = Sector.objects.get_or_create(slug=slug, defaults={"name": name, "name_en": name_en})
    for slug, name, sector, province, size, year, listed, story in ORGANISATIONS:
        Organisation.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "sector": sectors[sector],
                "province": province,
                "size_class": size,
                "ambassadors_since": datetime.date(year, 3, 1),
                "listed_publicly": listed,
                "story": story,
            },
        )
    stdout.write(f"Sectors: {Sector.objects.count()}, organisations: {Organisation.objects.count()}")


INDEX_PAGES = [
    # (page class, slug, Dutch fields, English strings)
    (
        OrganisationIndexPage,
        "organisaties",
        {
            "title": "Deelnemende organisaties",
            "intro": "Deze organisaties werken met leerambassadeurs. Alle namen hier zijn voorbeelden. "
            "Alleen organisaties die daarmee hebben ingestemd, staan op deze lijst.",
            "search_description": "Welke organisaties meedoen, per sector en provincie.",
        },
        {
            "Deelnemende organisaties": "Participating organisations",
            "organisaties": "organisations",
            "Deze organisaties werken met leerambassadeurs. Alle namen hier zijn voorbeelden. "
            "Alleen organisaties die daarmee hebben ingestemd, staan op deze lijst.": "These organisations work with learning ambassadors. All names here are examples. "
            "Only organisations that agreed to it are on this list.",
            "Welke organisaties meedoen, per sector en provincie.": "Which organisations take part, by sector and province.",
        },
    ),
    (
        SectorIndexPage,
        "sectoren",
        {
            "title": "Sectoren",
            "intro": "In deze sectoren werken organisaties met leerambassadeurs. Kies een sector en zie wie er meedoet.",
            "search_description": "De sectoren van het programma, met hun organisaties en ambassadeurs.",
        },
        {
            "Sectoren": "Sectors",
            "sectoren": "sectors",
            "In deze sectoren werken organisaties met leerambassadeurs. Kies een sector en zie wie er meedoet.": "In these sectors, organisations work with learning ambassadors. Choose a sector and see who takes part.",
            "De sectoren van het programma, met hun organisaties en ambassadeurs.": "The programme's sectors, with their organisations and ambassadors.",
        },
    ),
    (
        StoryIndexPage,
        "leerverhalen",
        {
            "title": "Leerverhalen",
            "intro": "Ambassadeurs en collega's vertellen hoe zij weer zijn gaan leren.",
            "search_description": "Verhalen van ambassadeurs en collega's die weer zijn gaan leren.",
        },
        {
            "Leerverhalen": "Learning stories",
            "leerverhalen": "stories",
            "Ambassadeurs en collega's vertellen hoe zij weer zijn gaan leren.": "Ambassadors and colleagues tell how they went back to learning.",
            "Verhalen van ambassadeurs en collega's die weer zijn gaan leren.": "Stories of ambassadors and colleagues who went back to learning.",
        },
    ),
    (
        MeetupIndexPage,
        "bijeenkomsten",
        {
            "title": "Bijeenkomsten en intervisie",
            "intro": "Ambassadeurs leren veel van elkaar. Meld je aan voor een bijeenkomst of een intervisiegroep.",
            "search_description": "Bijeenkomsten en intervisie voor leerambassadeurs.",
        },
        {
            "Bijeenkomsten en intervisie": "Meetups and intervision",
            "bijeenkomsten": "meetups",
            "Ambassadeurs leren veel van elkaar. Meld je aan voor een bijeenkomst of een intervisiegroep.": "Ambassadors learn a lot from each other. Register for a meetup or an intervision group.",
            "Bijeenkomsten en intervisie voor leerambassadeurs.": "Meetups and intervision for learning ambassadors.",
        },
    ),
]

# (slug, title, person, role, organisation slug, quote, paragraph, consent given by, English strings)
STORIES = [
    (
        "sanne-weer-naar-school",
        "Sanne ging na twintig jaar weer naar school",
        "Sanne (voorbeeld)",
        "leerambassadeur in de schoonmaak",
        "helder-schoonmaak",
        "Ik dacht dat leren niks voor mij was. Nu help ik collega's die hetzelfde denken.",
        "Sanne werkt al twintig jaar in de schoonmaak. Drie jaar geleden haalde ze haar vakdiploma. "
        "Nu praat ze in de pauze met collega's over wat leren hen kan opleveren.",
        "Sanne (voorbeeld)",
        {
            "Sanne ging na twintig jaar weer naar school": "Sanne went back to school after twenty years",
            "leerambassadeur in de schoonmaak": "learning ambassador in cleaning",
            "Ik dacht dat leren niks voor mij was. Nu help ik collega's die hetzelfde denken.": "I thought learning was not for me. Now I help colleagues who think the same.",
        },
    ),
    (
        "mehmet-en-de-mbo-opleiding",
        "Mehmet hielp drie collega's naar het mbo",
        "Mehmet (voorbeeld)",
        "leerambassadeur in de zorg",
        "zorggroep-de-linde",
        "Als ik het kan, kun jij het ook. Dat zeg ik vaak.",
        "Mehmet begon als helpende en is nu verzorgende. Hij weet hoe spannend de eerste les is. "
        "Daarom gaat hij met collega's mee naar de open dag van de opleiding.",
        "Mehmet (voorbeeld)",
        {
            "Mehmet hielp drie collega's naar het mbo": "Mehmet helped three colleagues into vocational school",
            "leerambassadeur in de zorg": "learning ambassador in care",
            "Als ik het kan, kun jij het ook. Dat zeg ik vaak.": "If I can do it, so can you. I say that a lot.",
        },
    ),
    (
        "ingrid-leert-digitaal",
        "Ingrid leerde werken met de tablet",
        "Ingrid (voorbeeld)",
        "collega in de buitendienst",
        "gemeente-heuvelland",
        "Ik durfde niet te vragen hoe het moest. De ambassadeur vroeg het aan mij.",
        "Ingrid werkt in de groenvoorziening. Toen alles op de tablet moest, zag ze op tegen de cursus. "
        "Een collega-ambassadeur ging met haar mee. Nu helpt zij anderen.",
        "Ingrid (voorbeeld)",
        {
            "Ingrid leerde werken met de tablet": "Ingrid learned to work with the tablet",
            "collega in de buitendienst": "colleague in the outdoor service",
            "Ik durfde niet te vragen hoe het moest. De ambassadeur vroeg het aan mij.": "I did not dare to ask how it worked. The ambassador asked me.",
        },
    ),
]

# (slug, title, kind, days from today, start hour, hours, location, online url, capacity, intro, English strings)
MEETUPS = [
    (
        "landelijke-dag-voorjaar",
        "Landelijke ambassadeursdag",
        "meetup",
        21,
        10,
        5,
        "Utrecht, vergadercentrum (voorbeeld)",
        "",
        60,
        "Een dag voor alle ambassadeurs: verhalen delen, workshops en elkaar ontmoeten.",
        {
            "Landelijke ambassadeursdag": "National ambassadors' day",
            "Een dag voor alle ambassadeurs: verhalen delen, workshops en elkaar ontmoeten.": "A day for all ambassadors: sharing stories, workshops and meeting each other.",
        },
    ),
    (
        "intervisie-oost",
        "Intervisie regio Oost",
        "intervision",
        10,
        14,
        2,
        "Zwolle (voorbeeld)",
        "",
        8,
        "Een kleine groep ambassadeurs bespreekt situaties uit het werk. Wat werkte, wat was lastig?",
        {
            "Intervisie regio Oost": "Intervision region East",
            "Een kleine groep ambassadeurs bespreekt situaties uit het werk. Wat werkte, wat was lastig?": "A small group of ambassadors discusses situations from work. What worked, what was hard?",
        },
    ),
    (
        "online-intervisie-avond",
        "Online intervisie op de avond",
        "intervision",
        5,
        19,
        1,
        "",
        "https://meet.example.org/leerambassadeurs-intervisie",
        6,
        "Voor wie in ploegen werkt: intervisie op een avond, online.",
        {
            "Online intervisie op de avond": "Online evening intervision",
            "Voor wie in ploegen werkt: intervisie op een avond, online.": "For shift workers: intervision in the evening, online.",
        },
    ),
    (
        "kennismaking-najaar",
        "Kennismaking nieuwe ambassadeurs",
        "meetup",
        -40,
        13,
        3,
        "Arnhem (voorbeeld)",
        "",
        30,
        "Nieuwe ambassadeurs leren elkaar en het programma kennen.",
        {
            "Kennismaking nieuwe ambassadeurs": "Introduction for new ambassadors",
            "Nieuwe ambassadeurs leren elkaar en het programma kennen.": "New ambassadors get to know each other and the programme.",
        },
    ),
    (
        "intervisie-west-zomer",
        "Intervisie regio West",
        "intervision",
        -75,
        14,
        2,
        "Rotterdam (voorbeeld)",
        "",
        8,
        "Intervisie over het eerste gesprek met een collega.",
        {
            "Intervisie regio West": "Intervision region West",
            "Intervisie over het eerste gesprek met een collega.": "Intervision about the first conversation with a colleague.",
        },
    ),
]

CONTACT = {
    "title": "Starten met leerambassadeurs",
    "intro": "<p>Wil je als organisatie ook werken met leerambassadeurs? Vul het formulier in. "
    "We nemen binnen vijf werkdagen contact met je op.</p>",
    "thank_you_text": "<p>Bedankt! We hebben je bericht ontvangen en nemen binnen vijf werkdagen contact met je op.</p>",
    "to_address": "starten@leerambassadeurs.example",
    "subject": "Nieuwe aanvraag: starten met leerambassadeurs",
    "search_description": "Contact voor organisaties die willen starten met leerambassadeurs.",
}
# (label, field type, required, choices, help text)
CONTACT_FIELDS = [
    ("Naam organisatie", "singleline", True, "", ""),
    ("Je naam", "singleline", True, "", ""),
    ("E-mailadres", "email", True, "", "We gebruiken dit alleen om contact met je op te nemen."),
    ("Telefoonnummer", "singleline", False, "", ""),
    ("Sector", "dropdown", True, "\n".join(name for _slug, name, _en in SECTORS) + "\nAnders", ""),
    ("Aantal medewerkers", "dropdown", False, "minder dan 50\n50 tot 250\n250 of meer", ""),
    ("Je vraag of bericht", "multiline", True, "", "Vertel kort wat je wilt bereiken."),
]
CONTACT_EN = {
    CONTACT["title"]: "Start with learning ambassadors",
    "Wil je als organisatie ook werken met leerambassadeurs? Vul het formulier in. "
    "We nemen binnen vijf werkdagen contact met je op.": "Would your organisation also like to work with learning ambassadors? Fill in the form. "
    "We will contact you within five working days.",
    "Bedankt! We hebben je bericht ontvangen en nemen binnen vijf werkdagen contact met je op.": "Thank you! We have received your message and will contact you within five working days.",
    CONTACT["search_description"]: "Contact for organisations that want to start with learning ambassadors.",
    "Naam organisatie": "Organisation name",
    "Je naam": "Your name",
    "E-mailadres": "E-mail address",
    "We gebruiken dit alleen om contact met je op te nemen.": "We only use this to contact you.",
    "Telefoonnummer": "Phone number",
    "Aantal medewerkers": "Number of employees",
    "Je vraag of bericht": "Your question or message",
    "Vertel kort wat je wilt bereiken.": "Tell us briefly what you want to achieve.",
    # wagtail-localize shows multi-line choices as one segment with <br/> between the lines.
    "minder dan 50<br/>50 tot 250<br/>250 of meer": "fewer than 50<br/>50 to 250<br/>250 or more",
    CONTACT_FIELDS[4][3].replace("\n", "<br/>"): "<br/>".join(name_en for _slug, _name, name_en in SECTORS)
    + "<br/>Other",
}


def _meetup_times(days, hour, hours):
    day = timezone.localdate() + datetime.timedelta(days=days)
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, 0)))
    return start, start + datetime.timedelta(hours=hours)


def seed_community(stdout):
    """Index pages, stories, meetups and the contact page under the home page, in Dutch and English.

    Runs after the programme step so the demo ambassadors exist. Idempotent: existing pages are left alone.
    """
    home = HomePage.objects.get(locale__language_code="nl")
    indexes = {}
    for page_class, slug, fields, english in INDEX_PAGES:
        indexes[page_class] = get_or_create_child_page(home, page_class, slug, show_in_menus=True, **fields)
        translate_page(indexes[page_class], "en", english)

    organisations = {o.slug: o for o in Organisation.objects.all()}
    story_index = indexes[StoryIndexPage]
    for slug, title, person, role, org_slug, quote, paragraph, given_by, english in STORIES:
        story = get_or_create_child_page(
            story_index,
            StoryPage,
            slug,
            title=title,
            person_name=person,
            person_role=role,
            organisation=organisations.get(org_slug),
            quote=quote,
            body=[("paragraph", f"<p>{paragraph}</p>")],
            consent_date=datetime.date(2025, 5, 12),
            consent_given_by=given_by,
            consent_note="Voorbeeld: getekend toestemmingsformulier in het projectdossier.",
        )
        translate_page(story, "en", english)

    meetup_index = indexes[MeetupIndexPage]
    meetups = {}
    for slug, title, kind, days, hour, hours, location, online_url, capacity, intro, english in MEETUPS:
        start, end = _meetup_times(days, hour, hours)
        meetups[slug] = get_or_create_child_page(
            meetup_index,
            MeetupPage,
            slug,
            title=title,
            kind=kind,
            start_at=start,
            end_at=end,
            location=location,
            online_url=online_url,
            capacity=capacity,
            intro=intro,
        )
        translate_page(meetups[slug], "en", english)

    User = get_user_model()
    for username, slug in [
        ("demo-ambassador", "intervisie-oost"),
        ("demo-ambassador-2", "landelijke-dag-voorjaar"),
        ("demo-ambassador", "kennismaking-najaar"),
    ]:
        user = User.objects.filter(username=username).first()
        if user is not None:
            MeetupRegistration.objects.get_or_create(
                meetup=meetups[slug],
                user=user,
                defaults={"status": MeetupRegistration.Status.CONFIRMED},
            )

    contact = home.get_children().filter(slug="contact").first()
    if contact is None:
        contact = get_or_create_child_page(
            home,
            ContactPage,
            "contact",
            show_in_menus=True,
            form_fields=[
                ContactFormField(
                    sort_order=index,
                    label=label,
                    field_type=field_type,
                    required=required,
                    choices=choices,
                    help_text=help_text,
                )
                for index, (label, field_type, required, choices, help_text) in enumerate(CONTACT_FIELDS)
            ],
            **CONTACT,
        )
    translate_page(contact.specific, "en", CONTACT_EN)
    stdout.write(
        f"Community: {StoryPage.objects.count()} story pages, {MeetupPage.objects.count()} meetup pages, "
        f"{MeetupRegistration.objects.count()} registrations"
    )
