"""The site's URLs plus two views that only the page-cache tests need."""

from django.http import HttpResponse
from django.template import engines
from django.urls import path

from website.urls import urlpatterns as site_urlpatterns

FORM = engines["django"].from_string('<form method="post">{% csrf_token %}<button>Verstuur</button></form>')


def form_view(request):
    return HttpResponse(FORM.render({}, request))


def cookie_view(request):
    response = HttpResponse("<p>Hallo</p>")
    response.set_cookie("voorkeur", "groot")
    return response


def plain_view(request):
    return HttpResponse("<p>Zonder koekjes</p>")


urlpatterns = [
    path("cache-test/form/", form_view),
    path("cache-test/cookie/", cookie_view),
    path("cache-test/plain/", plain_view),
    *site_urlpatterns,
]
