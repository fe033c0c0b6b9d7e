"""English pages say clearly when their translation is missing or behind the Dutch source."""

import datetime

import pytest
from django.utils import timezone
from wagtail_localize.models import TranslationSource

from methodology.models import GuidePage
from methodology.translation_status import MISSING, OUTDATED, translation_status
from website.translation import translate_page


@pytest.fixture
def english_guide(guide_index, make_guide):
    translate_page(guide_index, "en", {"Handleidingen": "Guides"})
    guide = make_guide("verkennen", title="Verkennen")
    english = translate_page(guide, "en", {"Verkennen": "Exploring"})
    # translate_page returns the object as it was before publishing; read what is live now.
    return GuidePage.objects.get(pk=guide.pk), GuidePage.objects.get(pk=english.pk)


@pytest.mark.django_db
def test_fresh_translation_and_dutch_pages_show_no_notice(client, english_guide):
    dutch, english = english_guide
    assert translation_status(dutch) is None
    assert translation_status(english) is None
    assert "translation-notice" not in client.get(english.url).content.decode()


@pytest.mark.django_db
def test_dutch_source_published_again_makes_the_english_page_outdated(client, english_guide):
    dutch, english = english_guide
    dutch.intro = "Nieuwe tekst."
    revision = dutch.save_revision()
    revision.publish()
    dutch.refresh_from_db()
    # Make sure the new publication is strictly later than the last sync, whatever the clock resolution.
    TranslationSource.objects.filter(object_id=dutch.translation_key).update(
        last_updated_at=dutch.last_published_at - datetime.timedelta(seconds=1)
    )
    status = translation_status(english)
    assert status.state == OUTDATED and status.source_page.pk == dutch.pk
    html = client.get(english.url).content.decode()
    assert "This translation is out of date" in html or "Deze vertaling is niet bijgewerkt" in html
    assert f'href="{dutch.url}" hreflang="nl" lang="nl"' in html


@pytest.mark.django_db
def test_synced_but_not_yet_published_translation_is_outdated(english_guide):
    dutch, english = english_guide
    TranslationSource.objects.filter(object_id=dutch.translation_key).update(
        last_updated_at=timezone.now() + datetime.timedelta(minutes=5)
    )
    assert translation_status(english).state == OUTDATED


@pytest.mark.django_db
def test_alias_of_the_dutch_page_counts_as_missing_translation(client, guide_index, make_guide):
    english_index = translate_page(guide_index, "en", {"Handleidingen": "Guides"})
    dutch = make_guide("borgen", phase="sustain")
    alias = dutch.copy_for_translation(english_index.locale, alias=True)
    status = translation_status(alias)
    assert status.state == MISSING and status.source_page.pk == dutch.pk
    response = client.get(alias.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "This page has not been translated yet" in html or "Deze pagina is nog niet vertaald" in html
    assert f'href="{dutch.url}"' in html
