"""website.widgets.LongSelect renders what Django's Select renders, only faster."""

import re

from django import forms

from website.widgets import LongSelect


def normalised(html):
    return re.sub(r">\s+<", "><", str(html)).strip()


def test_long_select_renders_the_same_html_as_select():
    choices = [("", "---"), (1, "Zorg & welzijn"), (2, 'Bouw "en" infra'), ("Groep", [(3, "Drie"), (4, "Vier")])]
    attrs = {"id": "id_organisation", "required": True, "aria-describedby": "hint"}
    for value in (None, 2, 4):
        assert normalised(LongSelect(choices=choices).render("organisation", value, attrs)) == normalised(
            forms.Select(choices=choices).render("organisation", value, attrs)
        )
    assert 'value="2" selected' in LongSelect(choices=choices).render("organisation", 2)
