"""Meetups and intervision sessions for ambassadors, with registration and a waiting list.

Registering, cancelling and moving up the waiting list happen in `community.registration`, under a row
lock on the meetup, so two people registering at the same moment can never both take the last place.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from community.panels import RegistrationsPanel
from website.blocks import BodyStreamBlock
from website.routing import FewerPageQueriesMixin, ViewRestrictionsInOneQueryMixin

ARCHIVE_PAGE_SIZE = 10


class MeetupIndexPage(FewerPageQueriesMixin, Page):
    """Upcoming meetups first; past meetups stay findable in the archive below them."""

    intro = models.TextField(_("introductie"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["website.HomePage"]
    subpage_types = ["community.MeetupPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("overzicht bijeenkomsten")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        meetups = MeetupPage.objects.child_of(self).live().public()
        context["upcoming"] = meetups.filter(end_at__gte=now).with_confirmed_count().order_by("start_at")
        archive = meetups.filter(end_at__lt=now).order_by("-start_at")
        context["archive"] = Paginator(archive, ARCHIVE_PAGE_SIZE).get_page(request.GET.get("archief"))
        return context


class MeetupPageQuerySet(PageQuerySet):
    def with_confirmed_count(self):
        """Annotate `confirmed_count` in the same query, for the meetup in any language.

        Registrations hang off one page per meetup (the original); translations share its
        translation_key, so counting by translation_key gives the same number in Dutch and English.
        """
        confirmed = (
            MeetupRegistration.objects.filter(
                meetup__translation_key=OuterRef("translation_key"),
                status=MeetupRegistration.Status.CONFIRMED,
            )
            .order_by()
            .values("meetup__translation_key")
            .annotate(total=Count("pk"))
            .values("total")
        )
        return self.annotate(confirmed_count=Coalesce(Subquery(confirmed), 0))

    def with_canonical_id(self):
        """Annotate `canonical_id`: the page holding the registrations (the oldest translation)."""
        oldest = MeetupPage.objects.filter(translation_key=OuterRef("translation_key")).order_by("pk").values("pk")[:1]
        return self.annotate(canonical_id=Subquery(oldest))


class MeetupPage(ViewRestrictionsInOneQueryMixin, Page):
    """One meetup or intervision session: when, where (a place or an online link) and how many can join."""

    class Kind(models.TextChoices):
        MEETUP = "meetup", _("bijeenkomst")
        INTERVISION = "intervision", _("intervisie")

    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices, default=Kind.MEETUP)
    start_at = models.DateTimeField(_("begint op"))
    end_at = models.DateTimeField(_("eindigt op"))
    location = models.CharField(
        _("plaats"),
        max_length=255,
        blank=True,
        help_text=_("Adres en plaats. Leeg laten als het alleen online is."),
    )
    online_url = models.URLField(
        _("link voor online meedoen"),
        blank=True,
        help_text=_("Alleen aangemelde deelnemers zien deze link."),
    )
    capacity = models.PositiveIntegerField(_("aantal plaatsen"), default=20)
    intro = models.TextField(_("korte beschrijving"), blank=True)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("programma"))

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("start_at"), FieldPanel("end_at")], heading=_("Wanneer")),
        MultiFieldPanel([FieldPanel("location"), FieldPanel("online_url")], heading=_("Waar")),
        FieldPanel("capacity"),
        FieldPanel("intro"),
        FieldPanel("body"),
        RegistrationsPanel(),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    override_translatable_fields = [SynchronizedField("online_url")]

    parent_page_types = ["community.MeetupIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(MeetupPageQuerySet)()

    class Meta:
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")

    def clean(self):
        super().clean()
        errors = {}
        if self.start_at and self.end_at and self.end_at <= self.start_at:
            errors["end_at"] = _("De bijeenkomst moet eindigen na het begin.")
        if not self.location.strip() and not self.online_url:
            errors["location"] = _("Vul een plaats in, een link voor online meedoen, of allebei.")
        if self.capacity is not None and self.capacity < 1:
            errors["capacity"] = _("Er moet minstens één plaats zijn.")
        elif self.capacity is not None and self.pk:
            confirmed = MeetupRegistration.objects.filter(
                meetup__translation_key=self.translation_key,
                status=MeetupRegistration.Status.CONFIRMED,
            ).count()
            if self.capacity < confirmed:
                errors["capacity"] = _(
                    "Er zijn al %(count)s mensen aangemeld. Kies minstens %(count)s plaatsen, "
                    "of vraag eerst mensen om zich af te melden."
                ) % {"count": confirmed}
        if errors:
            raise ValidationError(errors)

    @property
    def is_past(self):
        return self.end_at < timezone.now()

    @property
    def registration_open(self):
        return self.start_at > timezone.now()

    def get_canonical_meetup_id(self):
        """Registrations belong to one page per meetup, whichever language it was opened in."""
        from community.registration import canonical_meetup_id

        return canonical_meetup_id(self)

    def get_context(self, request, *args, **kwargs):
        from community.registration import registration_summary

        context = super().get_context(request, *args, **kwargs)
        context.update(registration_summary(self, request.user))
        return context


class MeetupRegistration(models.Model):
    """A place at a meetup, or a place on its waiting list. One per person per meetup (database constraint)."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("aangemeld")
        WAITING = "waiting", _("op de wachtlijst")

    meetup = models.ForeignKey(
        MeetupPage,
        on_delete=models.CASCADE,
        related_name="registrations",
        verbose_name=_("bijeenkomst"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="meetup_registrations",
        verbose_name=_("deelnemer"),
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    created_at = models.DateTimeField(_("aangemeld op"), default=timezone.now)
    promoted_at = models.DateTimeField(_("van de wachtlijst gehaald op"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        constraints = [
            models.UniqueConstraint(fields=["user", "meetup"], name="community_registration_one_per_user"),
        ]
        indexes = [models.Index(fields=["meetup", "status", "created_at"], name="community_reg_queue_idx")]

    def __str__(self):
        return f"{self.user} – {self.meetup} ({self.get_status_display()})"
