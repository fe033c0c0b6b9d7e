from copy import deepcopy
from pathlib import Path

import pytest
from django.core.cache import caches
from django.template import TemplateDoesNotExist
from django.template.loader import get_template


@pytest.fixture
def page_cache(settings):
    """Switch the anonymous full-page cache on (it is off in test settings) and start empty."""
    settings.WAGTAIL_CACHE = True
    cache = caches[settings.WAGTAIL_CACHE_BACKEND]
    cache.clear()
    yield cache
    cache.clear()


TEST_TEMPLATES = Path(__file__).parent / "templates"


@pytest.fixture(autouse=True)
def login_template(settings):
    """Fall back to a minimal login template while no app provides registration/login.html."""
    try:
        get_template("registration/login.html")
    except TemplateDoesNotExist:
        templates = deepcopy(settings.TEMPLATES)
        templates[0]["DIRS"] = [*templates[0]["DIRS"], TEST_TEMPLATES]
        settings.TEMPLATES = templates
