"""Issue 8: no page above 15 queries on an uncached render, and no growth with content.

Each page type is rendered twice and the second request is counted: the page cache is off in the test
settings, so the render is uncached, but per-process caches (menu and footer, locale ids) are warm, as
on a running site. Where it is cheap, the count is compared at two content sizes.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from community.models import MeetupIndexPage, MeetupPage
from methodology.models import GuideEvidence, GuideIndexPage, GuidePage, PublicationAuthor, PublicationPage, ResearchIndexPage
from programme import progress
from tests.methodology.conftest import guide_body
from tests.programme.conftest import build_programme
from website.seeding import get_or_create_child_page
from website.translation import translate_page

BUDGET = 15


def count(client, url):
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


def assert_within_budget(counts):
    over = {name: number for name, number in counts.items() if number > BUDGET}
    assert not over, f"above {BUDGET} queries: {over} (all: {counts})"


# --- Programme: lesson, module, programme, my path -----------------------------------------------


def programme_counts(client, home_page, ambassador, modules, lessons_per_module):
    # Translated, as on the real site: the language switcher then links to the English page itself.
    programme, module_pages, lessons = build_programme(home_page, modules=modules, lessons_per_module=lessons_per_module,
                                                       translate=True)
    first_module = module_pages[0]
    for module in module_pages:
        progress.complete_lesson(ambassador, lessons[module.pk][0])
    client.force_login(ambassador)
    counts = {
        "lesson": count(client, lessons[first_module.pk][1].url),
        "module": count(client, first_module.url),
        "programme": count(client, programme.url),
        "my_path": count(client, reverse("programme:my_path")),
    }
    client.logout()
    counts.update({
        "lesson (anonymous)": count(client, lessons[first_module.pk][1].url),
        "module (anonymous)": count(client, first_module.url),
        "programme (anonymous)": count(client, programme.url),
    })
    programme.delete()
    return counts


@pytest.mark.django_db
def test_programme_pages_stay_within_budget_and_do_not_grow(client, home_page, ambassador):
    small = programme_counts(client, home_page, ambassador, modules=2, lessons_per_module=2)
    large = programme_counts(client, home_page, ambassador, modules=4, lessons_per_module=4)
    assert_within_budget(small)
    assert large == small


# --- Methodology: guide index, guide, research index, publication ---------------------------------


def make_publication(index, slug, authors=2):
    publication = PublicationPage(
        slug=slug, title=slug.replace("-", " ").capitalize(), publication_date=datetime.date(2025, 5, 1),
        publication_type="rapport", abstract=f"Samenvatting van {slug}.", source="HAN",
    )
    publication.authors = [PublicationAuthor(family_name=f"Auteur {n}", given_names="A.") for n in range(authors)]
    index.add_child(instance=publication)
    publication.save_revision().publish()
    return publication


def make_guide(index, slug, publications):
    guide = GuidePage(slug=slug, title=slug.capitalize(), intro=f"Over {slug}.", phase="verkennen", level="meso",
                      last_reviewed=datetime.date(2025, 6, 1), body=guide_body())
    guide.evidence_links = [GuideEvidence(publication=publication) for publication in publications]
    index.add_child(instance=guide)
    guide.save_revision().publish()
    return guide


@pytest.mark.django_db
@pytest.mark.parametrize("size", [1, 6])
def test_guide_and_research_pages_stay_within_budget(client, home_page, size):
    guide_index = get_or_create_child_page(home_page, GuideIndexPage, "handleidingen", title="Handleidingen")
    research_index = get_or_create_child_page(home_page, ResearchIndexPage, "onderzoek", title="Onderzoek")
    publications = [make_publication(research_index, f"rapport-{n}", authors=size) for n in range(size)]
    guides = [make_guide(guide_index, f"gids-{n}", publications) for n in range(size)]
    # Translated, as on the real site: the language switcher then links to the English page itself.
    for page in [guide_index, research_index, guides[0], publications[0]]:
        translate_page(page, "en", {})
    counts = {
        "guide index": count(client, guide_index.url),
        "guide": count(client, guides[0].url),
        "research index": count(client, research_index.url),
        "publication": count(client, publications[0].url),
    }
    assert_within_budget(counts)


# --- Community: meetup index and meetup --------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("size", [1, 8])
def test_meetup_pages_stay_within_budget(client, home_page, ambassador, size):
    from django.utils import timezone

    index = get_or_create_child_page(home_page, MeetupIndexPage, "bijeenkomsten", title="Bijeenkomsten")
    start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=7)
    meetups = [
        get_or_create_child_page(index, MeetupPage, f"intervisie-{n}", title=f"Intervisie {n}", location="Utrecht",
                                 start_at=start, end_at=start + datetime.timedelta(hours=2), capacity=10)
        for n in range(size)
    ]
    counts = {"meetup index (anonymous)": count(client, index.url), "meetup (anonymous)": count(client, meetups[0].url)}
    client.force_login(ambassador)
    counts.update({"meetup index": count(client, index.url), "meetup": count(client, meetups[0].url)})
    assert_within_budget(counts)
