"""Issue 14: the certificate prints on one A4 page, centred, with its number; the public check works in a browser."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import log_in_context
from .pages import CERTIFIED

pytestmark = pytest.mark.browser


def test_the_certificate_prints_centred_on_one_a4_page(new_context, live_server):
    page = log_in_context(new_context(), live_server.url, CERTIFIED).new_page()
    page.goto("/nl/mijn-leerpad/certificaat/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Certificaat")
    number = page.locator(".certificate__number strong").inner_text()
    assert re.fullmatch(r"LA-\w{4}-\w{4}-\w{4}", number)

    pdf = page.pdf(format="A4", print_background=True)
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", pdf))
    assert pages == 1, f"the certificate prints on {pages} pages"

    page.emulate_media(media="print")
    box = page.locator(".certificate").bounding_box()
    width = page.evaluate("document.documentElement.clientWidth")
    assert abs(box["x"] - (width - box["x"] - box["width"])) <= 2, "the certificate is not centred"
    assert not page.locator(".site-header").is_visible() and not page.locator("form").first.is_visible()

    # The check link printed on it opens the public page, for anyone.
    page.emulate_media(media="screen")
    check_url = page.locator("#verify-title ~ p a").first.get_attribute("href")
    visitor = new_context().new_page()
    visitor.goto(check_url)
    expect(visitor.get_by_text("Ja, dit certificaat is echt en geldig.")).to_be_visible()
    expect(visitor.get_by_text(number)).to_be_visible()
