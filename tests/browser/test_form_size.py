"""The largest real form, counted where it is filled in: in the browser, after Wagtail's JavaScript has built the
StreamField inputs (they are not in the HTML the server sends, so only a browser sees the real number).

Every page edit form of the demo site is counted as the editor's browser would send it, and every group edit form
with every permission ticked (the most that form can send). The largest must fit DATA_UPLOAD_MAX_NUMBER_FIELDS
with the margin documented in website/settings/base.py (at least MINIMUM_MARGIN times), and the largest page form must still save when the
browser submits it. tests/platform/test_form_limits.py checks the limit itself without a browser.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.platform.test_form_limits import MINIMUM_MARGIN

from .conftest import log_in_context

pytestmark = pytest.mark.browser

# What Django counts (django.http.multipartparser): every field that is not a file, plus the button pressed.
COUNT_FIELDS = """(form) => {
    let fields = 1;
    for (const [, value] of new FormData(form)) { if (!(value instanceof File)) fields += 1; }
    return fields;
}"""
TICK_EVERYTHING = """(form) => {
    for (const box of form.querySelectorAll('input[type=checkbox]')) {
        if (!/-DELETE$/.test(box.name)) box.checked = true;
    }
}"""


@pytest.fixture
def viewport():
    """Form sizes do not depend on the screen: one run on the desktop."""
    return "desktop"


def test_the_largest_real_form_fits_the_limit_with_its_margin_and_saves(page, live_server, settings):
    from django.contrib.auth.models import Group
    from wagtail.models import Page

    log_in_context(page.context, live_server.url, "demo-admin")
    sizes = {}
    # Translations are edited in wagtail-localize's editor, which saves one segment at a time as JSON.
    dutch = Page.objects.filter(depth__gt=1, locale__language_code="nl")
    for pk in dutch.order_by("pk").values_list("pk", flat=True):
        page.goto(f"/admin/pages/{pk}/edit/")
        form = page.locator("#page-edit-form")
        expect(form).to_be_attached()
        sizes[f"/admin/pages/{pk}/edit/"] = form.evaluate(COUNT_FIELDS)
    for pk in Group.objects.order_by("pk").values_list("pk", flat=True):
        page.goto(f"/admin/groups/edit/{pk}/")
        form = page.locator("main form[method=post]").first
        form.evaluate(TICK_EVERYTHING)
        sizes[f"/admin/groups/edit/{pk}/"] = form.evaluate(COUNT_FIELDS)

    largest_url, largest = max(sizes.items(), key=lambda item: item[1])
    print(f"\nlargest real form: {largest} fields ({largest_url})")
    assert len(sizes) > 20, sizes
    # More than a third of the limit (website/settings/base.py): time to look at the limit again, before an
    # editor's page is refused. Update LARGEST_REAL_FORM in tests/platform/test_form_limits.py with the figure.
    assert largest * MINIMUM_MARGIN <= settings.DATA_UPLOAD_MAX_NUMBER_FIELDS, (
        f"{largest_url} sends {largest} fields: review DATA_UPLOAD_MAX_NUMBER_FIELDS"
    )

    # The largest real form, published as the editor would: the server accepts it and stores a new revision.
    url, fields = max_page(sizes)
    assert fields == largest, f"the largest form is {largest_url} now, not a page: save that one here instead"
    pk = int(re.search(r"/pages/(\d+)/", url).group(1))
    before = Page.objects.get(pk=pk).latest_revision_id
    page.goto(url)
    form = page.locator("#page-edit-form")
    assert form.evaluate(COUNT_FIELDS) == fields
    with page.expect_navigation():
        form.evaluate("(form) => form.requestSubmit(form.querySelector('button[name=action-publish]'))")
    expect(page.locator(".messages .success, .w-messages .success, [role=status]").first).to_be_visible()
    saved = Page.objects.get(pk=pk)
    assert saved.latest_revision_id != before and saved.live and not saved.has_unpublished_changes


def max_page(sizes):
    return max(((url, n) for url, n in sizes.items() if "/pages/" in url), key=lambda item: item[1])
