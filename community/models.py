"""Sectors and participating organisations: the context every other record hangs off."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Province(models.TextChoices):
    GRONINGEN = "GR", "Groningen"
    FRIESLAND = "FR", "Friesland"
    DRENTHE = "DR", "Drenthe"
    OVERIJSSEL = "OV", "Overijssel"
    FLEVOLAND = "FL", "Flevoland"
    GELDERLAND = "GE", "Gelderland"
    UTRECHT = "UT", "Utrecht"
    NOORD_HOLLAND = "NH", "Noord-Holland"
    ZUID_HOLLAND = "ZH", "Zuid-Holland"
    ZEELAND = "ZE", "Zeeland"
    NOORD_BRABANT = "NB", "Noord-Brabant"
    LIMBURG = "LI", "Limburg"


class SizeClass(models.TextChoices):
    SMALL = "small", _("klein (tot 50 medewerkers)")
    MEDIUM = "medium", _("middelgroot (50 tot 250 medewerkers)")
    LARGE = "large", _("groot (250 medewerkers of meer)")


class Sector(models.Model):
    """A branch of the economy; guides, organisations and exports are grouped by it."""

    slug = models.SlugField(_("slug"), unique=True, help_text=_("Vaste sleutel, ook in de onderzoeksexports."))
    name = models.CharField(_("naam"), max_length=100, unique=True)
    name_en = models.CharField(_("naam (Engels)"), max_length=100, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("sector")
        verbose_name_plural = _("sectoren")

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        if (get_language() or "nl").startswith("en") and self.name_en:
            return self.name_en
        return self.name


class Organisation(models.Model):
    """An employer that takes part in the programme with its own ambassadors."""

    name = models.CharField(_("naam"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), unique=True, help_text=_("Vaste sleutel, ook in de onderzoeksexports."))
    sector = models.ForeignKey(Sector, on_delete=models.PROTECT, related_name="organisations", verbose_name=_("sector"))
    province = models.CharField(_("provincie"), max_length=2, choices=Province.choices)
    size_class = models.CharField(_("grootte"), max_length=10, choices=SizeClass.choices)
    ambassadors_since = models.DateField(_("werkt met leerambassadeurs sinds"), null=True, blank=True)
    listed_publicly = models.BooleanField(
        _("openbaar tonen"), default=False,
        help_text=_("Alleen aanvinken als de organisatie heeft ingestemd met vermelding op de website."),
    )
    story = models.TextField(_("kort verhaal"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")

    def __str__(self):
        return self.name
