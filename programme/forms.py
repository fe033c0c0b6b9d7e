"""Forms of the programme: self-assessment, reflection, knowledge check, invitations and sign-up."""

import datetime

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from website.widgets import LongSelect

from .models import AmbassadorProfile, Cohort, Invitation, SelfAssessment
from .models.progress import SELF_ASSESSMENT_QUESTIONS

SCALE = [
    (1, _("1 – helemaal niet")),
    (2, _("2")),
    (3, _("3")),
    (4, _("4")),
    (5, _("5 – helemaal wel")),
]


class SelfAssessmentForm(forms.ModelForm):
    class Meta:
        model = SelfAssessment
        fields = list(SELF_ASSESSMENT_QUESTIONS)
        widgets = {name: forms.RadioSelect(choices=SCALE) for name in SELF_ASSESSMENT_QUESTIONS}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in SELF_ASSESSMENT_QUESTIONS:
            self.fields[name] = forms.TypedChoiceField(
                label=SELF_ASSESSMENT_QUESTIONS[name],
                choices=SCALE,
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={"required": _("Kies een getal van 1 tot 5.")},
            )


class ReflectionForm(forms.Form):
    answer = forms.CharField(
        label=_("Jouw antwoord"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=5000,
        strip=True,
        error_messages={
            "required": _("Schrijf eerst een antwoord."),
            "max_length": _("Je antwoord is te lang. Houd het korter dan 5000 tekens."),
        },
    )


class KnowledgeCheckForm(forms.Form):
    option = forms.TypedChoiceField(
        coerce=int,
        choices=(),
        error_messages={"required": _("Kies eerst een antwoord."), "invalid_choice": _("Kies een van de antwoorden.")},
    )

    def __init__(self, *args, option_count=0, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["option"].choices = [(index, str(index)) for index in range(option_count)]


class InvitationForm(forms.ModelForm):
    valid_days = forms.IntegerField(
        label=_("Hoeveel dagen is de link geldig?"),
        min_value=1,
        max_value=60,
        initial=14,
        error_messages={"min_value": _("Kies minimaal 1 dag."), "max_value": _("Kies maximaal 60 dagen.")},
    )

    email = forms.EmailField(
        label=_("E-mailadres (niet verplicht)"),
        required=False,
        help_text=_("Vul je dit in, dan mailen we de link naar je collega. We bewaren het adres niet."),
        error_messages={"invalid": _("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl. Of laat het leeg.")},
    )

    class Meta:
        model = Invitation
        fields = ["organisation", "cohort", "kind", "note"]
        widgets = {"organisation": LongSelect}  # the programme team chooses from every organisation

    def __init__(self, *args, organisations, allow_coordinators=False, **kwargs):
        super().__init__(*args, **kwargs)
        organisation = self.fields["organisation"]
        organisation.queryset = organisations
        organisation.error_messages["required"] = _("Kies voor welke organisatie je iemand uitnodigt.")
        if organisations.count() == 1:
            # A coordinator invites for their own organisation only: nothing to choose.
            organisation.empty_label = None
            organisation.help_text = _("Je nodigt een collega uit voor je eigen organisatie.")
        else:
            # The programme team must choose: an untouched form must not invite for the first name in the list.
            organisation.empty_label = _("Kies een organisatie")
        cohort = self.fields["cohort"]
        cohort.queryset = Cohort.objects.all()
        cohort.required = False
        cohort.empty_label = _("Nog geen cohort")
        cohort.help_text = _(
            "Kies je niets, dan start je collega zonder cohort. Het programmateam kan het later invullen."
        )
        if not allow_coordinators:
            # Coordinators invite ambassadors; only the programme team invites coordinators.
            self.fields["kind"].choices = [(AmbassadorProfile.Kind.AMBASSADOR, AmbassadorProfile.Kind.AMBASSADOR.label)]

    def save(self, commit=True):
        raise NotImplementedError("Use create_invitation(): the token must be generated with the row.")

    def create_invitation(self, created_by):
        fields = {name: self.cleaned_data[name] for name in self.Meta.fields}
        expires_at = timezone.now() + datetime.timedelta(days=self.cleaned_data["valid_days"])
        return Invitation.create_with_token(created_by=created_by, expires_at=expires_at, **fields)


class AcceptInvitationForm(UserCreationForm):
    """Create the account that goes with an invitation. Research consent is asked explicitly, yes or no."""

    CONSENT_CHOICES = [
        ("yes", _("Ja, ik doe mee aan het onderzoek")),
        ("no", _("Nee, ik doe niet mee aan het onderzoek")),
    ]

    first_name = forms.CharField(label=_("Voornaam"), max_length=150)
    last_name = forms.CharField(label=_("Achternaam"), max_length=150)
    email = forms.EmailField(label=_("E-mailadres"), help_text=_("Nodig als je je wachtwoord vergeet."))
    research_consent = forms.ChoiceField(
        label=_("Mogen de onderzoekers je gegevens gebruiken?"),
        choices=CONSENT_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies ja of nee. Je kunt dit later altijd veranderen.")},
    )

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username", "first_name", "last_name", "email")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("Gebruikersnaam")
        self.fields["username"].help_text = _("Hiermee log je in. Gebruik letters, cijfers en @ . + - _")

    def clean_email(self):
        email = self.cleaned_data["email"]
        if get_user_model().objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                _("Er is al een account met dit e-mailadres. Log in of vraag een nieuw wachtwoord aan.")
            )
        return email
