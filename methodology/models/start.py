"""'Starten met leerambassadeurs': the self-assessment page and the contact requests it may create."""

from django.db import models, transaction
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from community.models import Sector

from ..translation_status import TranslationStatusMixin
from .taxonomy import Phase


class SelfAssessmentPage(TranslationStatusMixin, Page):
    """A handful of questions about the organisation; the answer is where to start and which guides to read.

    Answers are used for the advice on screen only. They are stored (as a StartRequest) only when the
    visitor ticks 'neem contact met mij op' and leaves an e-mail address.
    """

    intro = models.TextField(_("introductie"), blank=True)
    privacy_text = RichTextField(
        _("tekst over privacy"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Wordt bij het contactdeel van het formulier getoond."),
    )
    contact_text = RichTextField(
        _("tekst na contactverzoek"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Wat gebeurt er nu? Bijvoorbeeld: binnen vijf werkdagen belt of mailt iemand van het projectteam."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("privacy_text"), FieldPanel("contact_text")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["methodology.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("zelftest starten met leerambassadeurs")

    def recommended_guides(self, recommendation, sector=None, limit=4):
        """Guides for the recommended phase, the visitor's sector variant first, then the general ones."""
        from .guides import guides_under

        guides = guides_under(self.get_parent()).filter(phase=recommendation.phase)
        if sector is not None:
            guides = guides.filter(models.Q(sectors=sector) | models.Q(sectors__isnull=True)).distinct()
        guides = list(guides)
        if sector is not None:
            # Sector variants before the general guide; sort() keeps phase order otherwise.
            guides.sort(key=lambda guide: 0 if any(s.pk == sector.pk for s in guide.sectors.all()) else 1)
        return guides[:limit]

    def serve(self, request, *args, **kwargs):
        from ..assessment import SelfAssessmentForm, recommend

        context = self.get_context(request, *args, **kwargs)
        if request.method == "POST":
            form = SelfAssessmentForm(request.POST)
            if form.is_valid():
                answers = form.answers()
                recommendation = recommend(answers)
                sector = form.cleaned_data.get("sector")
                if form.cleaned_data["contact_me"]:
                    with transaction.atomic():
                        StartRequest.objects.create(
                            name=form.cleaned_data["name"],
                            email=form.cleaned_data["email"],
                            organisation_name=form.cleaned_data["organisation_name"],
                            sector=sector,
                            answers=answers,
                            recommended_phase=recommendation.phase,
                            language=(get_language() or "nl")[:10],
                        )
                    context["contact_saved"] = True
                context.update(
                    recommendation=recommendation,
                    recommended_guides=self.recommended_guides(recommendation, sector),
                    sector=sector,
                )
                # The answers stay filled in so the visitor can change one and try again; contact details do not.
                form = SelfAssessmentForm(initial={"sector": sector.slug if sector else None, **answers})
            else:
                context["form_invalid"] = True
        else:
            form = SelfAssessmentForm()
        context["form"] = form
        return TemplateResponse(request, self.get_template(request, *args, **kwargs), context)


class StartRequest(models.Model):
    """An organisation that asked to be contacted after the self-assessment. Stored only on request."""

    created_at = models.DateTimeField(_("ontvangen op"), auto_now_add=True)
    name = models.CharField(_("naam"), max_length=120, blank=True)
    email = models.EmailField(_("e-mailadres"))
    organisation_name = models.CharField(_("organisatie"), max_length=200, blank=True)
    sector = models.ForeignKey(
        Sector, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("sector")
    )
    answers = models.JSONField(_("antwoorden"), default=dict)
    recommended_phase = models.CharField(_("aanbevolen fase"), max_length=30, choices=Phase.choices)
    language = models.CharField(_("taal"), max_length=10, default="nl")
    handled = models.BooleanField(_("afgehandeld"), default=False)
    notes = models.TextField(_("notities"), blank=True)

    panels = [
        FieldPanel("name", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("organisation_name", read_only=True),
        FieldPanel("sector", read_only=True),
        FieldPanel("recommended_phase", read_only=True),
        FieldPanel("answers", read_only=True),
        FieldPanel("handled"),
        FieldPanel("notes"),
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("aanvraag starten")
        verbose_name_plural = _("aanvragen starten")

    def __str__(self):
        return f"{self.organisation_name or self.email} ({self.created_at:%d-%m-%Y})" if self.created_at else self.email
