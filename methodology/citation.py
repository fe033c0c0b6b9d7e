"""APA 7 reference for a publication, as plain text (to copy) and as HTML (with the italics APA asks for).

Kept free of models so the rules can be tested on their own: authors come in as (family name, given
names) pairs, the rest as plain values.
"""

import re
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

MAX_LISTED_AUTHORS = 20  # APA 7: list up to 20 authors; with 21 or more, 19, an ellipsis and the last one.


@dataclass(frozen=True)
class Citation:
    text: str
    html: str

    def __str__(self):
        return self.text


def initials(given_names):
    """'Jan Peter' -> 'J. P.', 'Anne-Marie' -> 'A.-M.', 'J.P.' -> 'J. P.'."""
    parts = [part for part in re.split(r"[\s.]+", given_names.strip()) if part]
    result = []
    for part in parts:
        pieces = [piece for piece in part.split("-") if piece]
        result.append("-".join(f"{piece[0].upper()}." for piece in pieces))
    return " ".join(result)


def format_author(family_name, given_names=""):
    family_name = family_name.strip()
    given = initials(given_names or "")
    return f"{family_name}, {given}" if given else family_name


def format_authors(authors):
    names = [format_author(family, given) for family, given in authors if family and family.strip()]
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    if len(names) > MAX_LISTED_AUTHORS:
        return ", ".join(names[: MAX_LISTED_AUTHORS - 1]) + ", . . . " + names[-1]
    return ", ".join(names[:-1]) + ", & " + names[-1]


def doi_url(doi):
    """Normalise '10.1234/abc', 'doi:10.1234/abc' or a doi.org link to 'https://doi.org/10.1234/abc'."""
    doi = (doi or "").strip()
    if not doi:
        return ""
    doi = re.sub(r"^(https?://(dx\.)?doi\.org/|doi:\s*)", "", doi, flags=re.IGNORECASE)
    return f"https://doi.org/{doi}"


def _end(text):
    """APA ends each element with a full stop, unless it already ends in punctuation."""
    text = text.strip()
    return text if text.endswith((".", "?", "!")) else text + "."


def apa_citation(*, authors, year, title, publication_type, source="", source_details="", doi="", url=""):
    """Build the reference.

    - article: Author, A. (2025). Title. *Journal*, details. https://doi.org/…
    - report, factsheet, presentation: Author, A. (2025). *Title* [Factsheet]. Publisher. link
    Without authors the title moves to the front, as APA prescribes.
    """
    author_text = format_authors(authors)
    # APA's "no date" and the kind of work are written in the language of the page.
    year_text = f"({year})." if year else f"({_('z.d.')})."
    title = (title or "").strip()
    link = doi_url(doi) or (url or "").strip()
    kind_label = {"factsheet": _("Factsheet"), "presentation": _("Presentatie")}.get(publication_type, "")

    text_parts, html_parts = [], []

    def add(text, html=None):
        text_parts.append(text)
        html_parts.append(html if html is not None else escape(text))

    if publication_type == "article":
        title_text = _end(title)
        title_html = escape(title_text)
    else:
        suffix = f" [{kind_label}]" if kind_label else ""
        title_text = _end(title + suffix)
        title_html = f"<i>{escape(title)}</i>" + escape(title_text[len(title) :])

    if author_text:
        add(_end(author_text))
        add(year_text)
        add(title_text, title_html)
    else:
        add(title_text, title_html)
        add(year_text)

    source = (source or "").strip()
    details = (source_details or "").strip()
    if publication_type == "article" and source:
        if details:
            add(f"{source}, {_end(details)}", f"<i>{escape(source)}</i>, {escape(_end(details))}")
        else:
            add(_end(source), f"<i>{escape(source)}</i>.")
    elif source and source != author_text:
        add(_end(source))
    if link:
        add(link)
    return Citation(text=" ".join(text_parts), html=mark_safe(" ".join(html_parts)))
