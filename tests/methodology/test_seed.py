"""The methodology demo content: enough guides and research to try every filter, in two languages."""

import pytest
from django.apps import apps
from wagtail.models import Locale, WorkflowPage

from community import demo as community_demo
from methodology import demo
from methodology.models import GuideIndexPage, GuidePage, Phase, PublicationPage, ResearchIndexPage, StartRequest
from methodology.workflow import WORKFLOW_NAME
from website import demo as website_demo


class Silent:
    def write(self, text):
        pass


def methodology_counts():
    labels = list(apps.get_app_config("methodology").get_models())
    from wagtail.documents import get_document_model
    from wagtail.models import Page, Revision, Workflow, WorkflowTask
    from wagtail_localize.models import StringTranslation, Translation

    labels += [
        Page,
        Revision,
        Workflow,
        WorkflowTask,
        WorkflowPage,
        get_document_model(),
        Translation,
        StringTranslation,
    ]
    return {model._meta.label: model.objects.count() for model in labels}


@pytest.mark.django_db
def test_seed_builds_guides_research_translations_and_workflow_and_is_idempotent(client):
    website_demo.seed_site(Silent())
    community_demo.seed(Silent())
    demo.seed(Silent())
    first = methodology_counts()
    demo.seed(Silent())
    assert methodology_counts() == first

    nl, en = Locale.objects.get(language_code="nl"), Locale.objects.get(language_code="en")
    guides = GuidePage.objects.live().filter(locale=nl)
    assert guides.count() >= 6
    assert {guide.phase for guide in guides} == set(Phase.values)
    assert guides.filter(sectors__isnull=False).exists()  # sector variants
    assert all(guide.evidence_links.exists() for guide in guides)
    assert guides.filter(downloads__isnull=False).exists()
    publications = PublicationPage.objects.live().filter(locale=nl)
    assert publications.count() >= 4
    assert {p.publication_type for p in publications} == {"article", "report", "factsheet", "presentation"}
    assert all(p.is_example for p in publications)
    assert GuidePage.objects.live().filter(locale=en).count() == guides.count()
    assert PublicationPage.objects.live().filter(locale=en).count() == publications.count()
    for index_class in (GuideIndexPage, ResearchIndexPage):
        index = index_class.objects.get(locale=nl)
        assert index.show_in_menus and index.get_parent().specific_class.__name__ == "HomePage"
        assert index.get_workflow().name == WORKFLOW_NAME
    assert StartRequest.objects.count() == 0

    # English pages have English slugs.
    english_guide = GuidePage.objects.get(locale=en, slug="exploring-building-support-in-your-organisation")
    assert english_guide.url == "/en/guides/exploring-building-support-in-your-organisation/"
    html = client.get(english_guide.url).content.decode()
    assert "Exploring: building support in your organisation" in html
    assert "Get management, HR and the works council on board" in html
    assert "What does the research say?" in html and "Last revised" in html
    assert "translation-notice" not in html
    assert client.get("/en/guides/?sector=care&phase=recruit").status_code == 200
    assert client.get("/en/research/?type=article").status_code == 200
