"""The research dashboard on the public site (/nl/onderzoeksdashboard/, /en/research-dashboard/).

For researchers (the Researchers group), the programme team (the "Programme team" group) and superusers;
anyone else who is logged in gets a 403 page that says who it is for, anonymous visitors go to the login
page. Never cached: `never_cache` marks every answer private, so the anonymous page cache (website/cache.py)
never stores it, not even the redirect to the login page.
"""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.template.response import TemplateResponse
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from website.roles import PROGRAMME_TEAM, in_group, is_researcher

from . import dashboard_charts as charts
from .dashboard import build_dashboard, measurement_waves
from .forms import DashboardFilterForm
from .stats import SMALL_CELL


def can_view_dashboard(user):
    return is_researcher(user) or in_group(user, PROGRAMME_TEAM)


@method_decorator(never_cache, name="dispatch")
class ResearchDashboardView(LoginRequiredMixin, TemplateView):
    template_name = "evaluation/dashboard.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not can_view_dashboard(request.user):
            return TemplateResponse(request, "evaluation/dashboard_forbidden.html", status=403)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(small_cell=SMALL_CELL, suppressed=charts.suppressed_text(), **kwargs)

    def get(self, request, *args, **kwargs):
        waves = measurement_waves()
        form = DashboardFilterForm(request.GET, waves=waves)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        dashboard = build_dashboard(form.selection(), waves)
        return self.render_to_response(
            self.get_context_data(
                form=form,
                dashboard=dashboard,
                funnels=[
                    {
                        "group": group,
                        "chart": charts.funnel_chart(group),
                        "chart_id": f"funnel-{group.key or 'all'}",
                        "description": charts.funnel_description(group),
                    }
                    for group in dashboard.funnel
                    if group.counts["colleagues_reached"].value
                ],
                progress_chart=charts.progress_chart(dashboard.progress),
                days_chart=charts.median_days_chart(dashboard.progress),
                change_chart=charts.self_assessment_chart(dashboard.self_assessment),
                participation=[
                    charts.participation_panel(sector, dashboard.waves.waves)
                    for sector in dashboard.waves.sectors
                    if sector.organisations
                ],
                embedding_chart=charts.embedding_chart(dashboard.waves),
                embedding_scores_chart=charts.embedding_scores_chart(dashboard.waves),
                embedding_rows=charts.embedding_rows(dashboard.waves),
            )
        )
