"""Demo content for the methodology app: guide and research sections, the self-assessment, themes,
templates to download, a search promotion and the editorial workflow. Idempotent: a second run changes
no rows (pages are found by slug, everything else by a natural key)."""

import datetime
import io

from django.core.files.base import ContentFile
from django.utils.html import escape
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model
from wagtail.models import Collection

from community.models import Sector
from website.demo import ensure_home_page
from website.seeding import get_or_create_child_page
from website.translation import translate_page

from . import demo_content as content
from .models import (
    GuideDownload,
    GuideEvidence,
    GuideIndexPage,
    GuidePage,
    PublicationAuthor,
    PublicationPage,
    ResearchIndexPage,
    SelfAssessmentPage,
    Theme,
)
from .workflow import ensure_editorial_workflow


class Strings:
    """Collects (Dutch, English) pairs while building a page; `nl()` returns the Dutch text."""

    def __init__(self):
        self.map = {}

    def nl(self, pair):
        dutch, english = pair
        if dutch and english:
            self.map[dutch] = english
            # wagtail-localize keeps segments as HTML, so "O&O" arrives as "O&amp;O".
            self.map[escape(dutch)] = escape(english)
        return dutch

    def html(self, pair):
        return f"<p>{self.nl(pair)}</p>"


def _fields(strings, spec, *names):
    return {name: strings.nl(spec[name]) for name in names if name in spec}


def _hours_workbook():
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Uren"
    sheet.append(["Maand", "Ambassadeur", "Afgesproken uren", "Gebruikte uren", "Opmerking"])
    for month in ["januari", "februari", "maart", "april", "mei", "juni"]:
        sheet.append([month, "", 4, None, ""])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def seed_documents():
    Document = get_document_model()
    root = Collection.get_first_root_node()
    documents = {}
    for key, spec in content.DOCUMENTS.items():
        title = spec["title"][0]
        document = Document.objects.filter(title=title).first()
        if document is None:
            data = content.ROLE_TEMPLATE.encode("utf-8") if key == "role" else _hours_workbook()
            document = Document(title=title, collection=root)
            document.file.save(spec["filename"], ContentFile(data), save=False)
            document.save()
        documents[key] = document
    return documents


def seed_themes():
    themes = {}
    for slug, name, name_en in content.THEMES:
        themes[slug], _ = Theme.objects.get_or_create(slug=slug, defaults={"name": name, "name_en": name_en})
    return themes


def _section(home, page_class, slug, spec):
    strings = Strings()
    page = get_or_create_child_page(
        home,
        page_class,
        slug,
        show_in_menus=True,
        **_fields(strings, spec, "title", "intro", "search_description"),
    )
    translate_page(page, "en", strings.map)
    return page


def seed_publications(research_index, sectors, themes):
    publications = {}
    for spec in content.PUBLICATIONS:
        strings = Strings()
        body = []
        for kind, pair in spec["body"]:
            if kind == "heading":
                body.append(("heading", {"text": strings.nl(pair), "level": "h2"}))
            else:
                body.append(("paragraph", strings.html(pair)))
        body.append(("callout", {"kind": "note", "title": "", "text": strings.html(content.EXAMPLE_NOTE)}))
        existing = research_index.get_children().filter(slug=spec["slug"]).first()
        if existing is None:
            page = PublicationPage(
                slug=spec["slug"],
                title=strings.nl(spec["title"]),
                abstract=strings.nl(spec["abstract"]),
                publication_type=spec["type"],
                publication_date=datetime.date(*spec["date"]),
                source=spec["source"],
                source_details=spec.get("source_details", ""),
                doi=spec.get("doi", ""),
                external_url=spec.get("url", ""),
                body=body,
                is_example=True,
            )
            page.authors = [
                PublicationAuthor(family_name=family, given_names=given) for family, given in spec["authors"]
            ]
            page.sectors = [sectors[slug] for slug in spec["sectors"] if slug in sectors]
            page.themes = [themes[slug] for slug in spec["themes"]]
            research_index.add_child(instance=page)
            page.save_revision().publish()
        else:
            page = existing.specific
            strings.nl(spec["title"]), strings.nl(spec["abstract"])
        translate_page(page, "en", strings.map)
        publications[spec["slug"]] = page
    return publications


