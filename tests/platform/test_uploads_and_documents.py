"""Uploads are limited by type and size; documents always download and go through Wagtail's privacy check."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.admin.forms.pages import PageViewRestrictionForm
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

Document = get_document_model()
Image = get_image_model()


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


def upload_document(client, name, content):
    return client.post(
        "/admin/documents/add/",
        {
            "title": name,
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


@pytest.mark.django_db
class TestDocumentUploads:
    @pytest.mark.parametrize(
        "name, content",
        [
            ("aanval.html", b"<html><script>alert(1)</script></html>"),
            ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
            ("script.js", b"alert(1)"),
        ],
    )
    def test_dangerous_types_are_refused_with_a_message(self, admin_client, name, content):
        response = upload_document(admin_client, name, content)
        assert response.status_code == 200  # the form is shown again, with the error
        errors = response.context["form"].errors["file"]
        assert errors and "pdf" in " ".join(errors)  # the message names the allowed formats
        assert not Document.objects.exists()

    def test_oversized_document_is_refused_with_a_message(self, admin_client):
        too_big = b"%PDF-1.4\n" + b"0" * settings.WAGTAILDOCS_MAX_UPLOAD_SIZE
        response = upload_document(admin_client, "groot.pdf", too_big)
        assert response.status_code == 200
        assert "10,0" in " ".join(response.context["form"].errors["file"]) or "10.0" in " ".join(
            response.context["form"].errors["file"]
        )
        assert not Document.objects.exists()

    def test_allowed_document_is_accepted(self, admin_client):
        response = upload_document(admin_client, "handleiding.pdf", b"%PDF-1.4\n%%EOF\n")
        assert response.status_code == 302
        assert Document.objects.get().title == "handleiding.pdf"


@pytest.mark.django_db
class TestImageUploads:
    def upload(self, client, name, content):
        return client.post(
            "/admin/images/add/",
            {
                "title": name,
                "file": SimpleUploadedFile(name, content),
                "collection": Collection.get_first_root_node().pk,
            },
        )

    def test_svg_image_is_refused(self, admin_client):
        response = self.upload(admin_client, "logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"></svg>')
        assert response.status_code == 200
        assert response.context["form"].errors["file"]
        assert not Image.objects.exists()

    def test_oversized_image_is_refused(self, admin_client):
        too_big = b"\x89PNG\r\n\x1a\n" + b"0" * settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
        response = self.upload(admin_client, "foto.png", too_big)
        assert response.status_code == 200
        assert response.context["form"].errors["file"]
        assert not Image.objects.exists()


@pytest.fixture
def pdf_document(db):
    document = Document(title="Handleiding")
    document.file.save("handleiding.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    document.save()
    return document


@pytest.mark.django_db
class TestDocumentServing:
    def test_documents_are_served_through_wagtails_view(self):
        assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"

    def test_even_a_pdf_downloads_as_an_attachment(self, client, pdf_document):
        response = client.get(pdf_document.url)
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith("attachment;")
        assert response["Content-Security-Policy"] == "default-src 'none'"
        assert response["X-Content-Type-Options"] == "nosniff"

    def test_private_collection_is_checked_on_download(self, client, pdf_document, ambassador):
        private = Collection.get_first_root_node().add_child(name="Alleen voor ambassadeurs")
        restriction = CollectionViewRestriction.objects.create(
            collection=private, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.add(
            Group.objects.get(name="Ambassadeurs")
            if Group.objects.filter(name="Ambassadeurs").exists()
            else ambassador.groups.first()
        )
        pdf_document.collection = private
        pdf_document.save()

        anonymous = client.get(pdf_document.url)
        assert anonymous.status_code == 302
        assert "login" in anonymous["Location"]

        client.force_login(ambassador)
        assert client.get(pdf_document.url).status_code == 200


def test_shared_password_privacy_is_switched_off():
    assert settings.WAGTAIL_PRIVATE_PAGE_OPTIONS == {"SHARED_PASSWORD": False}
    assert settings.WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS == {"SHARED_PASSWORD": False}


@pytest.mark.django_db
def test_page_privacy_form_offers_no_shared_password(home_page):
    form = PageViewRestrictionForm(private_page_options=home_page.specific.private_page_options)
    choices = [value for value, _label in form.fields["restriction_type"].choices]
    assert PageViewRestriction.PASSWORD not in choices
    assert PageViewRestriction.LOGIN in choices
    assert "password" not in form.fields


@pytest.mark.django_db
def test_collection_privacy_dialog_in_the_admin_has_no_password_option(client, superuser):
    collection = Collection.get_first_root_node().add_child(name="Intern")
    client.force_login(superuser)
    response = client.get(f"/admin/collections/{collection.pk}/privacy/")
    assert response.status_code == 200
    html = response.json()["html"]
    assert 'value="login"' in html
    assert 'value="password"' not in html


@pytest.mark.django_db
def test_page_privacy_dialog_in_the_admin_has_no_password_option(client, superuser, home_page):
    client.force_login(superuser)
    response = client.get(f"/admin/pages/{home_page.pk}/privacy/")
    assert response.status_code == 200
    html = response.json()["html"]
    assert 'value="login"' in html
    assert 'value="password"' not in html


@pytest.mark.django_db
def test_collection_privacy_form_offers_no_shared_password():
    from wagtail.admin.forms.collections import CollectionViewRestrictionForm

    form = CollectionViewRestrictionForm()
    choices = [value for value, _label in form.fields["restriction_type"].choices]
    assert CollectionViewRestriction.PASSWORD not in choices
    assert "password" not in form.fields
