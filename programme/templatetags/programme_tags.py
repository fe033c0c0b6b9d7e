from django import template

register = template.Library()


@register.filter
def lookup(mapping, key):
    """{{ answers|lookup:block_id }}: a dict item in a template; None when absent."""
    if not mapping:
        return None
    return mapping.get(key)


@register.filter
def option_letter(index):
    return "ABCDEF"[index] if 0 <= index < 6 else str(index + 1)
