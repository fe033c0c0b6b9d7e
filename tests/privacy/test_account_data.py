"""Mijn gegevens: see, download (JSON and CSV) and delete your own personal data."""

import csv
import io
import json
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from activitylog.models import Activity
from community.models import MeetupRegistration, Organisation
from programme.models import (
    AmbassadorProfile,
    ConsentEvent,
    KnowledgeCheckAnswer,
    LessonProgress,
    ModuleCompletion,
    ReflectionAnswer,
    SelfAssessment,
)
from tests.conftest import PASSWORD
from website import account_data

from .conftest import add_personal_data

User = get_user_model()
OVERVIEW = "/nl/mijn-gegevens/"
DELETE = "/nl/mijn-gegevens/verwijderen/"


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def unzip(content):
    archive = zipfile.ZipFile(io.BytesIO(content))
    return {name: archive.read(name) for name in archive.namelist()}


def csv_rows(raw):
    text = raw.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


# --- URLs and access ------------------------------------------------------------------------------------------


def test_urls_are_under_mijn_gegevens_in_both_languages():
    assert reverse("account_data:overview") == OVERVIEW
    assert reverse("account_data:download_json") == "/nl/mijn-gegevens/download.json"
    assert reverse("account_data:download_csv") == "/nl/mijn-gegevens/download.zip"
    assert reverse("account_data:delete") == DELETE


@pytest.mark.parametrize("url", [OVERVIEW, OVERVIEW + "download.json", OVERVIEW + "download.zip", DELETE])
def test_anonymous_visitors_are_sent_to_the_login_page(client, home_page, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/nl/account/login/?next=")


def test_overview_shows_counts_links_and_is_never_cached(ambassador, make_meetup):
    add_personal_data(ambassador, meetup=make_meetup(), n=2)
    response = logged_in(ambassador).get(OVERVIEW)
    assert response.status_code == 200
    html = response.content.decode()
    assert reverse("programme:consent") in html
    assert reverse("account_data:download_json") in html and reverse("account_data:download_csv") in html
    assert reverse("account_data:delete") in html
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    assert response.context["kinds"][0]["key"] == "account"
    counts = {kind["key"]: kind["count"] for kind in response.context["kinds"]}
    assert counts["activities"] == 2 and counts["reflection_answers"] == 2 and counts["meetup_registrations"] == 1


def test_overview_in_english_works(ambassador, home_page):
    response = logged_in(ambassador).get("/en/my-data/")
    assert response.status_code == 200


def test_staff_without_profile_can_use_the_page(editor, home_page):
    client = logged_in(editor)
    assert client.get(OVERVIEW).status_code == 200
    data = json.loads(client.get(OVERVIEW + "download.json").content)
    assert data["data"]["account"][0]["username"] == "redacteur"
    assert data["data"]["profile"] == []


# --- Downloads -------------------------------------------------------------------------------------------------


def test_json_download_holds_every_kind_of_own_data_and_nothing_of_others(ambassador, other_ambassador, make_meetup):
    meetup = make_meetup()
    add_personal_data(ambassador, meetup=meetup, n=2)
    add_personal_data(other_ambassador, meetup=meetup, n=1, note="geheim van een ander")
    response = logged_in(ambassador).get(OVERVIEW + "download.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith('attachment; filename="mijn-gegevens-')
    assert "no-store" in response["Cache-Control"]
    document = json.loads(response.content)
    data = document["data"]
    assert list(data) == account_data.kind_keys()
    assert set(document["kinds"]) == set(account_data.kind_keys())
    assert data["account"] == [
        {
            "username": "ambassadeur",
            "first_name": "Ambassadeur",
            "last_name": "Testpersoon",
            "email": "ambassadeur@example.org",
            "date_joined": data["account"][0]["date_joined"],
            "last_login": data["account"][0]["last_login"],
            "is_active": True,
        }
    ]
    assert data["roles"] == [{"group": "Ambassadors"}]
    assert data["profile"][0]["organisation"] == "Schoonmaakbedrijf Test"
    assert data["profile"][0]["cohort"] == "Cohort test"
    assert data["profile"][0]["research_consent_version"]
    assert [event["action"] for event in data["consent_events"]] == ["given"]
    for key in (
        "lesson_progress",
        "module_completions",
        "reflection_answers",
        "knowledge_check_answers",
        "self_assessments",
        "activities",
    ):
        assert len(data[key]) == 2, key
    assert data["meetup_registrations"][0]["status"] == "confirmed"
    assert data["reflection_answers"][0]["answer"].startswith("Mijn eigen reflectie")
    assert data["activities"][0]["private_note"].startswith("=HYPERLINK")
    assert "geheim van een ander" not in response.content.decode()
    for kind in account_data.kinds():
        for row in data[kind.key]:
            assert list(row) == list(kind.fields), kind.key


def test_csv_zip_has_one_file_per_kind_and_neutralises_formulas(ambassador, make_meetup):
    add_personal_data(ambassador, meetup=make_meetup(), n=2)
    ambassador.first_name = "+31 6 12345678"
    ambassador.last_name = "@SUM(A1)"
    ambassador.save()
    response = logged_in(ambassador).get(OVERVIEW + "download.zip")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].endswith('.zip"')
    files = unzip(response.content)
    assert set(files) == {"README.txt"} | {f"{key}.csv" for key in account_data.kind_keys()}
    account = csv_rows(files["account.csv"])
    assert account[0]["first_name"] == "'+31 6 12345678"
    assert account[0]["last_name"] == "'@SUM(A1)"
    activities = csv_rows(files["activities.csv"])
    assert len(activities) == 2
    assert activities[0]["private_note"] == '\'=HYPERLINK("http://evil.example")'
    assert activities[0]["colleagues_reached"] == "5"
    assert csv_rows(files["knowledge_check_answers.csv"])[0]["is_correct"] == "ja"
    for key in account_data.kind_keys():
        header = files[f"{key}.csv"].decode("utf-8").lstrip("\ufeff").splitlines()[0]
        assert header.split(",") == list(next(k for k in account_data.kinds() if k.key == key).fields)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("\uff1d1", "'\uff1d1"),
        ("gewoon", "gewoon"),
        ("", ""),
        (None, ""),
        (5, 5),
        (-5, -5),
        (True, "ja"),
    ],
)
def test_neutralise_cells(value, expected):
    assert account_data.neutralise(value) == expected


