"""Issue 14: the certificate has a random number and a public check that shows only name, programme,
completion date and validity; its owner can switch the check off; personal-data rules cover it."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from programme import progress
from programme.models import Certificate
from programme.models.certificates import NUMBER_ALPHABET
from website import account_data


def complete_everything(user, programme_tree):
    _programme, modules, lessons_by_module = programme_tree
    for module in modules:
        for lesson in lessons_by_module[module.pk]:
            progress.complete_lesson(user, lesson)


@pytest.fixture
def certified(client, ambassador, programme_tree):
    complete_everything(ambassador, programme_tree)
    client.force_login(ambassador)
    response = client.get(reverse("programme:certificate"))
    assert response.status_code == 200
    return Certificate.objects.get(user=ambassador), response.content.decode()


def verify_url(number):
    return reverse("programme:verify_certificate", args=[number])


@pytest.mark.django_db
def test_the_certificate_shows_its_number_and_check_link(certified):
    certificate, html = certified
    assert re.fullmatch(r"LA-[%s]{4}-[%s]{4}-[%s]{4}" % ((NUMBER_ALPHABET,) * 3), certificate.number)
    assert certificate.number in html
    assert f"http://testserver{verify_url(certificate.number)}" in html


@pytest.mark.django_db
def test_the_number_stays_the_same_on_every_visit(client, certified, ambassador):
    certificate, _html = certified
    client.get(reverse("programme:certificate"))
    assert list(Certificate.objects.filter(user=ambassador).values_list("number", flat=True)) == [certificate.number]


@pytest.mark.django_db
def test_numbers_are_random_not_derived_from_the_user(make_user, organisation):
    now = timezone.now()
    numbers = {Certificate.issue(make_user(f"persoon{n}", organisation=organisation), now).number for n in range(5)}
    assert len(numbers) == 5


@pytest.mark.django_db
def test_anyone_can_check_it_and_sees_only_name_programme_date_and_validity(client, certified, ambassador):
    certificate, _html = certified
    client.logout()
    response = client.get(verify_url(certificate.number))
    assert response.status_code == 200
    html = response.content.decode()
    assert ambassador.get_full_name() in html and "Ontwikkelprogramma" in html
    assert "Ja, dit certificaat is echt en geldig." in html
    for private in (ambassador.email, "Schoonmaakbedrijf Test", "Cohort test", "Module 1"):
        assert private not in html, private
    assert not re.search(rf"\b{ambassador.username}\b", html)  # the user name is not shown
    assert 'name="robots" content="noindex, nofollow"' in html and response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


@pytest.mark.django_db
def test_the_check_speaks_english(client, certified, home_page):
    from website.translation import translate_page

    translate_page(home_page, "en", {})
    certificate, _html = certified
    with translation.override("en"):
        url = verify_url(certificate.number)
    assert "Yes, this certificate is genuine and valid." in client.get(url).content.decode()


@pytest.mark.django_db
def test_a_wrong_number_finds_nothing(client, certified):
    certificate, _html = certified
    response = client.get(verify_url("LA-2222-2222-2222"))
    assert response.status_code == 404
    assert "Het nummer bestaat niet" in response.content.decode()
    response = client.get("/nl/certificaat/%3Cscript%3Ealert(1)%3C%2Fscript%3E/")
    assert response.status_code == 404 and "<script>alert" not in response.content.decode()


@pytest.mark.django_db
def test_the_owner_switches_the_check_off_and_on(client, certified, ambassador):
    certificate, _html = certified
    response = client.post(reverse("programme:certificate_visibility"), {"is_public": "no"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.is_public is False
    client.logout()
    response = client.get(verify_url(certificate.number))
    assert response.status_code == 404 and ambassador.get_full_name() not in response.content.decode()
    client.force_login(ambassador)
    client.post(reverse("programme:certificate_visibility"), {"is_public": "yes"})
    assert client.get(verify_url(certificate.number)).status_code == 200


@pytest.mark.django_db
def test_a_bad_choice_changes_nothing(client, certified):
    certificate, _html = certified
    response = client.post(reverse("programme:certificate_visibility"), {"is_public": "misschien"}, follow=True)
    assert "Kies of iedereen met het nummer je certificaat mag controleren." in response.content.decode()
    certificate.refresh_from_db()
    assert certificate.is_public is True


@pytest.mark.django_db
def test_only_the_owner_switches_and_only_by_post(client, certified, other_ambassador):
    certificate, _html = certified
    assert client.get(reverse("programme:certificate_visibility")).status_code == 405
    client.force_login(other_ambassador)  # has no certificate: cannot touch another's
    assert client.post(reverse("programme:certificate_visibility"), {"is_public": "no"}).status_code == 404
    client.logout()
    response = client.post(reverse("programme:certificate_visibility"), {"is_public": "no"})
    assert response.status_code == 302 and "/account/login/" in response["Location"]
    certificate.refresh_from_db()
    assert certificate.is_public is True


@pytest.mark.django_db
def test_a_closed_account_makes_the_certificate_invalid(client, certified, ambassador):
    certificate, _html = certified
    ambassador.is_active = False
    ambassador.save()
    client.logout()
    assert "Nee, dit certificaat is niet meer geldig." in client.get(verify_url(certificate.number)).content.decode()


@pytest.mark.django_db
def test_the_certificate_is_in_the_personal_data_download_and_goes_with_the_account(certified, ambassador):
    certificate, _html = certified
    rows = account_data.collect(ambassador)["certificate"]
    assert rows[0]["number"] == certificate.number and rows[0]["is_public"] is True
    account_data.delete_account(ambassador)  # with research consent: anonymised, the certificate removed
    assert not Certificate.objects.filter(number=certificate.number).exists()
