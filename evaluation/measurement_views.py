"""The coordinator's side of the measurement waves, on the public site: the waves, and one form per wave.

The organisation is always the coordinator's own, taken from their profile and never from the URL, so a
coordinator of another organisation cannot reach this one's figures by changing an address. Never cached.
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from activitylog.views import CoordinatorRequiredMixin

from .measurement_forms import MeasurementForm
from .measurements import MeasurementLocked, check_editable, measurement_for, save_measurement, wave_state
from .models import MeasurementWave, OrganisationMeasurement


class MeasurementListView(CoordinatorRequiredMixin, TemplateView):
    template_name = "evaluation/measurements/list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        organisation = self.profile.organisation
        own = {m.wave_id: m for m in OrganisationMeasurement.objects.filter(organisation=organisation)}
        today = timezone.localdate()
        context.update(
            organisation=organisation,
            waves=[
                {"wave": wave, "state": wave_state(wave, today), "measurement": own.get(wave.pk)}
                for wave in MeasurementWave.objects.order_by("opens_on", "code")
            ],
        )
        return context


class MeasurementView(CoordinatorRequiredMixin, TemplateView):
    """GET: the form while the wave is open and nothing was submitted, else the figures read-only. POST: save."""

    template_name = "evaluation/measurements/form.html"

    def load(self):
        self.wave = get_object_or_404(MeasurementWave, code=self.kwargs["code"])
        self.organisation = self.profile.organisation
        self.measurement = measurement_for(self.organisation, self.wave)

    def get(self, request, *args, **kwargs):
        self.load()
        return self.render(self.form_if_editable())

    def form_if_editable(self):
        try:
            check_editable(self.measurement)
        except MeasurementLocked:
            return None
        return MeasurementForm(instance=self.measurement)

    def render(self, form, locked_message=None, status=200):
        return self.render_to_response(
            self.get_context_data(
                wave=self.wave,
                state=wave_state(self.wave),
                organisation=self.organisation,
                measurement=self.measurement if self.measurement.pk else None,
                form=form,
                locked_message=locked_message,
            ),
            status=status,
        )

    def post(self, request, *args, **kwargs):
        self.load()
        submitting = "submit" in request.POST
        try:
            check_editable(self.measurement)
        except MeasurementLocked as error:
            # Nothing is written; the page says why and shows what was stored.
            return self.render(None, locked_message=str(error), status=409)
        form = MeasurementForm(request.POST, instance=self.measurement, submitting=submitting)
        if not form.is_valid():
            return self.render(form, status=400)
        try:
            save_measurement(self.organisation, self.wave, form.figures(), request.user, submit=submitting)
        except MeasurementLocked as error:  # submitted or closed while the form was being filled in
            self.measurement = measurement_for(self.organisation, self.wave)
            return self.render(None, locked_message=str(error), status=409)
        if submitting:
            messages.success(request, _("Dank je wel! De meting is ingediend."))
            return redirect(reverse("evaluation:measurements"))
        messages.success(
            request, _("De meting is opgeslagen als concept. Je kunt later verder gaan en hem dan indienen.")
        )
        return redirect(reverse("evaluation:measurement", kwargs={"code": self.wave.code}))
