"""Admin panel on a meetup's edit page: who registered and who is on the waiting list (read only, moderators)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from website.roles import MODERATORS, in_group


class RegistrationsPanel(Panel):
    """Lists the registrations; changes go through the site (lock + waiting list), never through this form."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Aanmeldingen"))
        super().__init__(**kwargs)

    @property
    def clean_name(self):
        return super().clean_name or "registrations"

    class BoundPanel(Panel.BoundPanel):
        template_name = "community/panels/registrations_panel.html"

        def is_shown(self):
            # Who registered is personal data: moderators organise meetups and need it, editors writing the
            # page do not (the same rule as for contact-form submissions).
            user = self.request.user
            return user.is_superuser or in_group(user, MODERATORS)

        def get_context_data(self, parent_context=None):
            from community.models import MeetupRegistration

            context = super().get_context_data(parent_context)
            registrations = []
            if self.instance and self.instance.pk:
                registrations = list(
                    MeetupRegistration.objects.filter(meetup__translation_key=self.instance.translation_key)
                    .select_related("user__ambassador_profile__organisation")
                    .order_by("status", "created_at", "pk")
                )
            context["registrations"] = registrations
            context["confirmed"] = [r for r in registrations if r.status == "confirmed"]
            context["waiting"] = [r for r in registrations if r.status == "waiting"]
            return context
