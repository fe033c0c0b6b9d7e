"""Issue 8: no page above 15 queries on an uncached render, and no growth with content.

Each page type is rendered twice and the second request is counted: the page cache is off in the test
settings, so the render is uncached, but the shared caches (site, home page, menu and footer, locale ids,
filter options; website.sitecache) are warm, as on a running site. Every page type is counted in Dutch
and English, signed in and anonymous, and the counts are compared at two content sizes (about 10×).
"""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import Locale

from community.models import MeetupIndexPage, MeetupPage, Organisation, OrganisationIndexPage, Sector, SectorIndexPage
from methodology.models import (
    GuideEvidence,
    GuideIndexPage,
    GuidePage,
    PublicationAuthor,
    PublicationPage,
    ResearchIndexPage,
)
from programme import progress
from tests.conftest import get_queries
from tests.methodology.conftest import guide_body
from tests.programme.conftest import build_programme
from website.seeding import get_or_create_child_page
from website.translation import translate_page

BUDGET = 15


def count(client, url):
    return len(get_queries(client, url))


def assert_within_budget(counts):
    over = {name: number for name, number in counts.items() if number > BUDGET}
    assert not over, f"above {BUDGET} queries: {over} (all: {counts})"


# --- Programme: lesson, module, programme, my path -----------------------------------------------


def english(page):
    return page.get_translation(Locale.objects.get(language_code="en"))


def counts_per_visitor(client, user, pages):
    """{"name (language, visitor)": queries} for each named page, in Dutch and English, signed in and not."""
    counts = {}
    for visitor in (user, None):
        if visitor:
            client.force_login(visitor)
        else:
            client.logout()
        for name, page in pages.items():
            for language, url in (("nl", page.url), ("en", english(page).url)):
                counts[f"{name} ({language}, {'signed in' if visitor else 'anonymous'})"] = count(client, url)
    return counts


def programme_counts(client, home_page, ambassador, size):
    # Translated, as on the real site: the language switcher then links to the English page itself.
    programme, module_pages, lessons = build_programme(
        home_page, modules=size + 1, lessons_per_module=size + 1, translate=True
    )
    first_module = module_pages[0]
    for module in module_pages:
        progress.complete_lesson(ambassador, lessons[module.pk][0])
    counts = counts_per_visitor(
        client,
        ambassador,
        {
            "lesson": lessons[first_module.pk][1],
            "module": first_module,
            "programme": programme,
        },
    )
    client.force_login(ambassador)
    counts["my path"] = count(client, reverse("programme:my_path"))
    client.logout()
    programme.delete()
    return counts


# --- Methodology: guide index, guide, research index, publication ---------------------------------


def make_publication(index, slug, authors=2):
    publication = PublicationPage(
        slug=slug,
        title=slug.replace("-", " ").capitalize(),
        publication_date=datetime.date(2025, 5, 1),
        publication_type="report",
        abstract=f"Samenvatting van {slug}.",
        source="HAN",
    )
    publication.authors = [PublicationAuthor(family_name=f"Auteur {n}", given_names="A.") for n in range(authors)]
    index.add_child(instance=publication)
    publication.save_revision().publish()
    return publication


def make_guide(index, slug, publications):
    guide = GuidePage(
        slug=slug,
        title=slug.capitalize(),
        intro=f"Over {slug}.",
        phase="explore",
        level="meso",
        last_reviewed=datetime.date(2025, 6, 1),
        body=guide_body(),
    )
    guide.evidence_links = [GuideEvidence(publication=publication) for publication in publications]
    index.add_child(instance=guide)
    guide.save_revision().publish()
    return guide


def methodology_counts(client, home_page, ambassador, size):
    guide_index = get_or_create_child_page(home_page, GuideIndexPage, f"handleidingen-{size}", title="Handleidingen")
    research_index = get_or_create_child_page(home_page, ResearchIndexPage, f"onderzoek-{size}", title="Onderzoek")
    publications = [make_publication(research_index, f"rapport-{n}", authors=size) for n in range(size)]
    # One guide more than publications: the English index always has an untranslated Dutch guide to list.
    guides = [make_guide(guide_index, f"gids-{n}", publications) for n in range(size + 1)]
    for page in [guide_index, research_index, guides[0], publications[0]]:
        translate_page(page, "en", {})
    return counts_per_visitor(
        client,
        ambassador,
        {
            "guide index": guide_index,
            "guide": guides[0],
            "research index": research_index,
            "publication": publications[0],
        },
    )


# --- Community: meetup index and meetup --------------------------------------------------------


def meetup_counts(client, home_page, ambassador, size):
    from django.utils import timezone

    index = get_or_create_child_page(home_page, MeetupIndexPage, f"bijeenkomsten-{size}", title="Bijeenkomsten")
    start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=7)
    meetups = [
        get_or_create_child_page(
            index,
            MeetupPage,
            f"intervisie-{n}",
            title=f"Intervisie {n}",
            location="Utrecht",
            start_at=start,
            end_at=start + datetime.timedelta(hours=2),
            capacity=10,
        )
        for n in range(size)
    ]
    for page in (index, meetups[0]):
        translate_page(page, "en", {})
    return counts_per_visitor(client, ambassador, {"meetup index": index, "meetup": meetups[0]})


# --- Community: organisation and sector indexes and their pages ----------------------------------


def organisation_counts(client, home_page, ambassador, size):
    sector = Sector.objects.get_or_create(slug="bouw", defaults={"name": "Bouw", "name_en": "Construction"})[0]
    for n in range(size):
        Organisation.objects.get_or_create(
            slug=f"bouwer-{n}",
            defaults={
                "name": f"Bouwer {n}",
                "sector": sector,
                "province": "UT",
                "size_class": "small",
                "listed_publicly": True,
                "story": "Een verhaal.",
            },
        )
    organisation_index = get_or_create_child_page(
        home_page, OrganisationIndexPage, "organisaties", title="Organisaties"
    )
    sector_index = get_or_create_child_page(home_page, SectorIndexPage, "sectoren", title="Sectoren")
    for page in (organisation_index, sector_index):
        translate_page(page, "en", {})
    counts = counts_per_visitor(
        client, ambassador, {"organisation index": organisation_index, "sector index": sector_index}
    )
    for visitor in (ambassador, None):
        if visitor:
            client.force_login(visitor)
        else:
            client.logout()
        for name, index in (("organisation", organisation_index), ("sector", sector_index)):
            for language, page in (("nl", index), ("en", english(index))):
                url = page.specific.example_subpage_urls()[0]
                counts[f"{name} ({language}, {'signed in' if visitor else 'anonymous'})"] = count(client, url)
    client.logout()
    return counts


# --- All of them ----------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "page_counts, small_size, large_size",
    [
        (programme_counts, 1, 3),  # 2 modules of 2 lessons, then 4 of 4 (16 lessons, translated)
        (methodology_counts, 1, 10),
        (meetup_counts, 1, 10),
        (organisation_counts, 1, 10),
    ],
    ids=["programme", "guides and research", "meetups", "organisations and sectors"],
)
def test_pages_stay_within_budget_and_do_not_grow(client, home_page, ambassador, page_counts, small_size, large_size):
    translate_page(home_page, "en", {})
    small = page_counts(client, home_page, ambassador, size=small_size)
    large = page_counts(client, home_page, ambassador, size=large_size)
    assert_within_budget(small)
    assert large == small
