"""Django's password validators and password change form with our own Dutch texts.

Django's Dutch catalogue addresses people with "u" ("Uw oude wachtwoord is niet juist ingevoerd"), and
lacks the current wording of the too-short message (that one would show in English on a Dutch page).
The rules stay Django's; only the texts are ours, with Dutch message ids translated in locale/en like
every other interface text. Django's other account forms (login, forgotten password, new password,
sign-up) say nothing with "u" (tests/website/test_one_language.py renders them all with their errors).
"""

from django.contrib.auth import forms as auth_forms
from django.contrib.auth import password_validation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    def get_error_message(self):
        return ngettext(
            "Dit wachtwoord is te kort. Gebruik minstens %(min_length)d teken.",
            "Dit wachtwoord is te kort. Gebruik minstens %(min_length)d tekens.",
            self.min_length,
        ) % {"min_length": self.min_length}

    def get_help_text(self):
        return ngettext(
            "Je wachtwoord heeft minstens %(min_length)d teken.",
            "Je wachtwoord heeft minstens %(min_length)d tekens.",
            self.min_length,
        ) % {"min_length": self.min_length}


class UserAttributeSimilarityValidator(password_validation.UserAttributeSimilarityValidator):
    def get_error_message(self):
        # Django fills in the field's name, e.g. "gebruikersnaam".
        return _("Dit wachtwoord lijkt te veel op je %(verbose_name)s.")

    def get_help_text(self):
        return _("Je wachtwoord lijkt niet op je naam, gebruikersnaam of e-mailadres.")


class CommonPasswordValidator(password_validation.CommonPasswordValidator):
    def get_error_message(self):
        return _("Dit wachtwoord wordt te vaak gebruikt. Kies een ander wachtwoord.")

    def get_help_text(self):
        return _("Je wachtwoord is geen veelgebruikt wachtwoord.")


class NumericPasswordValidator(password_validation.NumericPasswordValidator):
    def get_error_message(self):
        return _("Dit wachtwoord bestaat alleen uit cijfers. Gebruik ook letters.")

    def get_help_text(self):
        return _("Je wachtwoord bestaat niet alleen uit cijfers.")


class PasswordChangeForm(auth_forms.PasswordChangeForm):
    """Django's form for Wachtwoord veranderen (website/urls.py), with "je" in its error message."""

    error_messages = {
        **auth_forms.PasswordChangeForm.error_messages,
        "password_incorrect": gettext_lazy("Je oude wachtwoord klopt niet. Vul het opnieuw in."),
    }
