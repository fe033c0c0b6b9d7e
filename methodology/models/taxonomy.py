"""The vocabularies guides and publications are filed under: phase, level, publication type and theme.

Phases and levels come from the implementation guide in the domain brief and are fixed; changing them
would break shared filter URLs, so they are choices. Themes are editable snippets, because researchers
add themes as the study goes on.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from website.models import BilingualName


class Phase(models.TextChoices):
    """The six implementation phases, in the order an organisation goes through them.

    Keys are English, labels Dutch (translated): the keys reach URLs and exports (website/legacy_keys.py
    maps the Dutch keys used before).
    """

    EXPLORE = "explore", _("Verkennen")
    PREPARE = "prepare", _("Voorbereiden")
    RECRUIT = "recruit", _("Werven en selecteren")
    TRAIN = "train", _("Opleiden")
    DEPLOY = "deploy", _("Inzetten")
    SUSTAIN = "sustain", _("Borgen")


PHASE_ORDER = [value for value, _label in Phase.choices]


class Level(models.TextChoices):
    """Where the work happens: the ambassador and colleagues, the organisation, or sector and country."""

    MICRO = "micro", _("Micro: ambassadeur en collega's")
    MESO = "meso", _("Meso: de organisatie")
    MACRO = "macro", _("Macro: sector en landelijk")


class PublicationType(models.TextChoices):
    ARTICLE = "article", _("Artikel")
    REPORT = "report", _("Rapport")
    FACTSHEET = "factsheet", _("Factsheet")
    PRESENTATION = "presentation", _("Presentatie")


class Theme(BilingualName):
    """A research theme (reach, effect, embedding …) used to tag and filter publications."""

    slug = models.SlugField(
        _("slug"),
        unique=True,
        help_text=_("Vaste Engelse sleutel, bijvoorbeeld reach. Staat ook in links met filters."),
    )

    class Meta(BilingualName.Meta):
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")
