"""Small helpers that make demo seeding idempotent: find by a stable key, create only when missing."""

from django.db import transaction


def get_or_create_child_page(parent, page_class, slug, **fields):
    """Return the live child of `parent` with this slug, creating and publishing it if it does not exist.

    An existing page is left as it is: an editor may have changed it since the last seed.
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    with transaction.atomic():
        page = page_class(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
    return page
