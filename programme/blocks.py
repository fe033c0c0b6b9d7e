"""StreamField blocks for lessons: everything a short online training session between shifts needs.

Two blocks are interactive and keep the ambassador's input: `ReflectionQuestionBlock` (a private
written answer, stored in `ReflectionAnswer`) and `KnowledgeCheckBlock` (multiple choice with
feedback per option; every answer is stored in `KnowledgeCheckAnswer`). Both are addressed by
the StreamField block id, which wagtail-localize keeps the same in the English translation, so
answers belong to the lesson and not to one language.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from website.blocks import CalloutBlock, ImageWithCaptionBlock, QuoteBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3"]


class VideoBlock(blocks.StructBlock):
    """An embedded video, always with a transcript: not everyone can play sound at work."""

    video = EmbedBlock(label=_("Video (link naar YouTube of Vimeo)"))
    title = blocks.CharBlock(required=False, label=_("Titel"))
    transcript = blocks.RichTextBlock(
        features=["bold", "italic", "ul", "ol"],
        label=_("Uitgeschreven tekst"),
        help_text=_("Verplicht: voor wie de video niet kan afspelen of niet kan horen."),
    )

    class Meta:
        icon = "media"
        template = "programme/blocks/video_block.html"
        description = _("Een video met de uitgeschreven tekst eronder")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(required=False, label=_("Titel van de link"))
    description = blocks.TextBlock(required=False, label=_("Korte uitleg"))

    class Meta:
        icon = "doc-full"
        template = "programme/blocks/document_block.html"
        description = _("Een document om te downloaden, zoals een werkblad")


class PracticeAssignmentBlock(blocks.StructBlock):
    """'In de praktijk': something to try on the shop floor before the next lesson."""

    title = blocks.CharBlock(default=_("In de praktijk"), label=_("Titel"))
    text = blocks.RichTextBlock(features=["bold", "italic", "ol", "ul", "link"], label=_("Opdracht"))
    duration = blocks.CharBlock(
        required=False, label=_("Hoeveel tijd kost het?"), help_text=_("Bijvoorbeeld: 15 minuten")
    )

    class Meta:
        icon = "pick"
        template = "programme/blocks/practice_assignment_block.html"
        description = _("Een opdracht om op de werkvloer te doen")


class ReflectionQuestionBlock(blocks.StructBlock):
    """A question the ambassador answers in writing; only they can see the answer."""

    question = blocks.TextBlock(label=_("Vraag"))
    help_text = blocks.CharBlock(required=False, label=_("Hulptekst"))

    class Meta:
        icon = "help"
        template = "programme/blocks/reflection_question_block.html"
        description = _("Een vraag om over na te denken; het antwoord is alleen voor de ambassadeur zelf")


class KnowledgeCheckOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Antwoord"))
    is_correct = blocks.BooleanBlock(required=False, label=_("Dit antwoord is goed"))
    feedback = blocks.TextBlock(label=_("Uitleg bij dit antwoord"))

    class Meta:
        icon = "radio-full"


class KnowledgeCheckBlock(blocks.StructBlock):
    """Multiple choice with feedback per option; every answer given is recorded (Kirkpatrick level 2)."""

    question = blocks.TextBlock(label=_("Vraag"))
    options = blocks.ListBlock(KnowledgeCheckOptionBlock(), min_num=2, max_num=6, label=_("Antwoorden"))

    class Meta:
        icon = "tasks"
        template = "programme/blocks/knowledge_check_block.html"
        description = _("Een meerkeuzevraag met uitleg bij elk antwoord")

    def clean(self, value):
        value = super().clean(value)
        if not any(option["is_correct"] for option in value["options"]):
            raise StructBlockValidationError(
                block_errors={"options": ValidationError(_("Kies minstens één goed antwoord."))}
            )
        return value


class StoryBlock(blocks.StructBlock):
    """A colleague's story: longer than a quote, with who they are."""

    name = blocks.CharBlock(
        label=_("Naam of omschrijving"), help_text=_("Bijvoorbeeld: Fatima, schoonmaker en ambassadeur")
    )
    story = blocks.RichTextBlock(features=["bold", "italic"], label=_("Verhaal"))
    image = ImageBlock(required=False, label=_("Foto"))

    class Meta:
        icon = "user"
        template = "programme/blocks/story_block.html"
        description = _("Het verhaal van een collega")


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("Titel"))
    items = blocks.ListBlock(blocks.CharBlock(label=_("Punt")), min_num=1, label=_("Punten"))

    class Meta:
        icon = "list-ul"
        template = "programme/blocks/checklist_block.html"
        description = _("Een lijst om af te vinken")


class LessonStreamBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Tekst"))
    video = VideoBlock()
    image = ImageWithCaptionBlock()
    document = DocumentBlock()
    practice = PracticeAssignmentBlock()
    reflection = ReflectionQuestionBlock()
    knowledge_check = KnowledgeCheckBlock()
    quote = QuoteBlock()
    story = StoryBlock()
    checklist = ChecklistBlock()
    callout = CalloutBlock()
