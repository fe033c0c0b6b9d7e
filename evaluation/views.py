"""Admin views: the 'Evaluatie-export' form with row-count preview and download, the codebook, the export log.

Researchers (the Researchers group) and superusers may export and read the codebook; only superusers see
the export log. Other admin users (editors, moderators) get a plain 403. The views are thin: choosing
rows, pseudonymising and writing live in `evaluation.datasets`, `evaluation.writers` and `evaluation.exports`.
"""

import os
import shutil
import tempfile

from django.core.paginator import Paginator
from django.http import FileResponse
from django.shortcuts import render
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from website.roles import is_researcher

from .datasets import available_datasets
from .exports import CONTENT_TYPES, ExportRequest, default_filename, export_to_file, preview_counts
from .forms import ExportForm
from .models import ExportLog
from .pseudonyms import PseudonymKeyMissing, get_pseudonym_key
from .writers import ExportValidationError


def can_export(user):
    return is_researcher(user)


def can_view_log(user):
    return user.is_authenticated and user.is_superuser


def forbidden(request, message):
    return render(request, "evaluation/admin/forbidden.html", {"message": message}, status=403)


class RestrictedMixin(WagtailAdminTemplateMixin):
    permission_test = staticmethod(can_export)
    forbidden_message = gettext_lazy(
        "Deze pagina is alleen voor onderzoekers en beheerders. Vraag een beheerder om toegang als je die nodig hebt."
    )

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_test(request.user):
            return forbidden(request, self.forbidden_message)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]


class ExportView(RestrictedMixin, TemplateView):
    page_title = gettext_lazy("Evaluatie-export")
    header_icon = "download"
    template_name = "evaluation/admin/export.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        try:
            get_pseudonym_key()
            context["key_missing"] = False
        except PseudonymKeyMissing as error:
            context["key_missing"] = str(error)
        context.setdefault("form", ExportForm())
        return context

    def post(self, request, *args, **kwargs):
        form = ExportForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        export_request = ExportRequest(
            form.cleaned_data["dataset"], form.cleaned_data["export_format"], form.get_filters()
        )
        if request.POST.get("action") != "download":
            # "Aantal rijen tonen": count only; nothing is written or logged.
            counts = preview_counts(export_request)
            return self.render_to_response(self.get_context_data(form=form, counts=counts, total=sum(counts.values())))
        filename = default_filename(export_request, timezone.localtime())
        directory = tempfile.mkdtemp(prefix="evaluatie-export-")
        path = os.path.join(directory, filename)
        try:
            export_to_file(
                export_request,
                path,
                actor=request.user.get_username(),
                user=request.user,
                source=ExportLog.Source.ADMIN,
            )
            handle = open(path, "rb")  # noqa: SIM115 - FileResponse closes it
        except (PseudonymKeyMissing, ExportValidationError, OSError) as error:
            form.add_error(None, _("De export is niet gelukt: %(error)s") % {"error": error})
            return self.render_to_response(
                self.get_context_data(form=form), status=400 if not isinstance(error, OSError) else 500
            )
        finally:
            # The open handle keeps the data readable for the response; the name disappears right away.
            shutil.rmtree(directory, ignore_errors=True)
        response = FileResponse(
            handle, as_attachment=True, filename=filename, content_type=CONTENT_TYPES[export_request.export_format]
        )
        response["Cache-Control"] = "no-store"
        return response


class CodebookView(RestrictedMixin, TemplateView):
    page_title = gettext_lazy("Codeboek evaluatie-export")
    header_icon = "doc-full"
    template_name = "evaluation/admin/codebook.html"
    breadcrumbs_items = RestrictedMixin.breadcrumbs_items + [
        {"url": reverse_lazy("evaluation_admin:export"), "label": gettext_lazy("Evaluatie-export")}
    ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["datasets"] = available_datasets()
        return context


class ExportLogView(RestrictedMixin, TemplateView):
    permission_test = staticmethod(can_view_log)
    forbidden_message = gettext_lazy(
        "Het exportlogboek is alleen voor beheerders (superusers), ook niet voor onderzoekers: het laat zien wie "
        "wanneer welke gegevens heeft gedownload."
    )
    page_title = gettext_lazy("Exportlogboek")
    header_icon = "list-ul"
    template_name = "evaluation/admin/log.html"
    paginate_by = 50

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        paginator = Paginator(ExportLog.objects.select_related("user").order_by("-created_at", "-pk"), self.paginate_by)
        context["page_obj"] = paginator.get_page(self.request.GET.get("p"))
        return context
