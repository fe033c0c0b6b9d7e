"""The APA 7 reference on publication pages, built by methodology.citation.apa_citation."""

import datetime

import pytest

from methodology.citation import apa_citation, doi_url, format_authors, initials


def test_initials_handle_several_and_hyphenated_given_names():
    assert initials("Jan Peter") == "J. P."
    assert initials("Anne-Marie") == "A.-M."
    assert initials("J.P.") == "J. P."
    assert initials("") == ""


def test_authors_are_joined_the_apa_way():
    assert format_authors([("Bakker", "Ruben")]) == "Bakker, R."
    assert format_authors([("Bakker", "Ruben"), ("de Vries", "Sanne")]) == "Bakker, R., & de Vries, S."
    assert format_authors([("A", "x"), ("B", "y"), ("C", "z")]) == "A, X., B, Y., & C, Z."


def test_more_than_twenty_authors_lists_nineteen_an_ellipsis_and_the_last():
    authors = [(f"Auteur{i}", "Kim") for i in range(1, 24)]
    text = format_authors(authors)
    assert text.startswith("Auteur1, K., ")
    assert "Auteur19, K., . . . Auteur23, K." in text
    assert "Auteur20" not in text


def test_doi_is_normalised_to_a_doi_org_link():
    assert doi_url("10.5555/abc") == "https://doi.org/10.5555/abc"
    assert doi_url("doi: 10.5555/abc") == "https://doi.org/10.5555/abc"
    assert doi_url("https://dx.doi.org/10.5555/abc") == "https://doi.org/10.5555/abc"
    assert doi_url("") == ""


def test_journal_article_reference():
    citation = apa_citation(
        authors=[("El Amrani", "Samira"), ("Janssen", "Marloes")],
        year=2025,
        title="Wat werkt voor wie? Leerambassadeurs in de zorg",
        publication_type="article",
        source="Tijdschrift voor Leren en Werken",
        source_details="4(2), 15–29",
        doi="10.5555/tlw.2025.0042",
    )
    assert citation.text == (
        "El Amrani, S., & Janssen, M. (2025). Wat werkt voor wie? Leerambassadeurs in de zorg. "
        "Tijdschrift voor Leren en Werken, 4(2), 15–29. https://doi.org/10.5555/tlw.2025.0042"
    )
    assert "<i>Tijdschrift voor Leren en Werken</i>, 4(2), 15–29." in citation.html
    # The title of an article is not italic; a question mark is not followed by an extra full stop.
    assert "<i>Wat werkt" not in citation.html
    assert "zorg. " in citation.text and "?." not in citation.text


def test_report_reference_has_italic_title_and_publisher():
    citation = apa_citation(
        authors=[("Bakker", "Ruben")],
        year=2024,
        title="Tussenrapportage",
        publication_type="report",
        source="Hogeschool",
        url="https://example.org/r.pdf",
    )
    assert citation.text == "Bakker, R. (2024). Tussenrapportage. Hogeschool. https://example.org/r.pdf"
    assert citation.html == "Bakker, R. (2024). <i>Tussenrapportage</i>. Hogeschool. https://example.org/r.pdf"


def test_factsheet_gets_a_bracketed_description_and_group_author_is_not_repeated_as_publisher():
    citation = apa_citation(
        authors=[("Projectteam Leerambassadeurs", "")],
        year=2024,
        title="Leren in cijfers",
        publication_type="factsheet",
        source="Projectteam Leerambassadeurs",
    )
    assert citation.text == "Projectteam Leerambassadeurs. (2024). Leren in cijfers [Factsheet]."


def test_without_authors_the_title_comes_first_and_html_is_escaped():
    citation = apa_citation(authors=[], year=None, title="<Geen> auteurs", publication_type="presentation")
    assert citation.text == "<Geen> auteurs [Presentatie]. (z.d.)."
    assert "&lt;Geen&gt;" in citation.html and "<Geen>" not in citation.html


def test_no_date_and_the_kind_of_work_are_in_the_pages_language():
    from django.utils import translation

    with translation.override("en"):
        citation = apa_citation(authors=[], year=None, title="Leren", publication_type="presentation")
    assert citation.text == "Leren [Presentation]. (n.d.)."


@pytest.mark.django_db
def test_publication_page_shows_the_citation(client, make_publication):
    publication = make_publication(
        "rapport-a", authors=[("de Vries", "Sanne Marie")], date=datetime.date(2025, 3, 1), doi="10.5555/xyz"
    )
    html = client.get(publication.url).content.decode()
    assert "de Vries, S. M. (2025). <i>Rapport a</i>. HAN. https://doi.org/10.5555/xyz" in html
    assert "readonly>de Vries, S. M. (2025). Rapport a. HAN. https://doi.org/10.5555/xyz</textarea>" in html
