"""'Starten met leerambassadeurs': a short self-assessment that says where an organisation should start.

`recommend()` is plain Python on the cleaned answers so the rules are easy to read and to test. The
form only collects an e-mail address when the visitor asks to be contacted; nothing is stored otherwise.
"""

from dataclasses import dataclass, field

from django import forms
from django.utils.translation import gettext_lazy as _

from community.models import Sector

from .models.taxonomy import Phase

YES, PARTLY, NO = "yes", "partly", "no"
YES_NO = [(YES, _("Ja")), (NO, _("Nee"))]
YES_PARTLY_NO = [(YES, _("Ja")), (PARTLY, _("Deels")), (NO, _("Nee"))]

# (question key, phase it belongs to, what is still missing when the answer is not YES)
CHECKS = [
    ("support", Phase.EXPLORE, _("Directie, HR en ondernemingsraad staan nog niet (helemaal) achter het plan.")),
    (
        "facilities",
        Phase.PREPARE,
        _("Er is nog geen rolbeschrijving of er zijn nog geen uren voor ambassadeurs afgesproken."),
    ),
    ("ambassadors", Phase.RECRUIT, _("Er zijn nog geen leerambassadeurs gekozen.")),
    ("trained", Phase.TRAIN, _("De ambassadeurs hebben de opleiding nog niet (helemaal) gevolgd.")),
    ("active", Phase.DEPLOY, _("De ambassadeurs voeren nog geen gesprekken met collega's.")),
    ("embedded", Phase.SUSTAIN, _("De rol is nog niet vastgelegd in beleid, afspraken of budget.")),
]


@dataclass
class Recommendation:
    phase: str
    gaps: list = field(default_factory=list)  # [(phase, reason)] in phase order, the first one is `phase`
    all_done: bool = False

    @property
    def phase_label(self):
        return Phase(self.phase).label

    @property
    def later_gaps(self):
        return self.gaps[1:]


def recommend(answers):
    """Where to start: the first phase whose basic condition is not met yet.

    `answers` maps question keys to YES, PARTLY or NO. Missing keys count as NO. When every
    condition is met the organisation is in the sustain phase and the advice is to keep it that way.
    """
    gaps = [(phase.value, str(reason)) for key, phase, reason in CHECKS if answers.get(key) != YES]
    if not gaps:
        return Recommendation(phase=Phase.SUSTAIN.value, gaps=[], all_done=True)
    return Recommendation(phase=gaps[0][0], gaps=gaps)


class SelfAssessmentForm(forms.Form):
    support = forms.ChoiceField(
        label=_("Staan directie, HR en ondernemingsraad achter het plan om met leerambassadeurs te werken?"),
        choices=YES_PARTLY_NO,
        widget=forms.RadioSelect,
    )
    facilities = forms.ChoiceField(
        label=_("Is er een rolbeschrijving en zijn er uren afgesproken voor de ambassadeurs?"),
        choices=YES_NO,
        widget=forms.RadioSelect,
    )
    ambassadors = forms.ChoiceField(
        label=_("Zijn er al leerambassadeurs gekozen?"),
        choices=[(YES, _("Ja")), (PARTLY, _("Er zijn kandidaten")), (NO, _("Nee"))],
        widget=forms.RadioSelect,
    )
    trained = forms.ChoiceField(
        label=_("Hebben de ambassadeurs de opleiding gevolgd?"),
        choices=[(YES, _("Ja")), (PARTLY, _("Ze zijn bezig")), (NO, _("Nee"))],
        widget=forms.RadioSelect,
    )
    active = forms.ChoiceField(
        label=_("Voeren de ambassadeurs al gesprekken met collega's over leren?"),
        choices=YES_NO,
        widget=forms.RadioSelect,
    )
    embedded = forms.ChoiceField(
        label=_("Staat de rol vast in het HR-beleid, een leerafspraak of de cao, met een eigen budget?"),
        choices=YES_PARTLY_NO,
        widget=forms.RadioSelect,
    )
    sector = forms.ModelChoiceField(
        label=_("In welke sector werkt je organisatie?"),
        queryset=Sector.objects.all(),
        required=False,
        empty_label=_("Zeg ik liever niet"),
        to_field_name="slug",
        help_text=_("Dan tonen we handleidingen voor je sector eerst."),
    )
    contact_me = forms.BooleanField(
        label=_("Neem contact met mij op over starten met leerambassadeurs"),
        required=False,
        help_text=_("Alleen als je dit aanvinkt, bewaren we je antwoorden en je e-mailadres."),
    )
    name = forms.CharField(label=_("Je naam"), max_length=120, required=False)
    email = forms.EmailField(label=_("Je e-mailadres"), required=False)
    organisation_name = forms.CharField(label=_("Naam van je organisatie"), max_length=200, required=False)

    QUESTION_FIELDS = [key for key, _phase, _reason in CHECKS]
    CONTACT_FIELDS = ["name", "email", "organisation_name"]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("contact_me") and not cleaned.get("email") and "email" not in self.errors:
            self.add_error("email", _("Vul je e-mailadres in, dan kunnen we contact met je opnemen."))
        return cleaned

    def full_clean(self):
        super().full_clean()
        # Link each error to its field for screen readers, next to the help text Django already links.
        for name in self.errors:
            if name not in self.fields:
                continue
            bound = self[name]
            described_by = [f"{bound.auto_id}-error"]
            if self.fields[name].help_text:
                described_by.append(f"{bound.auto_id}_helptext")
            self.fields[name].widget.attrs.update({"aria-describedby": " ".join(described_by), "aria-invalid": "true"})

    def answers(self):
        return {key: self.cleaned_data[key] for key in self.QUESTION_FIELDS}

    def question_fields(self):
        return [self[name] for name in self.QUESTION_FIELDS]

    def contact_fields(self):
        return [self[name] for name in self.CONTACT_FIELDS]