def test_download_query_count_does_not_grow_with_data(ambassador, make_meetup, home_page):
    client = logged_in(ambassador)
    add_personal_data(ambassador, meetup=make_meetup("a"), n=1)
    measured = {}
    for label, url in (("json", OVERVIEW + "download.json"), ("zip", OVERVIEW + "download.zip"), ("page", OVERVIEW)):
        client.get(url)  # warm up (site root, locales)
        with CaptureQueriesContext(connection) as small:
            assert client.get(url).status_code == 200
        measured[label] = len(small)
    add_personal_data(ambassador, meetup=make_meetup("b"), n=25)
    for label, url in (("json", OVERVIEW + "download.json"), ("zip", OVERVIEW + "download.zip"), ("page", OVERVIEW)):
        with CaptureQueriesContext(connection) as large:
            assert client.get(url).status_code == 200
        assert len(large) == measured[label], label
    # session + user + one query per kind (+ the profile on the overview page)
    assert measured["json"] <= len(account_data.kinds()) + 3
    assert measured["page"] <= len(account_data.kinds()) + 8  # plus the site shell (menu, settings)


# --- Deleting the account ---------------------------------------------------------------------------------------


def test_delete_page_explains_what_happens(ambassador):
    response = logged_in(ambassador).get(DELETE)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'type="password"' in html and 'autocomplete="current-password"' in html
    assert reverse("programme:consent") in html  # consent is active: the page offers withdrawing it first


def test_wrong_or_missing_password_changes_nothing(ambassador, make_meetup):
    add_personal_data(ambassador, meetup=make_meetup())
    client = logged_in(ambassador)
    for data in ({"password": "niet-mijn-wachtwoord"}, {}, {"password": ""}):
        response = client.post(DELETE, data)
        assert response.status_code == 400
        assert "password" in response.context["form"].errors
        html = response.content.decode()
        assert 'aria-invalid="true"' in html and "id_password_error" in html  # the error is linked to the field
    ambassador.refresh_from_db()
    assert ambassador.is_active and ambassador.username == "ambassadeur"
    assert ReflectionAnswer.objects.filter(user=ambassador).count() == 1
    assert MeetupRegistration.objects.filter(user=ambassador).count() == 1
    assert client.get(OVERVIEW).status_code == 200  # still logged in


def test_get_never_deletes_and_post_needs_csrf(ambassador, home_page):
    client = Client(enforce_csrf_checks=True)
    client.force_login(ambassador)
    assert client.get(DELETE, {"password": PASSWORD}).status_code == 200
    assert client.post(DELETE, {"password": PASSWORD}).status_code == 403
    assert User.objects.filter(pk=ambassador.pk, is_active=True).exists()


