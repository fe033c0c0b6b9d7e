"""DATA_UPLOAD_MAX_NUMBER_FIELDS: 500, from the largest real form (see the comment in website/settings/base.py).

The largest real form is an editor's page: the longest demo guide's edit form sends 124 fields. Only a browser sees
that number (Wagtail's JavaScript builds the StreamField inputs), so tests/browser/test_form_size.py counts every
page and group form there and publishes the largest. Here, without a browser: a page form with exactly as many
fields as the limit still saves, one field more is refused with a 400 before any view runs (multipart, as the admin
sends, urlencoded and in a query string), and the limit keeps its margin over the largest real form.
"""

from django.conf import settings
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from website.models import StandardPage

# Measured by tests/browser/test_form_size.py (the longest demo guide's edit form, Dec 2026).
LARGEST_REAL_FORM = 124
# The limit is at least this many times the largest real form; the browser test checks it against today's forms.
MINIMUM_MARGIN = 3


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


def page_form_with(fields):
    """A long page's form padded to exactly `fields` fields (fields the form does not know are ignored)."""
    data = long_page(blocks=(fields - 10) // 6)
    padding = fields - len(data)
    assert padding >= 0
    data.update({f"extra-{n}": "x" for n in range(padding)})
    assert len(data) == fields
    return data


def add_url(home_page):
    return f"/admin/pages/add/website/standardpage/{home_page.pk}/"


def test_the_limit_is_the_largest_real_form_with_its_margin():
    limit = settings.DATA_UPLOAD_MAX_NUMBER_FIELDS
    assert limit == 500
    assert limit >= MINIMUM_MARGIN * LARGEST_REAL_FORM
    assert limit < 1000  # lower than Django's default: nothing real needs that much


def test_a_page_form_with_as_many_fields_as_the_limit_saves(admin_client, home_page):
    data = page_form_with(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS)
    assert len(data) >= MINIMUM_MARGIN * LARGEST_REAL_FORM
    response = admin_client.post(add_url(home_page), data)  # multipart/form-data, as the admin's form sends it
    assert response.status_code == 302, response.content[:2000]
    page = StandardPage.objects.get(slug="lange-handreiking")
    assert page.live and len(page.body) == (settings.DATA_UPLOAD_MAX_NUMBER_FIELDS - 10) // 6


def test_one_field_more_than_the_limit_is_refused(admin_client, home_page):
    data = page_form_with(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1)
    response = admin_client.post(add_url(home_page), data)
    assert response.status_code == 400
    assert not StandardPage.objects.filter(slug="lange-handreiking").exists()


def test_the_limit_holds_for_urlencoded_forms_and_query_strings(client, home_page):
    limit = settings.DATA_UPLOAD_MAX_NUMBER_FIELDS
    fields = "&".join(f"veld-{n}=x" for n in range(limit + 1))
    response = client.post("/nl/account/login/", fields, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    # A query string counts too, once a view reads it (the search page does).
    assert client.get(f"/nl/zoeken/?q=leren&{fields}").status_code == 400
    within = "&".join(f"veld-{n}=x" for n in range(limit - 1))
    assert client.get(f"/nl/zoeken/?q=leren&{within}").status_code == 200
