"""'Starten met leerambassadeurs': the recommendation rules and what is (not) stored."""

import pytest

from methodology.assessment import recommend
from methodology.models import StartRequest

ALL_YES = {
    "support": "yes",
    "facilities": "yes",
    "ambassadors": "yes",
    "trained": "yes",
    "active": "yes",
    "embedded": "yes",
}


def test_no_support_yet_means_start_with_exploring():
    recommendation = recommend({**ALL_YES, "support": "partly", "facilities": "no"})
    assert recommendation.phase == "explore"
    assert [phase for phase, _reason in recommendation.gaps] == ["explore", "prepare"]
    assert not recommendation.all_done


@pytest.mark.parametrize(
    "missing, phase",
    [
        ("facilities", "prepare"),
        ("ambassadors", "recruit"),
        ("trained", "train"),
        ("active", "deploy"),
        ("embedded", "sustain"),
    ],
)
def test_first_unmet_condition_decides_the_phase(missing, phase):
    assert recommend({**ALL_YES, missing: "no"}).phase == phase


def test_partly_counts_as_not_done_and_later_gaps_are_listed():
    recommendation = recommend({**ALL_YES, "ambassadors": "partly", "embedded": "no"})
    assert recommendation.phase == "recruit"
    assert [phase for phase, _reason in recommendation.later_gaps] == ["sustain"]


def test_everything_in_place_means_sustain_and_keep_it_up():
    recommendation = recommend(ALL_YES)
    assert recommendation.all_done and recommendation.phase == "sustain" and recommendation.gaps == []


def test_missing_answers_count_as_no():
    assert recommend({}).phase == "explore"


def answers(**overrides):
    return {**ALL_YES, "active": "no", **overrides}


@pytest.mark.django_db
def test_advice_without_contact_stores_nothing(client, self_assessment, make_guide, sectors):
    general = make_guide("gesprekken", phase="deploy")
    cleaning = make_guide("gesprekken-schoonmaak", phase="deploy", sectors=[sectors["schoonmaak"]])
    make_guide("gesprekken-zorg", phase="deploy", sectors=[sectors["zorg"]])
    make_guide("sustain", phase="sustain")
    response = client.post(self_assessment.url, {**answers(), "sector": "schoonmaak", "email": "iemand@example.org"})
    assert response.status_code == 200
    assert StartRequest.objects.count() == 0
    recommendation = response.context["recommendation"]
    assert recommendation.phase == "deploy"
    # The sector variant first, then the general guide; other sectors' variants and other phases not at all.
    assert [guide.pk for guide in response.context["recommended_guides"]] == [cleaning.pk, general.pk]
    assert "Begin bij de fase <strong>Inzetten</strong>" in response.content.decode()


@pytest.mark.django_db
def test_contact_request_is_stored_with_answers_and_recommendation(client, self_assessment, sectors):
    response = client.post(
        self_assessment.url,
        {
            **answers(support="partly"),
            "sector": "zorg",
            "contact_me": "on",
            "email": "hr@zorg.example",
            "name": "Fatima",
            "organisation_name": "Zorg BV",
        },
    )
    assert response.status_code == 200
    request = StartRequest.objects.get()
    assert request.email == "hr@zorg.example" and request.organisation_name == "Zorg BV"
    assert request.sector == sectors["zorg"]
    assert request.recommended_phase == "explore"
    assert request.answers["support"] == "partly" and request.language == "nl"
    assert "We nemen contact met je op" in response.content.decode()


@pytest.mark.django_db
def test_contact_without_email_is_an_error_linked_to_the_field_and_stores_nothing(client, self_assessment):
    response = client.post(self_assessment.url, {**answers(), "contact_me": "on"})
    assert response.status_code == 200
    assert StartRequest.objects.count() == 0
    html = response.content.decode()
    assert "Vul je e-mailadres in" in html
    assert 'aria-describedby="id_email-error' in html and 'aria-invalid="true"' in html
    assert 'href="#id_email"' in html
    assert "recommendation" not in response.context


@pytest.mark.django_db
def test_tampered_answers_and_unknown_sector_are_rejected_not_a_500(client, self_assessment):
    response = client.post(self_assessment.url, {**answers(support="misschien"), "sector": "bestaat-niet"})
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"support", "sector"}
    assert StartRequest.objects.count() == 0


@pytest.mark.django_db
def test_form_page_renders_every_question_with_a_label(client, self_assessment):
    response = client.get(self_assessment.url)
    html = response.content.decode()
    assert response.status_code == 200
    for key in ALL_YES:
        assert f'<label for="id_{key}_0"' in html
    assert '<label for="id_email">' in html


@pytest.mark.django_db
def test_start_requests_are_a_snippet_in_the_admin(client, superuser, self_assessment):
    StartRequest.objects.create(email="a@example.org", organisation_name="Voorbeeld BV", recommended_phase="explore")
    client.force_login(superuser)
    response = client.get("/admin/snippets/methodology/startrequest/")
    assert response.status_code == 200
    assert "Voorbeeld BV" in response.content.decode()
