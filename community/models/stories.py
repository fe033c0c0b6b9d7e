"""Leerverhalen: stories of ambassadors and colleagues, published only with recorded consent."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from website.blocks import BodyStreamBlock


class StoryIndexPage(Page):
    """All stories, newest first."""

    intro = models.TextField(_("introductie"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["website.HomePage"]
    subpage_types = ["community.StoryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("overzicht leerverhalen")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["stories"] = (
            StoryPage.objects.child_of(self)
            .live()
            .public()
            .select_related("organisation__sector", "photo")
            .prefetch_related("photo__renditions")
            .order_by("-first_published_at", "-pk")
        )
        return context


class StoryPage(Page):
    """The learning story of an ambassador or a colleague, with photo and quote.

    The person must have agreed to publication. Who gave consent and when is recorded on the page
    itself, and the page cannot be saved without it (see `clean`).
    """

    person_name = models.CharField(
        _("naam of schuilnaam"),
        max_length=100,
        help_text=_("Zoals de persoon genoemd wil worden, bijvoorbeeld alleen een voornaam."),
    )
    person_role = models.CharField(
        _("wie is het"),
        max_length=150,
        blank=True,
        help_text=_("Bijvoorbeeld: leerambassadeur in de schoonmaak, of: collega in de thuiszorg."),
    )
    organisation = models.ForeignKey(
        "community.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stories",
        verbose_name=_("organisatie"),
        help_text=_("Alleen invullen als de organisatie openbaar genoemd mag worden."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("foto"),
        help_text=_("Geef de foto een beschrijving (alt-tekst) in de afbeeldingenbibliotheek."),
    )
    quote = models.TextField(_("citaat"), help_text=_("Eén of twee zinnen in de eigen woorden van de persoon."))
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("verhaal"))
    consent_date = models.DateField(_("toestemming gegeven op"), null=True, blank=True)
    consent_given_by = models.CharField(
        _("toestemming gegeven door"),
        max_length=150,
        blank=True,
        help_text=_("Naam van de persoon in het verhaal (en op de foto) die toestemming gaf."),
    )
    consent_note = models.CharField(
        _("waar staat de toestemming"),
        max_length=255,
        blank=True,
        help_text=_("Bijvoorbeeld: getekend formulier in het projectdossier."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("person_name"), FieldPanel("person_role"), FieldPanel("organisation"), FieldPanel("photo")],
            heading=_("Over de persoon"),
        ),
        FieldPanel("quote"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("consent_date"), FieldPanel("consent_given_by"), FieldPanel("consent_note")],
            heading=_("Toestemming"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("quote"),
        index.SearchField("body"),
        index.SearchField("person_role"),
    ]
    # Consent is a fact about the person, not text to translate: keep it identical in every language.
    override_translatable_fields = [
        SynchronizedField("person_name"),
        SynchronizedField("consent_given_by"),
        SynchronizedField("consent_note"),
    ]

    parent_page_types = ["community.StoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("leerverhaal")
        verbose_name_plural = _("leerverhalen")

    @property
    def has_consent(self):
        return bool(self.consent_date and self.consent_given_by.strip())

    def clean(self):
        super().clean()
        errors = {}
        if not self.consent_date:
            errors["consent_date"] = _("Vul in wanneer de persoon toestemming gaf. Zonder toestemming geen verhaal.")
        elif self.consent_date > timezone.localdate():
            errors["consent_date"] = _("De datum van de toestemming kan niet in de toekomst liggen.")
        if not self.consent_given_by.strip():
            errors["consent_given_by"] = _("Vul in wie toestemming gaf. Zonder toestemming geen verhaal.")
        if errors:
            raise ValidationError(errors)
