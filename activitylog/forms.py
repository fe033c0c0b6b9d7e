"""The activity form: short enough to fill in on a phone in under a minute.

The common entry, a conversation with one colleague, is two taps: the type, then *Opslaan* (the date is today
and one colleague is filled in). Outcomes, kind of learning and referral wait behind *Er is meer gebeurd*.
"""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import MAX_COUNT, OUTCOME_FIELDS, Activity

# Behind "Er is meer gebeurd": what only some activities have.
MORE_FIELDS = (*OUTCOME_FIELDS, "learning_kind", "referral_destination")


class ActivityForm(forms.ModelForm):
    """Date, type and counts; the rest is optional. Model.clean() adds the cross-field rules."""

    class Meta:
        model = Activity
        fields = [
            "date",
            "activity_type",
            "colleagues_reached",
            *OUTCOME_FIELDS,
            "learning_kind",
            "referral_destination",
            "private_note",
        ]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "activity_type": forms.RadioSelect,
            "private_note": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "colleagues_reached": _("Met hoeveel collega's had je contact? Een heel getal van 0 tot en met 500."),
            "learning_kind": _("Waar ging het vooral over?"),
            "referral_destination": _("Naar wie of wat heb je verwezen?"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance._state.adding:
            self.initial["colleagues_reached"] = 1
        today = timezone.localdate()
        self.fields["date"].widget.attrs["max"] = today.isoformat()
        self.fields["activity_type"].choices = [c for c in self.fields["activity_type"].choices if c[0] != ""]
        for name in ("colleagues_reached", *OUTCOME_FIELDS):
            widget = self.fields[name].widget
            # A number keypad on phones; the browser check is a help only, the server decides.
            widget.attrs.update({"inputmode": "numeric", "min": 0, "max": MAX_COUNT, "step": 1, "class": "count-input"})
        for name in ("learning_kind", "referral_destination"):
            self.fields[name].choices = [("", _("— niet van toepassing —")), *self.fields[name].choices[1:]]
        # Django renders aria-describedby (help text, errors) and aria-invalid for each field itself.

    @property
    def outcome_fields(self):
        return [self[name] for name in OUTCOME_FIELDS]

    @property
    def shows_more(self):
        """Open "Er is meer gebeurd" when anything in it is filled in or wrong: nothing entered is ever hidden."""
        return any(self[name].errors or str(self[name].value() or "0") != "0" for name in MORE_FIELDS)
