from django import template

register = template.Library()


@register.simple_tag
def field_widget(field):
    """Render a form field's widget, linked to its error list (aria-describedby) when it has errors."""
    attrs = {}
    described = []
    if field.help_text:
        described.append(f"{field.auto_id}-help")
    if field.errors:
        described.append(f"{field.auto_id}-error")
        attrs["aria-invalid"] = "true"
    if described:
        attrs["aria-describedby"] = " ".join(described)
    return field.as_widget(attrs=attrs)
