"""Fixtures for the methodology tests: the two section pages under the home page and page builders."""

import datetime

import pytest
from wagtail.models import Locale

from community.models import Sector
from methodology.models import (
    GuideEvidence,
    GuideIndexPage,
    GuidePage,
    PublicationAuthor,
    PublicationPage,
    ResearchIndexPage,
    SelfAssessmentPage,
    Theme,
)
from website.seeding import get_or_create_child_page


def guide_body(step="Praat met de directie"):
    return [
        (
            "steps",
            {
                "heading": "",
                "steps": [{"title": step, "text": "<p>Leg uit wat een ambassadeur doet.</p>", "who": "HR"}],
            },
        ),
        ("checklist", {"heading": "", "items": ["Directie akkoord", "OR geïnformeerd"]}),
        ("callout", {"kind": "pitfall", "title": "", "text": "<p>Maak de ambassadeur geen leidinggevende.</p>"}),
    ]


@pytest.fixture
def en_locale(home_page):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def sectors(db):
    return {
        "schoonmaak": Sector.objects.get_or_create(
            slug="schoonmaak", defaults={"name": "Schoonmaak", "name_en": "Cleaning"}
        )[0],
        "zorg": Sector.objects.get_or_create(slug="zorg", defaults={"name": "Zorg en welzijn", "name_en": "Care"})[0],
    }


@pytest.fixture
def themes(db):
    return {
        "bereik": Theme.objects.create(slug="bereik", name="Bereik", name_en="Reach"),
        "borging": Theme.objects.create(slug="borging", name="Borging", name_en="Sustainment"),
    }


@pytest.fixture
def guide_index(home_page):
    return get_or_create_child_page(
        home_page,
        GuideIndexPage,
        "handleidingen",
        title="Handleidingen",
        intro="Alles om te starten.",
        show_in_menus=True,
    )


@pytest.fixture
def research_index(home_page):
    return get_or_create_child_page(
        home_page,
        ResearchIndexPage,
        "onderzoek",
        title="Onderzoek",
        intro="Wat het onderzoek laat zien.",
        show_in_menus=True,
    )


@pytest.fixture
def self_assessment(guide_index):
    return get_or_create_child_page(
        guide_index, SelfAssessmentPage, "starten", title="Starten met leerambassadeurs", intro="Zes vragen."
    )


@pytest.fixture
def make_guide(guide_index):
    def make(slug, phase="explore", level="meso", sectors=(), title=None, publications=(), parent=None, **fields):
        guide = GuidePage(
            slug=slug,
            title=title or slug.replace("-", " ").capitalize(),
            intro=f"Over {slug}.",
            phase=phase,
            level=level,
            last_reviewed=datetime.date(2025, 6, 1),
            body=guide_body(),
            **fields,
        )
        guide.sectors = list(sectors)
        guide.evidence_links = [GuideEvidence(publication=publication) for publication in publications]
        (parent or guide_index).add_child(instance=guide)
        guide.save_revision().publish()
        return guide

    return make


@pytest.fixture
def make_publication(research_index):
    def make(
        slug,
        publication_type="report",
        date=datetime.date(2025, 5, 1),
        sectors=(),
        themes=(),
        title=None,
        authors=(("Bakker", "Ruben"),),
        **fields,
    ):
        publication = PublicationPage(
            slug=slug,
            title=title or slug.replace("-", " ").capitalize(),
            publication_date=date,
            publication_type=publication_type,
            abstract=f"Samenvatting van {slug}.",
            source="HAN",
            **fields,
        )
        publication.sectors = list(sectors)
        publication.themes = list(themes)
        publication.authors = [PublicationAuthor(family_name=family, given_names=given) for family, given in authors]
        research_index.add_child(instance=publication)
        publication.save_revision().publish()
        return publication

    return make
