"""The site's URLs plus /bench-bare/: the ceiling a cached page is compared with (used only by bench/run.py)."""

from django.http import HttpResponse
from django.urls import path
from django.views.decorators.cache import never_cache

from website.urls import urlpatterns as site_urlpatterns

BODY = b'<!DOCTYPE html><html lang="nl"><title>kaal</title><p>Kale Django-view.</p></html>'


@never_cache  # never stored by the page cache: it measures the full middleware stack around a trivial view
def bare_view(request):
    return HttpResponse(BODY)


urlpatterns = [path("bench-bare/", bare_view), *site_urlpatterns]
