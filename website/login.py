"""The site's login: Django's LoginView, with a landing page that suits ambassadors.

An ambassador who logs in from the header (or opens the login page without a `next`) lands on Mijn leerpad,
where *Ga verder waar je gebleven was* is. When a page needed the login (it sent the visitor here with
`?next=`), everyone goes back to that page. Anyone else who logs in from the header returns to the page they
were reading; without a `next`, to the home page in the language of the login page.
"""

from django.contrib.auth.views import LoginView
from django.urls import reverse
from django.utils.translation import get_language

from programme.access import get_profile
from programme.models import AmbassadorProfile

# The header's login link adds ?via=menu (website/templatetags/site_tags.py, includes/account_nav.html).
FROM_HEADER = "menu"


class SiteLoginView(LoginView):
    def from_header(self):
        return self.request.POST.get("via", self.request.GET.get("via")) == FROM_HEADER

    def get_success_url(self):
        profile = get_profile(self.request.user)
        is_ambassador = profile is not None and profile.kind == AmbassadorProfile.Kind.AMBASSADOR
        if is_ambassador and (self.from_header() or not self.get_redirect_url()):
            return reverse("programme:my_path")
        return super().get_success_url()

    def get_default_redirect_url(self):
        return f"/{get_language()}/"

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "via": FROM_HEADER if self.from_header() else ""}
