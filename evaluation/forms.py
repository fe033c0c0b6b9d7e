"""The export form, shared by the admin view and the `export_evaluation` command, so both check input alike."""

from django import forms
from django.utils.translation import gettext_lazy as _

from community.models import Organisation, Sector, SizeClass
from programme.models import Cohort
from website import legacy_keys

from .dashboard import Selection
from .datasets import ExportFilters, available_datasets
from .exports import ALL_DATASETS, FORMATS


def dataset_choices():
    choices = [(d.name, f"{d.title} ({d.name})") for d in available_datasets()]
    return choices + [(ALL_DATASETS, _("Alle datasets samen (alleen als datapakket)"))]


class SlugChoiceField(forms.ModelChoiceField):
    """Chooses an object by its slug; an unknown slug gets a message that names it."""

    def __init__(self, queryset, unknown_message, **kwargs):
        super().__init__(queryset, to_field_name="slug", required=False, **kwargs)
        self.error_messages["invalid_choice"] = unknown_message


class ExportForm(forms.Form):
    dataset = forms.ChoiceField(label=_("Dataset"), choices=dataset_choices)
    export_format = forms.ChoiceField(
        label=_("Formaat"),
        choices=[(key, label) for key, label in FORMATS.items()],
        initial="csv",
        widget=forms.RadioSelect,
    )
    date_from = forms.DateField(
        label=_("Vanaf (datum)"),
        required=False,
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Eerste dag van de periode, bijvoorbeeld 2025-01-31. Leeg = vanaf het begin."),
        error_messages={"invalid": _("Vul een geldige datum in, zoals 2025-01-31.")},
    )
    date_to = forms.DateField(
        label=_("Tot en met (datum)"),
        required=False,
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Laatste dag van de periode. Leeg = tot en met vandaag."),
        error_messages={"invalid": _("Vul een geldige datum in, zoals 2025-12-31.")},
    )
    organisation = SlugChoiceField(
        Organisation.objects.order_by("name"),
        _("Deze organisatie bestaat niet: %(value)s."),
        label=_("Organisatie"),
        empty_label=_("Alle organisaties"),
    )
    sector = SlugChoiceField(
        Sector.objects.order_by("name"),
        _("Deze sector bestaat niet: %(value)s."),
        label=_("Sector"),
        empty_label=_("Alle sectoren"),
    )
    cohort = SlugChoiceField(
        Cohort.objects.order_by("-start_date", "name"),
        _("Dit cohort bestaat niet: %(value)s."),
        label=_("Cohort"),
        empty_label=_("Alle cohorten"),
    )
    include_comments = forms.BooleanField(
        label=_("Toelichtingen meenemen (metingen per organisatie)"),
        required=False,
        help_text=_(
            "Vrije tekst van coördinatoren. E-mailadressen en telefoonnummers worden onleesbaar gemaakt, "
            "maar er kunnen nog namen in staan. Alleen aanvinken als je de tekst nodig hebt."
        ),
    )

    def __init__(self, data=None, *args, **kwargs):
        # Scripts written before the sector keys became English (--sector schoonmaak) keep working.
        super().__init__(legacy_keys.with_current_sector(data, dict(Sector.filter_options())), *args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        date_from, date_to = cleaned.get("date_from"), cleaned.get("date_to")
        if date_from and date_to and date_from > date_to:
            self.add_error("date_to", _("De einddatum ligt voor de begindatum. Kies een latere einddatum."))
        if cleaned.get("dataset") == ALL_DATASETS and cleaned.get("export_format") not in (None, "datapackage"):
            self.add_error(
                "dataset", _("Alle datasets samen kan alleen als datapakket. Kies één dataset of het datapakket.")
            )
        return cleaned

    def get_filters(self):
        data = self.cleaned_data
        return ExportFilters(
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
            organisation=data.get("organisation"),
            sector=data.get("sector"),
            cohort=data.get("cohort"),
            include_comments=bool(data.get("include_comments")),
        )

    def error_lines(self):
        """Plain-text errors, one per line, for the command line."""
        lines = []
        for name, errors in self.errors.items():
            label = self.fields[name].label if name in self.fields else ""
            for error in errors:
                lines.append(f"{label}: {error}" if label else str(error))
        return lines


class DashboardFilterForm(forms.Form):
    """The research dashboard's filters, read from the query string. Empty fields mean 'all'.

    The choices come from lists every page already caches (sectors) or from code (size classes), so the form
    costs no query.
    """

    sector = forms.ChoiceField(
        label=_("Sector"), required=False, error_messages={"invalid_choice": _("Deze sector bestaat niet: %(value)s.")}
    )
    size_class = forms.ChoiceField(
        label=_("Grootte van de organisatie"),
        required=False,
        choices=[("", _("Alle groottes")), *SizeClass.choices],
        error_messages={"invalid_choice": _("Deze grootte bestaat niet: %(value)s.")},
    )
    date_from = forms.DateField(
        label=_("Vanaf (datum)"),
        required=False,
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Vul een geldige datum in, zoals 2025-01-31.")},
    )
    date_to = forms.DateField(
        label=_("Tot en met (datum)"),
        required=False,
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Vul een geldige datum in, zoals 2025-12-31.")},
    )

    wave = forms.ChoiceField(
        label=_("Meetronde"),
        required=False,
        help_text=_("De periode sinds de vorige meetronde. Of kies zelf datums."),
        error_messages={"invalid_choice": _("Deze meetronde bestaat niet: %(value)s.")},
    )

    field_order = ["sector", "size_class", "wave", "date_from", "date_to"]

    def __init__(self, data=None, *args, waves=(), **kwargs):
        """`waves`: every MeasurementWave, in order (evaluation.dashboard.measurement_waves)."""
        sectors = Sector.filter_options()
        # Links made before the sector keys became English (?sector=zorg-en-welzijn) still filter.
        super().__init__(legacy_keys.with_current_sector(data, dict(sectors)), *args, **kwargs)
        self.waves = {wave.code: wave for wave in waves}
        self.fields["sector"].choices = [("", _("Alle sectoren")), *sectors]
        self.fields["wave"].choices = [("", _("Geen meetronde")), *((w.code, str(w)) for w in waves)]

    def clean(self):
        cleaned = super().clean()
        date_from, date_to = cleaned.get("date_from"), cleaned.get("date_to")
        if date_from and date_to and date_from > date_to:
            self.add_error("date_to", _("De einddatum ligt voor de begindatum. Kies een latere einddatum."))
        if cleaned.get("wave") and (date_from or date_to):
            self.add_error("wave", _("Kies een meetronde of datums, niet allebei."))
        return cleaned

    def selection(self):
        data = self.cleaned_data
        filters = {"sector": data.get("sector") or None, "size_class": data.get("size_class") or None}
        if data.get("wave"):
            return Selection.for_wave(self.waves[data["wave"]], list(self.waves.values()), **filters)
        return Selection(start=data.get("date_from"), end=data.get("date_to"), **filters)
