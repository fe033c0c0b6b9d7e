from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class AllLanguagesSitemap(Sitemap):
    """Wagtail's sitemap lists only the default site's tree; ours also lists each translation's tree."""

    def items(self):
        root = self.get_wagtail_site().root_page
        trees = None
        for localized_root in Page.objects.filter(translation_key=root.translation_key):
            tree = Page.objects.descendant_of(localized_root, inclusive=True)
            trees = tree if trees is None else trees | tree
        return trees.live().public().order_by("path").defer_streamfields().specific()
