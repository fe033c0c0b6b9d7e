"""Journeys 3 and 4 in the Wagtail admin: editor → moderator → published research, and a researcher's export."""

import re
import xml.etree.ElementTree as ElementTree

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def admin_log_in(page, username, password):
    page.goto("/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("form button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def click_action(page, locator):
    """Click an action in Wagtail's footer menu, opening the 'more actions' dropdown first when it is folded."""
    if not locator.is_visible():
        page.locator("footer .w-dropdown__toggle, footer [data-w-dropdown-target=toggle]").first.click()
    locator.click()


def research_index():
    from methodology.models import ResearchIndexPage

    index = ResearchIndexPage.objects.live().filter(locale__language_code="nl").first()
    assert index is not None, "seed_demo must make a live Dutch research index"
    return index


def test_editor_writes_a_publication_a_moderator_approves_and_it_is_listed_and_in_the_feed(
    page, new_context, demo_password, viewport
):
    from methodology.models import PublicationPage

    index = research_index()
    title = f"Wat leerambassadeurs bereiken in de schoonmaak ({viewport})"

    # The editor writes the publication and submits it for moderation.
    admin_log_in(page, "demo-editor", demo_password)
    page.goto(f"/admin/pages/add/methodology/publicationpage/{index.pk}/")
    page.locator("#id_title").fill(title)
    page.locator("#id_abstract").fill("Ambassadeurs bereiken collega's die anders niet zouden gaan leren.")
    click_action(page, page.locator('button[name="action-submit"]'))
    expect(page.locator(".messages, [role=status], .w-messages").first).to_be_visible()
    publication = PublicationPage.objects.get(title=title)
    assert not publication.live
    assert publication.current_workflow_state is not None
    assert page.context.request.get(index.url).text().count(title) == 0  # not public yet

    # The moderator approves it, which publishes it.
    moderator = new_context().new_page()
    admin_log_in(moderator, "demo-moderator", demo_password)
    moderator.goto(f"/admin/pages/{publication.pk}/edit/")
    approve = moderator.locator('[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])')
    click_action(moderator, approve)
    expect(moderator.locator(".messages, [role=status], .w-messages").first).to_be_visible()
    publication.refresh_from_db()
    assert publication.live, "approving the only workflow task publishes the page"

    # A visitor finds it in the research listing and in the Atom feed.
    visitor = new_context().new_page()
    visitor.goto(index.url)
    link = visitor.locator("main").get_by_role("link", name=title, exact=True)
    expect(link).to_be_visible()
    link.click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text(title)
    feed = visitor.context.request.get("/nl/publicaties/feed/")
    assert feed.ok
    titles = [
        element.text for element in ElementTree.fromstring(feed.body()).iter("{http://www.w3.org/2005/Atom}title")
    ]
    assert title in titles, titles


def test_researcher_downloads_an_export_from_the_admin(page, demo_password, settings, tmp_path, viewport):
    from evaluation.pseudonyms import KEY_NAME

    setattr(settings, KEY_NAME, "browser-test-pseudonym-key-0123456789abcdef")
    admin_log_in(page, "demo-researcher", demo_password)
    menu_link = page.locator('a[href="/admin/evaluatie-export/"]').first
    expect(menu_link).to_have_count(1)
    page.goto("/admin/evaluatie-export/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Evaluatie-export")

    page.locator("#id_export_format").get_by_label(re.compile("CSV", re.I)).first.check()
    page.get_by_role("button", name="Aantal rijen tonen").click()
    expect(page.locator("[data-row-count]").first).to_be_visible()

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Downloaden").click()
    download = download_info.value
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    assert path.suffix in {".csv", ".zip"}, path.name
    content = path.read_bytes()
    assert content, "the export is not empty"
    if path.suffix == ".csv":
        text = content.decode("utf-8-sig")
        assert "," in text.splitlines()[0] or ";" in text.splitlines()[0], "a CSV header row"
        assert "demo-ambassador" not in text and "@example" not in text, "no usernames or e-mail addresses"
