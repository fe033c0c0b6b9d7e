"""The vocabularies guides and publications are filed under: phase, level, publication type and theme.

Phases and levels come from the implementation guide in the domain brief and are fixed; changing them
would break shared filter URLs, so they are choices. Themes are editable snippets, because researchers
add themes as the study goes on.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from website.models import BilingualName


class Phase(models.TextChoices):
    """The six implementation phases, in the order an organisation goes through them."""

    EXPLORE = "verkennen", _("Verkennen")
    PREPARE = "voorbereiden", _("Voorbereiden")
    RECRUIT = "werven-en-selecteren", _("Werven en selecteren")
    TRAIN = "opleiden", _("Opleiden")
    DEPLOY = "inzetten", _("Inzetten")
    SUSTAIN = "borgen", _("Borgen")


PHASE_ORDER = [value for value, _label in Phase.choices]


class Level(models.TextChoices):
    """Where the work happens: the ambassador and colleagues, the organisation, or sector and country."""

    MICRO = "micro", _("Micro: ambassadeur en collega's")
    MESO = "meso", _("Meso: de organisatie")
    MACRO = "macro", _("Macro: sector en landelijk")


class PublicationType(models.TextChoices):
    ARTICLE = "artikel", _("Artikel")
    REPORT = "rapport", _("Rapport")
    FACTSHEET = "factsheet", _("Factsheet")
    PRESENTATION = "presentatie", _("Presentatie")


class Theme(BilingualName):
    """A research theme (reach, effect, embedding …) used to tag and filter publications."""

    slug = models.SlugField(_("slug"), unique=True, help_text=_("Vaste sleutel, ook in links met filters."))

    class Meta(BilingualName.Meta):
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")
