"""Filters that print the research dashboard's figures in tables exactly as its charts print them."""

from django import template

from evaluation import dashboard_charts

register = template.Library()


@register.filter
def people(count):
    """A PeopleCount: the number, or 'minder dan 5'."""
    return dashboard_charts.count_text(count)


@register.filter
def stage(stage):
    """A funnel stage: its count, and after the first stage its share of the colleagues reached."""
    return dashboard_charts.stage_text(stage)


@register.filter
def signed(value):
    """A change on the 1–5 scale with two decimals and a sign."""
    return dashboard_charts.decimal(value, signed=True)


@register.filter
def median_days(module):
    return dashboard_charts.days_text(module)
