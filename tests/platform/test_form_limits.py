"""DATA_UPLOAD_MAX_NUMBER_FIELDS: Django's 1,000, not ten times that. The largest real form is an editor's page
(measured on the demo content: a guide's edit form, 129 fields; the group permission form, 107); a page four
times that long still saves, and a request with more fields than the limit is refused before any view runs."""

from django.conf import settings
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from website.models import StandardPage

LARGEST_DEMO_FORM = 129


def long_page(blocks):
    """A standard page's add form with `blocks` paragraphs and callouts (4 + 1 or 3 fields per block)."""
    body = []
    for n in range(blocks):
        if n % 2:
            body.append(("paragraph", rich_text(f"<p>Alinea {n}: wat een leerambassadeur doet.</p>")))
        else:
            body.append(("callout", {"kind": "tip", "title": f"Tip {n}", "text": rich_text("<p>Begin klein.</p>")}))
    return nested_form_data(
        {
            "title": "Lange handreiking",
            "slug": "lange-handreiking",
            "intro": "Alles op één pagina.",
            "body": streamfield(body),
            "action-publish": "publish",
        }
    )


def test_the_limit_is_djangos_default():
    assert settings.DATA_UPLOAD_MAX_NUMBER_FIELDS == 1000


def test_a_page_four_times_the_largest_real_form_still_saves(admin_client, home_page):
    data = long_page(blocks=110)
    assert 4 * LARGEST_DEMO_FORM < len(data) < settings.DATA_UPLOAD_MAX_NUMBER_FIELDS
    response = admin_client.post(f"/admin/pages/add/website/standardpage/{home_page.pk}/", data)
    assert response.status_code == 302, response.content[:2000]
    page = StandardPage.objects.get(slug="lange-handreiking")
    assert page.live and len(page.body) == 110


def test_a_request_with_more_fields_than_the_limit_is_refused(admin_client, home_page):
    data = long_page(blocks=110)
    data.update({f"extra-{n}": "x" for n in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS)})
    response = admin_client.post(f"/admin/pages/add/website/standardpage/{home_page.pk}/", data)
    assert response.status_code == 400
    assert not StandardPage.objects.filter(slug="lange-handreiking").exists()