def _guide_body(strings, spec):
    body = [
        (
            "steps",
            {
                "heading": "",
                "steps": [
                    {"title": strings.nl(title), "text": strings.html(text), "who": strings.nl(who)}
                    for title, text, who in spec["steps"]
                ],
            },
        )
    ]
    for kind, pair in spec["tips"]:
        body.append(("callout", {"kind": kind, "title": "", "text": strings.html(pair)}))
    body.append(("checklist", {"heading": "", "items": [strings.nl(item) for item in spec["checklist"]]}))
    if spec["example"]:
        organisation, sector, text, quote = spec["example"]
        body.append(
            (
                "example",
                {
                    "organisation": organisation,
                    "sector": strings.nl(sector),
                    "text": strings.html(text),
                    "quote": strings.nl(quote),
                    "attribution": strings.nl(("Een leerambassadeur", "A learning ambassador")) if quote[0] else "",
                },
            )
        )
    return body


def seed_guides(guide_index, sectors, publications, documents):
    guides = {}
    for spec in content.GUIDES:
        strings = Strings()
        title, intro = strings.nl(spec["title"]), strings.nl(spec["intro"])
        body = _guide_body(strings, spec)
        evidence_text = strings.html(spec["evidence"])
        existing = guide_index.get_children().filter(slug=spec["slug"]).first()
        if existing is None:
            page = GuidePage(
                slug=spec["slug"],
                title=title,
                intro=intro,
                phase=spec["phase"],
                level=spec["level"],
                last_reviewed=datetime.date(*spec["reviewed"]),
                body=body,
                evidence_text=evidence_text,
            )
            page.sectors = [sectors[slug] for slug in spec["sectors"] if slug in sectors]
            page.evidence_links = [GuideEvidence(publication=publications[slug]) for slug in spec["publications"]]
            page.downloads = [GuideDownload(document=documents[key]) for key in spec["downloads"]]
            guide_index.add_child(instance=page)
            page.save_revision().publish()
        else:
            page = existing.specific
        translate_page(page, "en", strings.map)
        guides[spec["slug"]] = page
    return guides


def seed_search_promotion(self_assessment):
    query, _ = Query.objects.get_or_create(query_string="starten")
    SearchPromotion.objects.get_or_create(
        query=query,
        page=self_assessment,
        defaults={"description": "Zes vragen: waar begint je organisatie?", "sort_order": 0},
    )


def seed(stdout):
    home = ensure_home_page()
    sectors = {sector.slug: sector for sector in Sector.objects.all()}
    themes = seed_themes()
    documents = seed_documents()

    guide_index = _section(home, GuideIndexPage, "handleidingen", content.GUIDE_INDEX)
    research_index = _section(home, ResearchIndexPage, "onderzoek", content.RESEARCH_INDEX)

    strings = Strings()
    self_assessment = get_or_create_child_page(
        guide_index,
        SelfAssessmentPage,
        "starten",
        title=strings.nl(content.SELF_ASSESSMENT["title"]),
        intro=strings.nl(content.SELF_ASSESSMENT["intro"]),
        privacy_text=content.SELF_ASSESSMENT["privacy_text"][0],
        contact_text=content.SELF_ASSESSMENT["contact_text"][0],
    )
    for key in ("privacy_text", "contact_text"):
        dutch, english = content.SELF_ASSESSMENT[key]
        strings.map[dutch.removeprefix("<p>").removesuffix("</p>")] = english
    translate_page(self_assessment, "en", strings.map)

    publications = seed_publications(research_index, sectors, themes)
    guides = seed_guides(guide_index, sectors, publications, documents)
    seed_search_promotion(self_assessment)
    workflow = ensure_editorial_workflow([guide_index, research_index])
    stdout.write(
        f"Methodology: {len(guides)} guides, {len(publications)} publications, workflow '{workflow.name}' "
        f"on {guide_index.title} and {research_index.title}"
    )
