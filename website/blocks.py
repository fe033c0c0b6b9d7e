"""StreamField blocks shared by every page type that has free-form content."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Kop"))
    level = blocks.ChoiceBlock(choices=[("h2", "H2"), ("h3", "H3")], default="h2", label=_("Niveau"))

    class Meta:
        icon = "title"
        template = "website/blocks/heading_block.html"
        description = _("Een tussenkop om de tekst in stukken te delen")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("tip", _("Tip")), ("pitfall", _("Valkuil")), ("note", _("Let op"))],
        default="tip",
        label=_("Soort"),
    )
    title = blocks.CharBlock(required=False, label=_("Titel"))
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ul"], label=_("Tekst"))

    class Meta:
        icon = "warning"
        template = "website/blocks/callout_block.html"
        description = _("Een opvallend kader met een tip of een valkuil")


class CardBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"))
    text = blocks.TextBlock(label=_("Korte tekst"))
    page = blocks.PageChooserBlock(label=_("Link naar pagina"))

    class Meta:
        icon = "link"
        template = "website/blocks/card_block.html"


class CardGridBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, label=_("Kop"))
    cards = blocks.ListBlock(CardBlock(), label=_("Kaarten"))

    class Meta:
        icon = "grip"
        template = "website/blocks/card_grid_block.html"
        description = _("Een rij kaarten die naar andere pagina's leiden")


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Afbeelding"))
    caption = blocks.CharBlock(required=False, label=_("Onderschrift"))

    class Meta:
        icon = "image"
        template = "website/blocks/image_with_caption_block.html"
        description = _("Een afbeelding met beschrijving en onderschrift")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Citaat"))
    attribution = blocks.CharBlock(required=False, label=_("Wie zegt het"))

    class Meta:
        icon = "openquote"
        template = "website/blocks/quote_block.html"
        description = _("Wat een collega of ambassadeur zegt")


class BodyStreamBlock(blocks.StreamBlock):
    """The general-purpose body used by home and content pages."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "document-link", "ol", "ul", "h3"], label=_("Tekst")
    )
    callout = CalloutBlock()
    image = ImageWithCaptionBlock()
    quote = QuoteBlock()
    cards = CardGridBlock()
