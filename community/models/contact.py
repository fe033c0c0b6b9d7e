"""Contact form for organisations that want to start with learning ambassadors (Wagtail's form builder).

Spam protection: a honeypot field that people never see, and a limit on submissions per IP address
(`community.ratelimit`). Submissions are stored (Wagtail admin → Forms) and e-mailed to `to_address`.
"""

import logging

from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import FormBuilder
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

logger = logging.getLogger(__name__)

# The honeypot's name looks attractive to bots; people never see the field.
HONEYPOT_FIELD = "website_url"


class ContactFormBuilder(FormBuilder):
    """Dropdowns start empty ("Maak een keuze"), so nobody sends the first option by accident."""

    def create_dropdown_field(self, field, options):
        field_ = super().create_dropdown_field(field, options)
        field_.choices = [("", _("Maak een keuze"))] + list(field_.choices)
        return field_


class ContactFormField(TranslatableMixin, AbstractFormField):
    """One question on the contact form; translatable so the English form asks in English."""

    page = ParentalKey("community.ContactPage", on_delete=models.CASCADE, related_name="form_fields")

    # The same key in every language, so Dutch and English submissions line up in one table.
    override_translatable_fields = [SynchronizedField("clean_name")]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("formulierveld")


class ContactPage(AbstractEmailForm):
    """Organisations that want to start send their question here; editors read submissions under Forms."""

    form_builder = ContactFormBuilder
    intro = RichTextField(_("introductie"), blank=True, features=["bold", "italic", "link", "ul"])
    thank_you_text = RichTextField(_("tekst na versturen"), blank=True, features=["bold", "italic", "link"])

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Formuliervelden")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail"),
        ),
    ]
    override_translatable_fields = [
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
    ]

    parent_page_types = ["website.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("contactformulier")

    def serve(self, request, *args, **kwargs):
        from community.ratelimit import contact_rate_limit

        if request.method == "POST":
            limit = contact_rate_limit(request, self)
            if limit.exceeded:
                context = self.get_context(request)
                context["form"] = self.get_form(request.POST, page=self, user=request.user)
                context["rate_limited"] = True
                context["retry_minutes"] = limit.retry_minutes
                response = TemplateResponse(request, self.get_template(request), context, status=429)
                response["Retry-After"] = str(limit.retry_seconds)
                return response
            if request.POST.get(HONEYPOT_FIELD):
                # Most likely a bot: answer as if all went well, but store and send nothing.
                logger.info("Contact form honeypot filled in; submission dropped.")
                return self.render_landing_page(request)
        return super().serve(request, *args, **kwargs)
