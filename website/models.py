"""The site's shell: the home page, plain content pages and site-wide settings."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BodyStreamBlock
from .sitecache import remember_per_language


class BilingualName(models.Model):
    """A short list item (sector, theme) named in Dutch with an English name for the English site."""

    name = models.CharField(_("naam"), max_length=100, unique=True)
    name_en = models.CharField(_("naam (Engels)"), max_length=100, blank=True)

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        if (get_language() or "nl").startswith("en") and self.name_en:
            return self.name_en
        return self.name

    @classmethod
    def filter_options(cls):
        """[(slug, name in the active language)] for a listing filter; cached until sectors or themes change."""
        return remember_per_language(
            f"options:{cls._meta.label}", lambda: [(item.slug, item.display_name) for item in cls.objects.all()]
        )


class HomePage(Page):
    """The front door: who the site is for and where each audience goes next."""

    intro = models.TextField(
        _("introductie"), blank=True, help_text=_("Eén of twee zinnen in eenvoudig Nederlands (B1).")
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("inhoud"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("startpagina")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.get_children().live().in_menu().public()
        return context


class StandardPage(Page):
    """A plain content page: about the programme, privacy statement, accessibility statement."""

    intro = models.TextField(_("introductie"), blank=True)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("inhoud"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("standaardpagina")


DEFAULT_DESCRIPTION = (
    "Leerambassadeurs zijn collega's die zelf weer zijn gaan leren en anderen op weg helpen. "
    "Hier vind je het programma, handleidingen voor organisaties en het onderzoek."
)
DEFAULT_DESCRIPTION_EN = (
    "Learning ambassadors are colleagues who went back to learning and help others get started. "
    "Here you find the programme, guides for organisations and the research."
)


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Footer, contact details and the links every page needs; editors change them without a deploy."""

    # Search engines show this under a page's title when the page has no search description or intro of its own.
    default_description = models.CharField(
        _("standaardomschrijving voor zoekmachines"),
        max_length=300,
        default=DEFAULT_DESCRIPTION,
        help_text=_(
            "Eén of twee zinnen. Zoekmachines tonen dit bij pagina's zonder eigen omschrijving of introductie."
        ),
    )
    default_description_en = models.CharField(
        _("standaardomschrijving voor zoekmachines (Engels)"),
        max_length=300,
        default=DEFAULT_DESCRIPTION_EN,
        help_text=_("Hetzelfde voor de Engelse pagina's."),
    )
    contact_email = models.EmailField(_("e-mailadres voor contact"), blank=True)
    contact_phone = models.CharField(_("telefoonnummer"), max_length=40, blank=True)
    footer_text = RichTextField(_("tekst in de voettekst"), blank=True, features=["bold", "italic", "link"])
    # Settings are not translated by wagtail-localize: the English text sits next to the Dutch one.
    footer_text_en = RichTextField(
        _("tekst in de voettekst (Engels)"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Voor de Engelse pagina's. Leeg laten: dan staat er op de Engelse pagina's geen tekst."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("privacyverklaring"),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("toegankelijkheidsverklaring"),
    )

    panels = [
        MultiFieldPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")], heading=_("Contact")),
        MultiFieldPanel([FieldPanel("footer_text"), FieldPanel("footer_text_en")], heading=_("Voettekst")),
        MultiFieldPanel([FieldPanel("privacy_page"), FieldPanel("accessibility_page")], heading=_("Verklaringen")),
        MultiFieldPanel(
            [FieldPanel("default_description"), FieldPanel("default_description_en")], heading=_("Zoekmachines")
        ),
    ]

    def description(self, language):
        """The default description in `language`."""
        return self.default_description_en if language.startswith("en") else self.default_description

    class Meta:
        verbose_name = _("site-instellingen")
