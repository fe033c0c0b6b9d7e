"""Form widgets for long lists: the programme team chooses from hundreds of organisations."""

from django import forms


class LongSelect(forms.Select):
    """Django's Select, rendered with the options inline instead of one template include per option.

    The same HTML; with 500 organisations the include per option took most of the page's render time.
    """

    template_name = "website/widgets/long_select.html"
