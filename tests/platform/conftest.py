import pytest
from django.core.cache import caches


@pytest.fixture
def page_cache(settings):
    """Switch the anonymous full-page cache on (it is off in test settings) and start empty."""
    settings.WAGTAIL_CACHE = True
    cache = caches[settings.WAGTAIL_CACHE_BACKEND]
    cache.clear()
    yield cache
    cache.clear()
