"""Reflection answers (private), knowledge checks (every attempt kept), self-assessments and consent."""

import pytest
from django.urls import reverse

from programme import progress
from programme.models import ConsentEvent, KnowledgeCheckAnswer, ReflectionAnswer, SelfAssessment
from tests.conftest import PASSWORD

from .conftest import english


def block_id(lesson, block_type):
    return next(block.id for block in lesson.body if block.block_type == block_type)


def login(client, user):
    client.login(username=user.username, password=PASSWORD)


@pytest.mark.django_db
def test_reflection_answer_is_visible_only_to_its_author(client, ambassador, other_ambassador, coordinator, lesson):
    reflection = block_id(lesson, "reflection")
    login(client, ambassador)
    response = client.post(
        reverse("programme:save_reflection", args=[lesson.translation_key, reflection]),
        {"answer": "Mijn geheime gedachte"},
    )
    assert response.status_code == 302 and response["Location"].endswith(f"#blok-{reflection}")
    assert "Mijn geheime gedachte" in client.get(lesson.url).content.decode()
    for other in (other_ambassador, coordinator):
        login(client, other)
        assert "Mijn geheime gedachte" not in client.get(lesson.url).content.decode()
    client.logout()
    assert "Mijn geheime gedachte" not in client.get(lesson.url).content.decode()


@pytest.mark.django_db
def test_saving_a_reflection_again_updates_the_one_answer(client, ambassador, lesson):
    reflection = block_id(lesson, "reflection")
    login(client, ambassador)
    url = reverse("programme:save_reflection", args=[lesson.translation_key, reflection])
    client.post(url, {"answer": "Eerste versie"})
    client.post(url, {"answer": "Tweede versie"})
    assert list(ReflectionAnswer.objects.values_list("answer", flat=True)) == ["Tweede versie"]


@pytest.mark.django_db
def test_reflection_answer_follows_the_lesson_into_english(client, ambassador, lesson):
    reflection = block_id(lesson, "reflection")
    login(client, ambassador)
    client.post(
        reverse("programme:save_reflection", args=[lesson.translation_key, reflection]), {"answer": "Tweetalig"}
    )
    assert "Tweetalig" in client.get(english(lesson).url).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("answer", ["", "   ", "x" * 5001])
def test_empty_or_too_long_reflection_is_refused(client, ambassador, lesson, answer):
    login(client, ambassador)
    response = client.post(
        reverse("programme:save_reflection", args=[lesson.translation_key, block_id(lesson, "reflection")]),
        {"answer": answer},
        follow=True,
    )
    assert response.status_code == 200
    assert "message--error" in response.content.decode()
    assert not ReflectionAnswer.objects.exists()


@pytest.mark.django_db
def test_reflection_for_an_unknown_block_is_404(client, ambassador, lesson):
    login(client, ambassador)
    response = client.post(
        reverse("programme:save_reflection", args=[lesson.translation_key, "bestaat-niet"]), {"answer": "Iets"}
    )
    assert response.status_code == 404
    assert not ReflectionAnswer.objects.exists()


@pytest.mark.django_db
def test_knowledge_check_keeps_every_attempt_and_shows_feedback(client, ambassador, lesson):
    check = block_id(lesson, "knowledge_check")
    url = reverse("programme:answer_knowledge_check", args=[lesson.translation_key, check])
    login(client, ambassador)
    client.post(url, {"option": "0"})
    assert "Helaas, dat klopt niet." in client.get(lesson.url).content.decode()
    client.post(url, {"option": "1"})
    html = client.get(lesson.url).content.decode()
    assert "Ja, dat klopt." in html and "Helaas" not in html
    answers = list(KnowledgeCheckAnswer.objects.order_by("answered_at").values_list("chosen_option", "is_correct"))
    assert answers == [(0, False), (1, True)]


@pytest.mark.django_db
@pytest.mark.parametrize("option", ["", "7", "-1", "abc"])
def test_invalid_knowledge_check_answers_are_refused(client, ambassador, lesson, option):
    login(client, ambassador)
    url = reverse(
        "programme:answer_knowledge_check", args=[lesson.translation_key, block_id(lesson, "knowledge_check")]
    )
    response = client.post(url, {"option": option}, follow=True)
    assert "message--error" in response.content.decode()
    assert not KnowledgeCheckAnswer.objects.exists()


SCORES = {"confidence_role": 2, "confidence_conversation": 3, "confidence_referral": 1, "confidence_support": 4}


@pytest.mark.django_db
def test_self_assessment_before_a_module(client, ambassador, modules):
    login(client, ambassador)
    url = reverse("programme:self_assessment", args=[modules[0].translation_key, "before"])
    assert client.get(url).status_code == 200
    assert client.post(url, SCORES).status_code == 302
    row = SelfAssessment.objects.get(user=ambassador)
    assert row.moment == "before" and row.confidence_referral == 1
    # A second submit does not overwrite the first answers.
    client.post(url, {**SCORES, "confidence_referral": 5})
    assert SelfAssessment.objects.get(user=ambassador).confidence_referral == 1


@pytest.mark.django_db
def test_self_assessment_after_needs_a_completed_module(client, ambassador, modules, lessons):
    login(client, ambassador)
    url = reverse("programme:self_assessment", args=[modules[0].translation_key, "after"])
    assert client.post(url, SCORES).status_code == 302
    assert not SelfAssessment.objects.exists()
    for lesson in lessons:
        progress.complete_lesson(ambassador, lesson)
    client.post(url, SCORES)
    assert SelfAssessment.objects.get(user=ambassador).moment == "after"


@pytest.mark.django_db
@pytest.mark.parametrize("bad", [{"confidence_role": 6}, {"confidence_role": 0}, {"confidence_role": ""}])
def test_self_assessment_scores_outside_the_scale_are_refused(client, ambassador, modules, bad):
    login(client, ambassador)
    url = reverse("programme:self_assessment", args=[modules[0].translation_key, "before"])
    response = client.post(url, {**SCORES, **bad})
    assert response.status_code == 400
    assert 'aria-invalid="true"' in response.content.decode() or "errorlist" in response.content.decode()
    assert not SelfAssessment.objects.exists()


@pytest.mark.django_db
def test_self_assessment_unknown_moment_is_404(client, ambassador, modules):
    login(client, ambassador)
    assert (
        client.get(reverse("programme:self_assessment", args=[modules[0].translation_key, "tijdens"])).status_code
        == 404
    )


@pytest.mark.django_db
def test_consent_can_be_withdrawn_and_given_again(client, ambassador):
    login(client, ambassador)
    profile = ambassador.ambassador_profile
    assert profile.has_research_consent
    url = reverse("programme:consent")
    assert client.get(url).status_code == 200
    client.post(url, {"action": "withdraw"})
    profile.refresh_from_db()
    assert not profile.has_research_consent and profile.research_consent_withdrawn_at is not None
    client.post(url, {"action": "give"})
    profile.refresh_from_db()
    assert profile.has_research_consent
    assert list(ConsentEvent.objects.filter(profile=profile).values_list("action", flat=True)) == [
        "given",
        "withdrawn",
        "given",
    ]


@pytest.mark.django_db
def test_consent_with_an_unknown_action_changes_nothing(client, ambassador):
    login(client, ambassador)
    response = client.post(reverse("programme:consent"), {"action": "misschien"})
    assert response.status_code == 400
    assert ConsentEvent.objects.filter(profile__user=ambassador).count() == 1


@pytest.mark.django_db
def test_consent_page_needs_a_profile(client, researcher):
    login(client, researcher)
    assert client.get(reverse("programme:consent")).status_code == 403
