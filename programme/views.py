"""Views of the programme. Rules live in `programme.progress` and `programme.access`; views stay thin."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from wagtail.models import Locale

from website import roles

from . import access, emails, progress
from .forms import AcceptInvitationForm, InvitationForm, KnowledgeCheckForm, ReflectionForm, SelfAssessmentForm
from .models import (
    CONSENT_TEXT_VERSION,
    AmbassadorProfile,
    Certificate,
    Invitation,
    KnowledgeCheckAnswer,
    LessonPage,
    ModuleCompletion,
    ModulePage,
    ReflectionAnswer,
    SelfAssessment,
)

# --- Helpers ---------------------------------------------------------------------------------------


def get_lesson(lesson_key):
    """The live lesson with this key in the active language, else in any language."""
    lessons = list(LessonPage.objects.live().filter(translation_key=lesson_key).select_related("locale"))
    if not lessons:
        raise Http404(_("Deze les bestaat niet (meer)."))
    active = Locale.get_active()
    return next((lesson for lesson in lessons if lesson.locale_id == active.pk), lessons[0])


def require_participant(request):
    if not access.can_track_progress(request.user):
        raise PermissionDenied(_("Alleen deelnemers aan het programma kunnen hun voortgang bijhouden."))


def lesson_redirect(request, lesson, anchor=""):
    url = lesson.get_url(request) or "/"
    return HttpResponseRedirect(url + (f"#{anchor}" if anchor else ""))


def find_block(lesson, block_id, block_type):
    for block in lesson.body:
        if block.id == block_id and block.block_type == block_type:
            return block
    raise Http404(_("Deze vraag staat niet (meer) in de les."))


# --- Progress actions (POST only, CSRF-protected by the middleware) ---------------------------------


@login_required
@require_POST
def complete_lesson(request, lesson_key):
    require_participant(request)
    lesson = get_lesson(lesson_key)
    _progress, completion = progress.complete_lesson(request.user, lesson)
    if completion is not None and completion.completed_at >= _progress.completed_at:
        messages.success(request, _("Goed gedaan! Je hebt deze module afgerond."))
    else:
        messages.success(request, _("Les gemarkeerd als afgerond."))
    return lesson_redirect(request, lesson, "voortgang")


@login_required
@require_POST
def undo_lesson(request, lesson_key):
    require_participant(request)
    lesson = get_lesson(lesson_key)
    if progress.undo_lesson(request.user, lesson):
        messages.info(request, _("De les staat weer open."))
    return lesson_redirect(request, lesson, "voortgang")


@login_required
@require_POST
def save_reflection(request, lesson_key, block_id):
    require_participant(request)
    lesson = get_lesson(lesson_key)
    find_block(lesson, block_id, "reflection")
    form = ReflectionForm(request.POST)
    if not form.is_valid():
        for error in form.errors["answer"]:
            messages.error(request, error)
        return lesson_redirect(request, lesson, f"blok-{block_id}")
    ReflectionAnswer.objects.update_or_create(
        user=request.user,
        lesson_key=lesson.translation_key,
        block_id=block_id,
        defaults={"answer": form.cleaned_data["answer"]},
    )
    messages.success(request, _("Je antwoord is bewaard. Alleen jij kunt het zien."))
    return lesson_redirect(request, lesson, f"blok-{block_id}")


@login_required
@require_POST
def answer_knowledge_check(request, lesson_key, block_id):
    require_participant(request)
    lesson = get_lesson(lesson_key)
    block = find_block(lesson, block_id, "knowledge_check")
    options = block.value["options"]
    form = KnowledgeCheckForm(request.POST, option_count=len(options))
    if not form.is_valid():
        for error in form.errors["option"]:
            messages.error(request, error)
        return lesson_redirect(request, lesson, f"blok-{block_id}")
    chosen = form.cleaned_data["option"]
    KnowledgeCheckAnswer.objects.create(
        user=request.user,
        lesson_key=lesson.translation_key,
        block_id=block_id,
        chosen_option=chosen,
        is_correct=bool(options[chosen]["is_correct"]),
    )
    return lesson_redirect(request, lesson, f"blok-{block_id}")


@login_required
@require_http_methods(["GET", "POST"])
def self_assessment(request, module_key, moment):
    require_participant(request)
    if moment not in SelfAssessment.Moment.values:
        raise Http404
    modules = list(ModulePage.objects.live().filter(translation_key=module_key))
    if not modules:
        raise Http404(_("Deze module bestaat niet (meer)."))
    active = Locale.get_active()
    module = next((module for module in modules if module.locale_id == active.pk), modules[0])
    existing = SelfAssessment.objects.filter(user=request.user, module_key=module_key, moment=moment).first()
    if existing is not None:
        messages.info(request, _("Je hebt deze vragenlijst al ingevuld. Dank je wel!"))
        return redirect(module.get_url(request))
    if (
        moment == SelfAssessment.Moment.AFTER
        and not ModuleCompletion.objects.filter(user=request.user, module_key=module_key).exists()
    ):
        messages.info(request, _("Deze vragen kun je invullen als je de module hebt afgerond."))
        return redirect(module.get_url(request))
    form = SelfAssessmentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        assessment = form.save(commit=False)
        assessment.user = request.user
        assessment.module_key = module_key
        assessment.moment = moment
        try:
            with transaction.atomic():
                assessment.save()
        except IntegrityError:
            pass  # a double submit: the unique constraint kept the first answers
        messages.success(request, _("Dank je wel! Je antwoorden zijn bewaard."))
        return redirect(module.get_url(request))
    return render(
        request,
        "programme/self_assessment.html",
        {
            "module": module,
            "moment": moment,
            "form": form,
            "is_before": moment == SelfAssessment.Moment.BEFORE,
        },
        status=400 if request.method == "POST" else 200,
    )


# --- Mijn leerpad, certificate, consent ------------------------------------------------------------


@never_cache
@login_required
def my_path(request):
    profile = AmbassadorProfile.objects.filter(user=request.user).select_related("organisation", "cohort").first()
    if profile is None:
        return render(request, "programme/my_path_no_profile.html")
    request.user._programme_profile_cache = profile
    state = progress.programme_state(request.user)
    next_lesson = state.next_lesson()
    return render(
        request,
        "programme/my_path.html",
        {
            "profile": profile,
            "state": state,
            "next_lesson": next_lesson,
            "can_invite": access.can_invite(request.user),
        },
    )


@never_cache
@login_required
def certificate(request):
    profile = access.get_profile(request.user)
    if profile is None:
        raise PermissionDenied
    state = progress.programme_state(request.user)
    if not state.is_complete:
        messages.info(request, _("Je certificaat komt hier als je alle verplichte modules hebt afgerond."))
        return redirect("programme:my_path")
    issued = Certificate.issue(request.user, state.completed_at)
    verify_url = request.build_absolute_uri(reverse("programme:verify_certificate", args=[issued.number]))
    return render(
        request,
        "programme/certificate.html",
        {
            "profile": profile,
            "state": state,
            "certificate": issued,
            "verify_url": verify_url,
        },
    )


@login_required
@require_POST
def certificate_visibility(request):
    """The owner's switch: may anyone with the number check the certificate?"""
    issued = Certificate.objects.filter(user=request.user).first()
    if issued is None:
        raise Http404(_("Je hebt nog geen certificaat."))
    choice = request.POST.get("is_public")
    if choice not in ("yes", "no"):
        messages.error(request, _("Kies of iedereen met het nummer je certificaat mag controleren."))
        return redirect("programme:certificate")
    Certificate.objects.filter(pk=issued.pk).update(is_public=choice == "yes")
    if choice == "yes":
        messages.success(request, _("Iedereen met het nummer kan nu zien dat je certificaat echt is."))
    else:
        messages.success(
            request, _("Niemand kan je certificaat nu nog online controleren. Je kunt dit altijd weer aanzetten.")
        )
    return redirect("programme:certificate")


