"""Demo sectors and example organisations (clearly marked as examples: the real list is not public)."""

import datetime

from .models import Organisation, Sector

SECTORS = [
    ("metaal-en-techniek", "Metaal en techniek", "Metal and engineering"),
    ("overheid", "Overheid (gemeenten)", "Government (municipalities)"),
    ("zorg-en-welzijn", "Zorg en welzijn", "Health and social care"),
    ("schoonmaak", "Schoonmaak", "Cleaning"),
    ("transport-en-logistiek", "Transport en logistiek", "Transport and logistics"),
    ("bouw-en-infra", "Bouw en infra", "Construction and infrastructure"),
    ("voedings-en-procesindustrie", "Voedings- en procesindustrie", "Food and process industry"),
    ("detailhandel", "Detailhandel", "Retail"),
]

# (slug, name, sector slug, province, size, year started, listed publicly, story)
ORGANISATIONS = [
    ("helder-schoonmaak", "Schoonmaakbedrijf Helder (voorbeeld)", "schoonmaak", "GE", "large", 2023, True,
     "Vier leerambassadeurs werken in ploegen op kantoren en in ziekenhuizen. Ze praten met collega's in de pauze, "
     "vaak over taal en over het vakdiploma schoonmaak."),
    ("zorggroep-de-linde", "Zorggroep De Linde (voorbeeld)", "zorg-en-welzijn", "OV", "large", 2023, True,
     "In drie verpleeghuizen helpen ambassadeurs collega's in de zorg en de huishouding op weg naar een mbo-opleiding."),
    ("metaalwerken-oost", "Metaalwerken Oost (voorbeeld)", "metaal-en-techniek", "OV", "medium", 2024, True,
     "Ambassadeurs in de werkplaats wijzen collega's op cursussen via het O&O-fonds, zoals lassen en digitale vaardigheden."),
    ("gemeente-rivierstad", "Gemeente Rivierstad (voorbeeld)", "overheid", "ZH", "large", 2023, True,
     "Tien ambassadeurs, één per afdeling, voeren laagdrempelige gesprekken bij de koffieautomaat."),
    ("trans-noord", "Transportbedrijf Noord (voorbeeld)", "transport-en-logistiek", "GR", "medium", 2024, True,
     "Chauffeurs en magazijnmedewerkers praten met elkaar over leren tijdens de toolboxmeeting."),
    ("bouwcombinatie-delta", "Bouwcombinatie Delta (voorbeeld)", "bouw-en-infra", "ZE", "medium", 2024, False, ""),
    ("bakkerij-de-korenbloem", "Bakkerij De Korenbloem (voorbeeld)", "voedings-en-procesindustrie", "NB", "medium", 2023, True,
     "In de nachtploeg is een inloopspreekuur gestart. Collega's komen met vragen over taal en rekenen."),
    ("supermarkt-het-plein", "Supermarkt Het Plein (voorbeeld)", "detailhandel", "UT", "small", 2024, True,
     "Twee ambassadeurs helpen jonge collega's en herintreders met een opleiding in de winkel."),
    ("zorgthuis-west", "Zorg Thuis West (voorbeeld)", "zorg-en-welzijn", "NH", "medium", 2024, False, ""),
    ("procesfabriek-zuid", "Procesfabriek Zuid (voorbeeld)", "voedings-en-procesindustrie", "LI", "large", 2025, True,
     "Operators volgen samen een traject voor het mbo-certificaat procestechniek."),
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


def seed_community(stdout):
    """Stories and meetups: run after the programme so ambassadors exist (filled in by the community work)."""
