"""website/wagtail_hooks.py: the page explorer shows wagtail-localize's buttons without queries per row."""

import re

import pytest
from django.urls import reverse

from tests.conftest import get_queries
from tests.programme.conftest import build_programme


def row_buttons(client, parent):
    html = client.get(reverse("wagtailadmin_explore", args=[parent.pk])).content.decode()
    return {
        "translate": set(map(int, re.findall(r"/admin/localize/submit/page/(\d+)/", html))),
        "sync": len(re.findall(r"/admin/localize/update/\d+/", html)),
    }


@pytest.mark.django_db
def test_translate_and_sync_buttons_follow_the_translation_state(client, superuser, home_page):
    programme, modules, lessons = build_programme(home_page, modules=2, lessons_per_module=1)
    from website.translation import translate_page

    translate_page(modules[0], "en", {modules[0].title: "Module EN"})
    client.force_login(superuser)
    buttons = row_buttons(client, programme)
    # Translated into every other language: only "sync"; not translated yet: only "translate" (the programme's
    # own in the page header, too).
    assert buttons["translate"] == {programme.pk, modules[1].pk}
    assert buttons["sync"] == 1


@pytest.mark.django_db
def test_explorer_queries_do_not_grow_with_the_rows(client, superuser, home_page):
    programme, modules, _lessons = build_programme(home_page, modules=1, lessons_per_module=2)
    client.force_login(superuser)
    url = reverse("wagtailadmin_explore", args=[modules[0].pk])
    few = len(get_queries(client, url))
    programme.delete()
    programme, modules, _lessons = build_programme(home_page, modules=1, lessons_per_module=12)
    url = reverse("wagtailadmin_explore", args=[modules[0].pk])
    assert len(get_queries(client, url)) == few
