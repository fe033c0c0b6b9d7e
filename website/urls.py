from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.auth.views import PasswordChangeView
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from . import health, legacy_urls, search, views
from .login import SiteLoginView
from .passwords import PasswordChangeForm
from .sitemaps import AllLanguagesSitemap

handler500 = "website.views.server_error"

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": AllLanguagesSitemap}}, name="sitemap"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Everything a visitor reads carries its language in the URL: /nl/… and /en/….
urlpatterns += i18n_patterns(
    path("account/login/", SiteLoginView.as_view(), name="login"),
    # Django's view with our form: its own Dutch error message says "uw" (website/passwords.py).
    path(
        "account/password_change/",
        PasswordChangeView.as_view(form_class=PasswordChangeForm),
        name="password_change",
    ),
    path("account/", include("django.contrib.auth.urls")),
    path(_("zoeken/"), search.search_view, name="search"),
    path(_("foutpagina/<int:status>/"), views.error_page_preview, name="error_page_preview"),
    path(_("mijn-gegevens/"), include("website.account_urls")),
    path("", include("programme.urls")),
    path("", include("methodology.urls")),
    path("", include("community.urls")),
    path("", include("activitylog.urls")),
    path("", include("evaluation.urls")),
    # Before wagtail's pages: an old Dutch path under /en/ (/en/mijn-leerpad/) redirects to the English one.
    legacy_urls.dutch_path_pattern(),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
