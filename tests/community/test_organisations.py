"""Organisations: public list only with opted-in organisations, computed ambassador counts, filters and map."""

import pytest

from community.models import Organisation, Sector
from community.province_map import TILE_POSITIONS
from programme.models import AmbassadorProfile
from website import roles


@pytest.fixture
def ambassadors(make_user, organisation, other_organisation):
    """organisation: 2 active ambassadors, 1 inactive, 1 coordinator; other_organisation: 1 ambassador."""
    make_user("actief-1", group=roles.AMBASSADORS, organisation=organisation)
    make_user("actief-2", group=roles.AMBASSADORS, organisation=organisation)
    inactive = make_user("gestopt", group=roles.AMBASSADORS, organisation=organisation)
    inactive.is_active = False
    inactive.save()
    make_user("coord", group=roles.COORDINATORS, organisation=organisation, kind=AmbassadorProfile.Kind.COORDINATOR)
    make_user("ander", group=roles.AMBASSADORS, organisation=other_organisation)


def test_active_ambassador_count_is_computed_in_one_query(
    ambassadors, organisation, other_organisation, django_assert_num_queries
):
    with django_assert_num_queries(1):
        counts = {o.slug: o.active_ambassadors for o in Organisation.objects.with_active_ambassador_count()}
    assert counts == {organisation.slug: 2, other_organisation.slug: 1}


def test_active_ambassador_count_is_not_multiplied_by_filters_on_other_joins(ambassadors, organisation):
    queryset = Organisation.objects.with_active_ambassador_count().filter(sector__slug="schoonmaak")
    assert queryset.get(pk=organisation.pk).active_ambassadors == 2


def test_only_organisations_that_opted_in_are_listed(client, organisation_index, organisation, other_organisation):
    response = client.get(organisation_index.url)
    assert response.status_code == 200
    names = [o.name for o in response.context["organisations"]]
    assert names == [organisation.name]
    assert other_organisation.name not in response.content.decode()


def test_list_shows_the_computed_ambassador_count(client, organisation_index, organisation, ambassadors):
    response = client.get(organisation_index.url)
    listed = response.context["organisations"][0]
    assert listed.active_ambassadors == 2
    assert response.context["total_ambassadors"] == 2


@pytest.fixture
def many_organisations(sector):
    care = Sector.objects.create(slug="zorg-en-welzijn", name="Zorg en welzijn", name_en="Care")
    for number, (sec, province) in enumerate([(sector, "UT"), (sector, "GE"), (care, "GE"), (care, "LI")]):
        Organisation.objects.create(
            name=f"Voorbeeld {number}",
            slug=f"voorbeeld-{number}",
            sector=sec,
            province=province,
            size_class="small",
            listed_publicly=True,
        )
    Organisation.objects.create(name="Verborgen", slug="verborgen", sector=care, province="LI", size_class="small")
    return care


def test_filter_by_sector(client, organisation_index, many_organisations):
    response = client.get(organisation_index.url, {"sector": "zorg-en-welzijn"})
    assert response.status_code == 200
    assert [o.slug for o in response.context["organisations"]] == ["voorbeeld-2", "voorbeeld-3"]


def test_filter_by_province(client, organisation_index, many_organisations):
    response = client.get(organisation_index.url, {"province": "GE"})
    assert sorted(o.slug for o in response.context["organisations"]) == ["voorbeeld-1", "voorbeeld-2"]


def test_filter_by_sector_and_province(client, organisation_index, many_organisations):
    response = client.get(organisation_index.url, {"sector": "schoonmaak", "province": "GE"})
    assert [o.slug for o in response.context["organisations"]] == ["voorbeeld-1"]


def test_unknown_filter_value_is_a_clear_400_and_shows_everything(client, organisation_index, many_organisations):
    response = client.get(organisation_index.url, {"sector": "bestaat-niet"})
    assert response.status_code == 400
    assert "Deze keuze bestaat niet" in response.content.decode()
    assert len(response.context["organisations"]) == 4