@never_cache
@require_GET
def verify_certificate(request, number):
    """Public and minimal: name, programme, completion date and validity. Never cached, never indexed."""
    issued = Certificate.objects.filter(number=number.upper(), is_public=True).select_related("user").first()
    programme = progress.find_programme() if issued is not None else None
    response = render(
        request,
        "programme/certificate_verify.html",
        {
            "certificate": issued,
            "number": number,
            "programme": programme,
        },
        status=200 if issued is not None else 404,
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def consent(request):
    profile = access.get_profile(request.user)
    if profile is None:
        raise PermissionDenied
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "give":
            profile.give_consent()
            messages.success(request, _("Dank je wel. Je doet mee aan het onderzoek."))
        elif action == "withdraw":
            if profile.has_research_consent:
                profile.withdraw_consent()
            messages.success(
                request, _("Je toestemming is ingetrokken. De onderzoekers gebruiken je gegevens niet meer.")
            )
        else:
            messages.error(request, _("Kies of je wel of niet meedoet aan het onderzoek."))
            return render(
                request, "programme/consent.html", {"profile": profile, "version": CONSENT_TEXT_VERSION}, status=400
            )
        return redirect("programme:consent")
    return render(
        request,
        "programme/consent.html",
        {
            "profile": profile,
            "version": CONSENT_TEXT_VERSION,
            "events": profile.consent_events.all(),
        },
    )


# --- Invitations ---------------------------------------------------------------------------------


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def invitations(request):
    if not access.can_invite(request.user):
        raise PermissionDenied(_("Alleen coördinatoren en het programmateam kunnen mensen uitnodigen."))
    organisations = access.invitation_organisations(request.user)
    form = InvitationForm(
        request.POST or None, organisations=organisations, allow_coordinators=access.is_programme_team(request.user)
    )
    if request.method == "POST":
        if form.is_valid():
            invitation, token = form.create_invitation(created_by=request.user)
            link = request.build_absolute_uri(_reverse_accept(token))
            address = form.cleaned_data["email"]
            mailed = bool(address) and emails.send_invitation(invitation, link, address, request.user)
            return render(
                request,
                "programme/invitation_created.html",
                {
                    "invitation": invitation,
                    "link": link,
                    "address": address,
                    "mailed": mailed,
                },
            )
        status = 400
    else:
        status = 200
    listing = Invitation.objects.filter(organisation__in=organisations).select_related(
        "organisation", "cohort", "used_by", "created_by"
    )[:100]
    return render(request, "programme/invitations.html", {"form": form, "invitations": listing}, status=status)


def _reverse_accept(token):
    return reverse("programme:accept_invitation", kwargs={"token": token})


@login_required
@require_POST
def revoke_invitation(request, pk):
    if not access.can_invite(request.user):
        raise PermissionDenied
    invitation = Invitation.objects.filter(
        pk=pk, organisation__in=access.invitation_organisations(request.user)
    ).first()
    if invitation is None:
        raise Http404
    if invitation.is_usable:
        Invitation.objects.filter(pk=pk, used_at__isnull=True).update(revoked_at=timezone.now())
        messages.success(request, _("De uitnodiging is ingetrokken. De link werkt niet meer."))
    return redirect("programme:invitations")


@never_cache
@require_http_methods(["GET", "POST"])
def accept_invitation(request, token):
    invitation = Invitation.objects.for_token(token).select_related("organisation", "cohort").first()
    if invitation is None or not invitation.is_usable:
        return render(
            request, "programme/invitation_invalid.html", {"invitation": invitation}, status=410 if invitation else 404
        )
    if request.user.is_authenticated:
        messages.info(
            request, _("Je bent al ingelogd. Log eerst uit om een nieuw account te maken met deze uitnodiging.")
        )
        return redirect("programme:my_path")
    form = AcceptInvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            # Lock the invitation: two people opening the same link at once cannot both use it.
            locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
            if not locked.is_usable:
                return render(request, "programme/invitation_invalid.html", {"invitation": locked}, status=410)
            user = form.save()
            group = roles.COORDINATORS if locked.kind == AmbassadorProfile.Kind.COORDINATOR else roles.AMBASSADORS
            user.groups.add(Group.objects.get_or_create(name=group)[0])
            profile = AmbassadorProfile.objects.create(
                user=user,
                kind=locked.kind,
                organisation=locked.organisation,
                cohort=locked.cohort,
            )
            if form.cleaned_data["research_consent"] == "yes":
                profile.give_consent()
            locked.used_at = timezone.now()
            locked.used_by = user
            locked.save(update_fields=["used_at", "used_by"])
        login(request, user, backend="website.security.ProfileModelBackend")
        messages.success(request, _("Welkom! Je account is klaar. Hier zie je jouw leerpad."))
        return redirect("programme:my_path")
    return render(
        request,
        "programme/invitation_accept.html",
        {"invitation": invitation, "form": form},
        status=400 if request.method == "POST" else 200,
    )
