"""The coordinator's measurement form: whole numbers, parts never larger than their wholes, all filled in to submit."""

from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from .models import OrganisationMeasurement
from .models.measurements import EMBEDDING_FIELDS, REQUIRED_FOR_SUBMISSION

MAX_COUNT = 1_000_000
MAX_COMMENT = 2000

COUNT_MESSAGES = {
    "invalid": _("Vul een heel getal in, zonder komma of punt."),
    "min_value": _("Vul 0 of meer in."),
    "max_value": _("Dit getal is te groot. Vul een aantal tot en met 1.000.000 in."),
}

# (part, whole, message when the part is larger): the same pairs the database refuses.
PART_MESSAGES = [
    ("practically_educated_count", "headcount", _("Dit kan niet meer zijn dan het aantal medewerkers (%(whole)s).")),
    ("trained_count", "headcount", _("Dit kan niet meer zijn dan het aantal medewerkers (%(whole)s).")),
    (
        "practically_educated_trained_count",
        "practically_educated_count",
        _("Dit kan niet meer zijn dan het aantal praktisch opgeleide medewerkers (%(whole)s)."),
    ),
    (
        "practically_educated_trained_count",
        "trained_count",
        _("Dit kan niet meer zijn dan het aantal medewerkers dat een opleiding volgde (%(whole)s)."),
    ),
    ("active_ambassadors", "headcount", _("Dit kan niet meer zijn dan het aantal medewerkers (%(whole)s).")),
]

PHASE_HELP = {
    "exploration": _("Jullie zoeken uit of leerambassadeurs passen bij de organisatie."),
    "preparation": _("Jullie kiezen leerambassadeurs en maken afspraken."),
    "implementation": _("De leerambassadeurs zijn aan het werk."),
    "sustainment": _("Het werk van de leerambassadeurs hoort bij het gewone beleid."),
}


class MeasurementForm(forms.ModelForm):
    """`submitting=True` when the coordinator presses "Indienen": then every figure and the phase are required."""

    class Meta:
        model = OrganisationMeasurement
        fields = [*REQUIRED_FOR_SUBMISSION, "phase", *EMBEDDING_FIELDS, "comment"]
        labels = {
            "headcount": _("Hoeveel mensen werken er bij je organisatie?"),
            "practically_educated_count": _("Hoeveel van hen zijn praktisch opgeleid?"),
            "trained_count": _("Hoeveel medewerkers volgden de afgelopen 12 maanden een opleiding of training?"),
            "practically_educated_trained_count": _("Hoeveel van die medewerkers zijn praktisch opgeleid?"),
            "active_ambassadors": _("Hoeveel leerambassadeurs zijn nu actief?"),
            "facilitated_hours": _("Hoeveel uur kregen de leerambassadeurs in werktijd voor hun werk als ambassadeur?"),
            "phase": _("In welke fase zit je organisatie?"),
            "has_learning_agreement": _("Er zijn afspraken over leren, of er is leerbeleid."),
            "has_budget": _("Er is geld voor leren en voor de leerambassadeurs."),
            "has_time_off": _("Leerambassadeurs krijgen tijd in werktijd."),
            "has_management_sponsor": _("Iemand in de directie steunt de leerambassadeurs."),
            "has_successor_arrangement": _("Er zijn afspraken voor als de subsidie stopt."),
            "comment": _("Toelichting"),
        }
        help_texts = {
            "headcount": _("Tel mensen, niet fte. Neem de situatie van vandaag."),
            "practically_educated_count": _("Praktisch opgeleid: hoogstens een mbo-2-diploma, of geen diploma."),
            "trained_count": _(
                "Een opleiding, cursus of training met een begin en een eind. Niet: alleen leren tijdens het werk."
            ),
            "practically_educated_trained_count": _("Van de medewerkers die een opleiding volgden."),
            "active_ambassadors": _("Leerambassadeurs die de afgelopen 3 maanden met collega's spraken."),
            "facilitated_hours": _("Alle leerambassadeurs samen, de afgelopen 12 maanden, in hele uren."),
            "comment": _(
                "Wil je iets uitleggen? Schrijf geen namen, e-mailadressen of telefoonnummers op. "
                "Onderzoekers kunnen deze tekst lezen."
            ),
        }
        widgets = {
            "phase": forms.RadioSelect,
            "comment": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, submitting=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.submitting = submitting
        for name in REQUIRED_FOR_SUBMISSION:
            model_field = self.fields[name]
            self.fields[name] = forms.IntegerField(
                label=model_field.label,
                help_text=model_field.help_text,
                required=submitting,
                min_value=0,
                max_value=MAX_COUNT,
                error_messages={**COUNT_MESSAGES, "required": _("Vul dit in voordat je de meting indient.")},
                # A number keypad on phones; the browser's own check is a help only, the server decides.
                widget=forms.NumberInput(attrs={"inputmode": "numeric", "class": "count-input"}),
            )
        phase = self.fields["phase"]
        phase.required = submitting
        phase.choices = [(value, label) for value, label in phase.choices if value]
        phase.error_messages["required"] = _("Kies de fase waarin je organisatie nu zit.")
        comment = self.fields["comment"]
        comment.validators.append(MaxLengthValidator(MAX_COMMENT))
        comment.widget.attrs["maxlength"] = MAX_COMMENT
        comment.error_messages["max_length"] = _("Schrijf hoogstens 2000 tekens.")

    def clean(self):
        cleaned = super().clean()
        for part, whole, message in PART_MESSAGES:
            part_value, whole_value = cleaned.get(part), cleaned.get(whole)
            if (
                part_value is not None
                and whole_value is not None
                and part_value > whole_value
                and part not in self.errors
            ):
                self.add_error(part, message % {"whole": whole_value})
        return cleaned

    def figures(self):
        """The cleaned values to store on the measurement."""
        return {name: self.cleaned_data.get(name) for name in self.Meta.fields}

    @property
    def count_fields(self):
        return [self[name] for name in REQUIRED_FOR_SUBMISSION]

    @property
    def embedding_fields(self):
        return [self[name] for name in EMBEDDING_FIELDS]

    def phase_options(self):
        return [(radio, PHASE_HELP[radio.data["value"]]) for radio in self["phase"]]
