"""Filters for the public organisation list; plain GET parameters so links can be shared and no JS is needed."""

import django_filters
from django.utils.translation import gettext_lazy as _

from website import legacy_keys

from .models import Organisation, Province, Sector


class OrganisationFilterSet(django_filters.FilterSet):
    sector = django_filters.ModelChoiceFilter(
        queryset=Sector.objects.all(),
        to_field_name="slug",
        label=_("Sector"),
        empty_label=_("Alle sectoren"),
    )
    province = django_filters.ChoiceFilter(
        choices=Province.choices,
        label=_("Provincie"),
        empty_label=_("Alle provincies"),
    )

    class Meta:
        model = Organisation
        fields = ["sector", "province"]

    def __init__(self, data=None, *args, **kwargs):
        # Links made before the sector keys became English (?sector=schoonmaak) still filter.
        super().__init__(legacy_keys.with_current_sector(data, dict(Sector.filter_options())), *args, **kwargs)