def test_delete_with_research_consent_keeps_only_pseudonymised_research_rows(
    ambassador, other_ambassador, make_meetup, make_user, organisation
):
    meetup = make_meetup(capacity=1)
    add_personal_data(ambassador, meetup=meetup, n=2)
    waiting = make_user("wachtende", organisation=organisation)
    MeetupRegistration.objects.create(meetup=meetup, user=waiting, status=MeetupRegistration.Status.WAITING)
    add_personal_data(other_ambassador, n=1)
    profile_pk = ambassador.ambassador_profile.pk
    client = logged_in(ambassador)

    response = client.post(DELETE, {"password": PASSWORD})

    assert response.status_code == 302 and response["Location"] == "/nl/"
    user = User.objects.get(pk=ambassador.pk)
    assert user.username.startswith("verwijderd-") and len(user.username) == len("verwijderd-") + 16
    assert (user.first_name, user.last_name, user.email) == ("", "", "")
    assert not user.has_usable_password() and not user.is_active and not user.is_staff
    assert not user.groups.exists()
    profile = AmbassadorProfile.objects.get(user=user)
    assert profile.pk == profile_pk and profile.has_research_consent  # same pseudonym in the exports
    assert profile.organisation == organisation
    assert ConsentEvent.objects.filter(profile=profile).count() == 1
    assert not ReflectionAnswer.objects.filter(user=user).exists()
    assert KnowledgeCheckAnswer.objects.filter(user=user).count() == 2
    assert LessonProgress.objects.filter(user=user).count() == 2
    assert ModuleCompletion.objects.filter(user=user).count() == 2
    assert SelfAssessment.objects.filter(user=user).count() == 2
    activities = Activity.objects.filter(user=user)
    assert activities.count() == 2 and set(activities.values_list("private_note", flat=True)) == {""}
    assert not MeetupRegistration.objects.filter(user=user).exists()
    # The freed place went to the first person on the waiting list.
    assert MeetupRegistration.objects.get(user=waiting).status == MeetupRegistration.Status.CONFIRMED
    # Nobody else's data changed.
    assert ReflectionAnswer.objects.filter(user=other_ambassador).count() == 1
    assert Activity.objects.get(user=other_ambassador).private_note.startswith("=HYPERLINK")
    # Logged out, with a message on the home page.
    assert "_auth_user_id" not in client.session
    home = client.get("/nl/", follow=True)
    assert "Je account is verwijderd" in home.content.decode()
    assert client.get(OVERVIEW).status_code == 302
    assert not Client().login(username="ambassadeur", password=PASSWORD)


def test_delete_without_consent_removes_everything(ambassador, other_ambassador, make_meetup, organisation):
    ambassador.ambassador_profile.withdraw_consent()
    meetup = make_meetup()
    add_personal_data(ambassador, meetup=meetup, n=2)
    add_personal_data(other_ambassador, meetup=meetup, n=1)
    client = logged_in(ambassador)

    response = client.post(DELETE, {"password": PASSWORD})

    assert response.status_code == 302
    assert not User.objects.filter(pk=ambassador.pk).exists()
    assert not User.objects.filter(username="ambassadeur").exists()
    for model in (
        AmbassadorProfile,
        LessonProgress,
        ModuleCompletion,
        ReflectionAnswer,
        KnowledgeCheckAnswer,
        SelfAssessment,
        Activity,
        MeetupRegistration,
    ):
        assert not model.objects.filter(user_id=ambassador.pk).exists(), model.__name__
        assert model.objects.filter(user=other_ambassador).exists(), model.__name__
    assert not ConsentEvent.objects.filter(profile__user_id=ambassador.pk).exists()
    assert Organisation.objects.filter(pk=organisation.pk).exists()  # PROTECT: the organisation stays
    assert "_auth_user_id" not in client.session


def test_delete_of_a_coordinator_without_consent(coordinator, home_page):
    result_response = logged_in(coordinator).post(DELETE, {"password": PASSWORD})
    assert result_response.status_code == 302
    assert not User.objects.filter(pk=coordinator.pk).exists()


def test_delete_of_staff_without_profile_removes_the_account(editor, home_page):
    assert logged_in(editor).post(DELETE, {"password": PASSWORD}).status_code == 302
    assert not User.objects.filter(pk=editor.pk).exists()


def test_superusers_cannot_delete_themselves(superuser, home_page):
    client = logged_in(superuser)
    assert client.get(DELETE).status_code == 403
    assert client.post(DELETE, {"password": PASSWORD}).status_code == 403
    assert User.objects.filter(pk=superuser.pk, is_active=True).exists()
    with pytest.raises(account_data.AccountDeletionRefused):
        account_data.delete_account(superuser)


def test_deletion_is_all_or_nothing(ambassador, make_meetup, monkeypatch):
    add_personal_data(ambassador, meetup=make_meetup(), n=2)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(account_data, "_forget_login_records", broken)
    with pytest.raises(RuntimeError):
        account_data.delete_account(ambassador)
    ambassador.refresh_from_db()
    assert ambassador.username == "ambassadeur" and ambassador.is_active and ambassador.email
    assert ReflectionAnswer.objects.filter(user=ambassador).count() == 2
    assert MeetupRegistration.objects.filter(user=ambassador).count() == 1
    assert Activity.objects.filter(user=ambassador).exclude(private_note="").count() == 2


def test_wrong_passwords_count_towards_the_login_lockout(ambassador, home_page, settings):
    from axes.models import AccessAttempt

    client = logged_in(ambassador)
    client.post(DELETE, {"password": "fout-1"}, REMOTE_ADDR="10.0.0.1")
    assert AccessAttempt.objects.filter(username="ambassadeur").exists()


def test_deleting_in_english_ends_on_the_english_home_page(ambassador, home_page):
    client = logged_in(ambassador)
    response = client.post("/en/my-data/delete/", {"password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/en/"
    from django.contrib.messages import get_messages

    messages = [str(message) for message in get_messages(response.wsgi_request)]
    assert messages == ["Your account has been deleted. Thank you for your work as a learning ambassador."]