def test_map_counts_listed_organisations_per_province_within_the_sector(client, organisation_index, many_organisations):
    response = client.get(organisation_index.url)
    tiles = {tile["code"]: tile for tile in response.context["province_map"]["tiles"]}
    assert set(tiles) == set(TILE_POSITIONS) and len(tiles) == 12
    assert (tiles["UT"]["count"], tiles["GE"]["count"], tiles["LI"]["count"], tiles["DR"]["count"]) == (1, 2, 1, 0)

    response = client.get(organisation_index.url, {"sector": "zorg-en-welzijn"})
    tiles = {tile["code"]: tile for tile in response.context["province_map"]["tiles"]}
    assert (tiles["UT"]["count"], tiles["GE"]["count"], tiles["LI"]["count"]) == (0, 1, 1)
    assert tiles["GE"]["query"] == "?sector=zorg-en-welzijn&province=GE"


def test_map_is_inline_svg_with_a_labelled_link_per_province(client, organisation_index, many_organisations):
    html = client.get(organisation_index.url).content.decode()
    svg = html.split("<svg")[1].split("</svg>")[0]
    assert "<image" not in svg and "http" not in svg  # drawn inline, nothing loaded from a tile server
    assert 'aria-label="GE 2: Gelderland: 2 organisaties"' in html
    assert svg.count("<rect") == 12


def test_list_query_count_does_not_grow_with_organisations(
    client, organisation_index, sector, make_user, django_assert_max_num_queries
):
    def create(count, start):
        for number in range(start, start + count):
            org = Organisation.objects.create(
                name=f"Org {number}",
                slug=f"org-{number}",
                sector=sector,
                province="UT",
                size_class="small",
                listed_publicly=True,
            )
            make_user(f"amb-{number}", group=roles.AMBASSADORS, organisation=org)

    create(2, 0)
    client.get(organisation_index.url)  # warm caches (site root, locales)
    with django_assert_max_num_queries(20) as few:
        client.get(organisation_index.url)
    create(15, 100)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(organisation_index.url)
    assert len(response.context["organisations"]) == 17


def test_english_page_uses_english_sector_names(client, organisation_index, organisation):
    from website.translation import translate_page

    english = translate_page(organisation_index, "en", {"organisaties": "organisations"})
    response = client.get(english.url)
    assert response.status_code == 200
    assert english.url == "/en/organisations/"
    html = response.content.decode()
    assert "Cleaning" in html
    assert "Find organisations" in html and "Organisations by province" in html


def test_snippet_admin_lists_organisations_with_computed_count(client, superuser, organisation, ambassadors):
    from tests.conftest import PASSWORD

    client.login(username=superuser.username, password=PASSWORD)
    response = client.get("/admin/snippets/community/organisation/")
    assert response.status_code == 200
    html = response.content.decode()
    assert organisation.name in html
    assert "Actieve ambassadeurs" in html
    assert client.get("/admin/snippets/community/sector/").status_code == 200


def test_snippet_admin_is_closed_to_ambassadors(client, ambassador):
    from tests.conftest import PASSWORD

    client.login(username=ambassador.username, password=PASSWORD)
    response = client.get("/admin/snippets/community/organisation/")
    assert response.status_code in (302, 403)


def test_snippet_admin_sorts_by_the_computed_count(client, superuser, organisation, other_organisation, ambassadors):
    from tests.conftest import PASSWORD

    client.login(username=superuser.username, password=PASSWORD)
    response = client.get("/admin/snippets/community/organisation/", {"ordering": "-active_ambassadors"})
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index(organisation.name) < html.index(other_organisation.name)
    response = client.get("/admin/snippets/community/organisation/", {"ordering": "active_ambassadors"})
    html = response.content.decode()
    assert html.index(other_organisation.name) < html.index(organisation.name)


def test_an_old_dutch_sector_key_in_a_link_still_filters(client, organisation_index, sector):
    # Issue 17: sector slugs became English; links with the old Dutch slug keep filtering.
    care = Sector.objects.create(slug="care", name="Zorg en welzijn", name_en="Care")
    Organisation.objects.create(
        name="Zorg 1", slug="zorg-1", sector=care, province="GE", size_class="small", listed_publicly=True
    )
    response = client.get(organisation_index.url, {"sector": "zorg-en-welzijn"})
    assert response.status_code == 200
    assert [o.slug for o in response.context["organisations"]] == ["zorg-1"]
