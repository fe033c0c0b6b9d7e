"""Pseudonyms for the research exports.

A pseudonym is the HMAC-SHA256 of a participant's internal id (the AmbassadorProfile primary key), keyed
with the secret ``EVALUATION_PSEUDONYM_KEY``. The same key gives the same pseudonym in every export, so the
researchers can link waves; without the key nobody can go back from a pseudonym to a person, and a new key
gives unrelated pseudonyms. The key is read from the Django settings if set there, otherwise from the
environment; exports refuse to run without it.
"""

import functools
import hashlib
import hmac
import os

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

KEY_NAME = "EVALUATION_PSEUDONYM_KEY"
MIN_KEY_LENGTH = 16
PSEUDONYM_LENGTH = 64  # hex digits of a SHA-256 digest
PSEUDONYM_PATTERN = "^[0-9a-f]{64}$"


class PseudonymKeyMissing(ImproperlyConfigured):
    """Raised when an export is asked for while no (usable) pseudonym key is configured."""

    message = _(
        "De sleutel voor pseudoniemen ontbreekt of is te kort. Stel EVALUATION_PSEUDONYM_KEY in "
        "(minimaal 16 tekens). Zonder deze sleutel maken we geen export."
    )

    def __init__(self, message=None):
        super().__init__(message or self.message)


def get_pseudonym_key():
    """The secret key as bytes; PseudonymKeyMissing when it is not set or too short to be a secret."""
    key = getattr(settings, KEY_NAME, None) or os.environ.get(KEY_NAME, "")
    key = key.strip() if isinstance(key, str) else key
    if not key or len(key) < MIN_KEY_LENGTH:
        raise PseudonymKeyMissing()
    return key.encode("utf-8") if isinstance(key, str) else bytes(key)


def pseudonymise(participant_id, key):
    """HMAC-SHA256 of the participant id (as decimal text) with ``key``, as 64 lowercase hex digits."""
    return hmac.new(key, str(int(participant_id)).encode("ascii"), hashlib.sha256).hexdigest()


class Pseudonymiser:
    """Callable that turns participant ids into pseudonyms for one export.

    A small LRU cache: event rows come ordered by participant, so almost every lookup hits, while memory
    stays bounded however many participants there are (an unbounded dict took ~5 MiB per 25,000).
    """

    CACHE_SIZE = 1024

    def __init__(self, key=None):
        self.key = key if key is not None else get_pseudonym_key()
        # The cached function itself, for row builders: a hit costs no Python call (exports at 1M rows).
        self.pseudonym = functools.lru_cache(maxsize=self.CACHE_SIZE)(self._pseudonymise)

    def _pseudonymise(self, participant_id):
        return pseudonymise(participant_id, self.key)

    def __call__(self, participant_id):
        return self.pseudonym(participant_id)


def organisation_code(organisation_id, key):
    """A stable keyed code for an organisation: HMAC-SHA256 of "organisation:<id>", 64 lowercase hex digits.

    The prefix keeps it apart from the participant pseudonyms, which are keyed on bare profile ids.
    """
    return hmac.new(key, f"organisation:{int(organisation_id)}".encode("ascii"), hashlib.sha256).hexdigest()
