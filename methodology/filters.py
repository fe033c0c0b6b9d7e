"""Query-string filters for the guide and research listings.

Filters work without JavaScript: a plain GET form whose URL can be shared. Each filter accepts one
value from a known list. Anything else (a typo, an old link, a crafted URL) is ignored and reported
back to the visitor in a note, never turned into an error page.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.utils.translation import gettext as _

MAX_SHOWN_VALUE = 40


@dataclass
class Option:
    value: str
    label: str
    selected: bool = False


@dataclass
class FilterField:
    name: str
    label: str
    options: list  # [(value, label)]
    choices: list = field(default_factory=list)  # [Option], filled by ListingFilter
    value: str = ""


class ListingFilter:
    """Reads `fields` from a QueryDict; keeps the known values and explains the rest.

    `fields` maps a query-string name to (label, [(value, label), ...]); `aliases` maps a name to
    {old value: value}, so that links made before a key was renamed keep working.
    """

    def __init__(self, data, fields, aliases=None):
        self.data = data
        self.fields = []
        self.values = {}
        self.ignored = []
        for name, (label, options) in fields.items():
            known = {str(value) for value, _label in options}
            chosen = ""
            for raw in data.getlist(name):
                raw = raw.strip()
                if not raw:
                    continue
                if raw not in known:
                    raw = (aliases or {}).get(name, {}).get(raw, raw)
                if raw in known and not chosen:
                    chosen = raw
                else:
                    shown = raw if len(raw) <= MAX_SHOWN_VALUE else raw[:MAX_SHOWN_VALUE] + "…"
                    self.ignored.append(
                        _("We kennen “%(value)s” niet als %(filter)s. Dit filter is niet gebruikt.")
                        % {"value": shown, "filter": str(label).lower()}
                    )
            filter_field = FilterField(name=name, label=label, options=options, value=chosen)
            filter_field.choices = [Option(str(value), text, str(value) == chosen) for value, text in options]
            self.fields.append(filter_field)
            if chosen:
                self.values[name] = chosen

    def value(self, name):
        # Not __getitem__: Django templates try item lookup first, which would hide the attributes.
        return self.values.get(name, "")

    @property
    def is_active(self):
        return bool(self.values)

    def active_labels(self):
        """[(filter label, option label)] for the 'you filtered on' summary."""
        result = []
        for filter_field in self.fields:
            for option in filter_field.choices:
                if option.selected:
                    result.append((filter_field.label, option.label))
        return result

    def querystring(self, **extra):
        """The clean query string for these filters (unknown values dropped), plus `extra` (e.g. page)."""
        params = [(name, value) for name, value in self.values.items()]
        params += [(name, value) for name, value in extra.items() if value not in (None, "")]
        return urlencode(params)
