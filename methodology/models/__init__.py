"""Implementation guides, the self-assessment for starting organisations, and research publications."""

from .guides import GuideDownload, GuideEvidence, GuideIndexPage, GuidePage, guides_under  # noqa: F401
from .research import (  # noqa: F401
    PublicationAuthor,
    PublicationDocument,
    PublicationPage,
    ResearchIndexPage,
    publications_under,
)
from .start import SelfAssessmentPage, StartRequest  # noqa: F401
from .taxonomy import PHASE_ORDER, Level, Phase, PublicationType, Theme  # noqa: F401
