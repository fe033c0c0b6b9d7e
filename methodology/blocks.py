"""StreamField blocks for implementation guides: steps, a checklist and an example from practice.

Tips and pitfalls reuse `website.blocks.CalloutBlock` so they look the same across the site.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from website.blocks import CalloutBlock, HeadingBlock, ImageWithCaptionBlock, QuoteBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Wat doe je?"))
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, required=False, label=_("Uitleg"))
    who = blocks.CharBlock(
        required=False, label=_("Wie doet het?"), help_text=_("Bijvoorbeeld: HR, de ambassadeur, de OR.")
    )

    class Meta:
        icon = "arrow-right"


class StepsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, label=_("Kop"), help_text=_("Leeg laten voor ‘Stappen’."))
    steps = blocks.ListBlock(StepBlock(), label=_("Stappen"), min_num=1)

    class Meta:
        icon = "list-ol"
        template = "methodology/blocks/steps_block.html"
        description = _("Genummerde stappen, in de volgorde waarin je ze zet")


class ChecklistBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, label=_("Kop"), help_text=_("Leeg laten voor ‘Checklist’."))
    items = blocks.ListBlock(blocks.CharBlock(label=_("Punt")), label=_("Punten"), min_num=1)

    class Meta:
        icon = "tasks"
        template = "methodology/blocks/checklist_block.html"
        description = _("Een lijst om af te vinken, ook op papier")


class OrganisationExampleBlock(blocks.StructBlock):
    """How one participating organisation did it; only with the organisation's permission."""

    organisation = blocks.CharBlock(
        label=_("Organisatie"), help_text=_("Alleen noemen als de organisatie dat goed vindt.")
    )
    sector = blocks.CharBlock(required=False, label=_("Sector"))
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Wat deden ze?"))
    quote = blocks.TextBlock(required=False, label=_("Citaat"))
    attribution = blocks.CharBlock(required=False, label=_("Wie zegt het"))

    class Meta:
        icon = "group"
        template = "methodology/blocks/example_block.html"
        description = _("Een voorbeeld uit een organisatie die meedoet")


class GuideStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES + ["h3"], label=_("Tekst"))
    steps = StepsBlock()
    checklist = ChecklistBlock()
    callout = CalloutBlock()
    example = OrganisationExampleBlock()
    quote = QuoteBlock()
    image = ImageWithCaptionBlock()
