"""English pages get English slugs (issue 14), with permanent redirects from their old URLs.

wagtail-localize copies the Dutch slug into a translation unless an editor translates it, so
English pages lived at /en/handleidingen/ and the like. For every English page whose slug is still
its Dutch source's slug, this gives it the slug of its English title (the sections get the short
names below). The page, its descendants' URL paths, its revisions and the slug's translation in
wagtail-localize are all changed, so neither publishing an old revision nor syncing the translation
brings the Dutch slug back. A page whose English title gives the same slug, or whose new slug a
sibling already has, keeps its slug. Each old URL gets a permanent redirect (wagtail's redirects
app) to the page, which follows it if it moves again.
"""

from django.db import migrations
from django.utils.text import slugify

SECTION_SLUGS = {
    "over": "about",
    "privacy": "privacy",
    "toegankelijkheid": "accessibility",
    "programma": "programme",
    "handleidingen": "guides",
    "onderzoek": "research",
    "starten": "getting-started",
    "organisaties": "organisations",
    "leerverhalen": "stories",
    "bijeenkomsten": "meetups",
    "contact": "contact",
}


def english_slug(dutch_slug, english_title):
    return SECTION_SLUGS.get(dutch_slug) or slugify(english_title)[:255]


def translate_slug_segment(apps, page, dutch_slug, new_slug):
    StringSegment = apps.get_model("wagtail_localize", "StringSegment")
    StringTranslation = apps.get_model("wagtail_localize", "StringTranslation")
    segment = (
        StringSegment.objects.filter(
            source__object_id=page.translation_key, context__path="slug", string__data=dutch_slug
        )
        .select_related("string", "context")
        .first()
    )
    if segment is not None:
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale_id=page.locale_id,
            context=segment.context,
            defaults={"data": new_slug, "translation_type": "manual"},
        )


def rename_english_slugs(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Locale = apps.get_model("wagtailcore", "Locale")
    Revision = apps.get_model("wagtailcore", "Revision")
    Redirect = apps.get_model("wagtailredirects", "Redirect")
    english = Locale.objects.filter(language_code="en").first()
    dutch = Locale.objects.filter(language_code="nl").first()
    if english is None or dutch is None:
        return
    dutch_slugs = dict(Page.objects.filter(locale=dutch).values_list("translation_key", "slug"))
    # Parents first: a child's URL path already carries its parent's new slug when it is renamed.
    for page in Page.objects.filter(locale=english, depth__gt=2).order_by("path"):
        page.refresh_from_db()
        new_slug = english_slug(page.slug, page.title)
        if dutch_slugs.get(page.translation_key) != page.slug or not new_slug or new_slug == page.slug:
            continue
        parent_path = page.path[:-4]
        if Page.objects.filter(path__startswith=parent_path, depth=page.depth, slug=new_slug).exists():
            continue
        home = Page.objects.get(path=page.path[:8])  # the English home page: /en/ is its URL
        subtree = list(Page.objects.filter(path__startswith=page.path).order_by("path"))
        old_prefix, new_prefix = page.url_path, page.url_path[: -len(page.slug) - 1] + new_slug + "/"
        for node in subtree:
            if node.live:
                Redirect.objects.get_or_create(
                    old_path=("/en" + node.url_path[len(home.url_path) - 1 :]).rstrip("/"),
                    site=None,
                    defaults={"redirect_page_id": node.pk, "is_permanent": True, "automatically_created": True},
                )
            node.url_path = new_prefix + node.url_path[len(old_prefix) :]
            if node.pk == page.pk:
                node.slug = new_slug
            node.save(update_fields=["url_path", "slug"])
        for revision in Revision.objects.filter(content_type_id=page.content_type_id, object_id=str(page.pk)):
            if revision.content.get("slug") == dutch_slugs[page.translation_key]:
                revision.content["slug"] = new_slug
                revision.save(update_fields=["content"])
        translate_slug_segment(apps, page, dutch_slugs[page.translation_key], new_slug)


class Migration(migrations.Migration):
    dependencies = [
        ("website", "0004_footer_text_en"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    # Not undone: the redirects would point the old URLs at the new ones anyway.
    operations = [migrations.RunPython(rename_english_slugs, migrations.RunPython.noop)]
