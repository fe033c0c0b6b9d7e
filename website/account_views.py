"""Mijn gegevens: a logged-in person sees what the site keeps about them, downloads it, or deletes the account.

Every view needs a login and is never cached (the pages are personal). The downloads are GET (nothing changes);
deleting is a POST with the CSRF token and the account's password, and runs in one transaction
(`website.account_data.delete_account`).
"""

from django import forms
from django.contrib import messages
from django.contrib.auth import authenticate, logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from programme.models import AmbassadorProfile

from . import account_data


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=gettext_lazy("Je wachtwoord"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=gettext_lazy("Zo weten we zeker dat jij het bent."),
        error_messages={"required": gettext_lazy("Vul je wachtwoord in.")},
    )

    def __init__(self, *args, request=None, **kwargs):
        self.request = request
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        user = self.request.user
        # authenticate() with the request: the login throttle (django-axes) counts wrong passwords here too.
        checked = authenticate(self.request, username=user.get_username(), password=password)
        if checked is None or checked.pk != user.pk:
            raise forms.ValidationError(
                _("Dit wachtwoord klopt niet. Je account is niet verwijderd."), code="wrong_password"
            )
        return password


def profile_of(user):
    """The ambassador or coordinator profile, for the pages' word on research consent (staff have none)."""
    return AmbassadorProfile.objects.filter(user=user).first()


def _attachment(content, content_type, filename):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def _filename(extension):
    return f"mijn-gegevens-{timezone.localdate():%Y-%m-%d}.{extension}"


@never_cache
@login_required
@require_GET
def overview(request):
    counts = account_data.counts(request.user)
    kinds = [{"key": kind.key, "label": kind.label, "count": counts[kind.key]} for kind in account_data.kinds()]
    profile = profile_of(request.user)
    return render(
        request,
        "website/account/overview.html",
        {
            "kinds": kinds,
            "profile": profile,
            "may_delete": account_data.may_delete_self(request.user),
        },
    )


@never_cache
@login_required
@require_GET
def download_json(request):
    return _attachment(account_data.write_json(request.user), "application/json; charset=utf-8", _filename("json"))


@never_cache
@login_required
@require_GET
def download_csv(request):
    return _attachment(account_data.write_csv_zip(request.user), "application/zip", _filename("zip"))


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete(request):
    profile = profile_of(request.user)
    context = {"profile": profile, "may_delete": account_data.may_delete_self(request.user)}
    if not context["may_delete"]:
        return render(request, "website/account/delete.html", context, status=403)
    form = DeleteAccountForm(request.POST if request.method == "POST" else None, request=request)
    if request.method == "POST" and form.is_valid():
        account_data.delete_account(request.user)
        language = get_language() or "nl"
        logout(request)
        messages.success(request, _("Je account is verwijderd. Bedankt voor je inzet als leerambassadeur."))
        return redirect(f"/{language}/")
    context["form"] = form
    return render(request, "website/account/delete.html", context, status=400 if request.method == "POST" else 200)
