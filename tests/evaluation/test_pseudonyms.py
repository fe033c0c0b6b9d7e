import hashlib
import hmac

import pytest

from evaluation.pseudonyms import Pseudonymiser, PseudonymKeyMissing, get_pseudonym_key, pseudonymise

from .conftest import TEST_KEY


def test_pseudonym_is_hmac_sha256_of_the_participant_id_with_the_key():
    expected = hmac.new(TEST_KEY.encode(), b"42", hashlib.sha256).hexdigest()
    assert pseudonymise(42, get_pseudonym_key()) == expected
    assert len(expected) == 64


def test_pseudonym_is_stable_across_calls_and_exports():
    first, second = Pseudonymiser(), Pseudonymiser()
    assert first(7) == first(7) == second(7)


def test_a_different_key_gives_different_pseudonyms(settings):
    before = [Pseudonymiser()(pk) for pk in range(1, 20)]
    settings.EVALUATION_PSEUDONYM_KEY = "a-completely-different-secret-key"
    after = [Pseudonymiser()(pk) for pk in range(1, 20)]
    assert not set(before) & set(after)


def test_pseudonyms_of_different_participants_differ():
    pseudonymiser = Pseudonymiser()
    assert len({pseudonymiser(pk) for pk in range(1, 1000)}) == 999


def test_pseudonym_is_not_a_plain_hash_of_the_id():
    assert Pseudonymiser()(42) != hashlib.sha256(b"42").hexdigest()


def test_refuses_without_a_key(no_pseudonym_key):
    with pytest.raises(PseudonymKeyMissing, match="EVALUATION_PSEUDONYM_KEY"):
        Pseudonymiser()


def test_refuses_a_key_too_short_to_be_a_secret(settings):
    settings.EVALUATION_PSEUDONYM_KEY = "kort"
    with pytest.raises(PseudonymKeyMissing):
        get_pseudonym_key()


def test_reads_the_key_from_the_environment_when_not_in_settings(no_pseudonym_key, monkeypatch):
    monkeypatch.setenv("EVALUATION_PSEUDONYM_KEY", TEST_KEY)
    assert get_pseudonym_key() == TEST_KEY.encode()


def test_the_pseudonym_cache_is_bounded():
    pseudonymiser = Pseudonymiser()
    for pk in range(Pseudonymiser.CACHE_SIZE * 3):
        pseudonymiser(pk)
    assert pseudonymiser.pseudonym.cache_info().currsize == Pseudonymiser.CACHE_SIZE
    assert pseudonymiser(1) == pseudonymise(1, get_pseudonym_key())
