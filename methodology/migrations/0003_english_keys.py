"""Stored keys become English (issue 17): phases, publication types, start-check answers, theme slugs.

Labels stay Dutch. The Dutch keys are renamed in the pages, in every revision (so publishing an
older revision or a draft cannot bring a Dutch key back) and in wagtail-localize's copies of the
Dutch source (so syncing a translation cannot either). Old links keep working through
website/legacy_keys.py. A frozen copy of the maps is kept here on purpose.
"""

import json

import wagtail.fields
from django.db import migrations, models

PHASES = {
    "verkennen": "explore",
    "voorbereiden": "prepare",
    "werven-en-selecteren": "recruit",
    "opleiden": "train",
    "inzetten": "deploy",
    "borgen": "sustain",
}
PUBLICATION_TYPES = {"artikel": "article", "rapport": "report", "presentatie": "presentation"}
ANSWERS = {"ja": "yes", "deels": "partly", "nee": "no"}
THEMES = {
    "bereik": "reach",
    "rol-van-de-ambassadeur": "ambassador-role",
    "samenwerking": "collaboration",
    "borging": "sustainment",
}
# Page fields with a key, per page model.
PAGE_FIELDS = {"guidepage": {"phase": PHASES}, "publicationpage": {"publication_type": PUBLICATION_TYPES}}


def inverted(mapping):
    return {new: old for old, new in mapping.items()}


def rename_in_dict(content, fields, backwards):
    changed = False
    for field, mapping in fields.items():
        mapping = inverted(mapping) if backwards else mapping
        if content.get(field) in mapping:
            content[field] = mapping[content[field]]
            changed = True
    return changed


def rename(apps, schema_editor, backwards=False):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")
    for model_name, fields in PAGE_FIELDS.items():
        model = apps.get_model("methodology", model_name)
        for field, mapping in fields.items():
            for old, new in (inverted(mapping) if backwards else mapping).items():
                model.objects.filter(**{field: old}).update(**{field: new})
        content_type = ContentType.objects.filter(app_label="methodology", model=model_name).first()
        if content_type is None:
            continue
        for revision in Revision.objects.filter(content_type=content_type):
            if rename_in_dict(revision.content, fields, backwards):
                revision.save(update_fields=["content"])
        for source in TranslationSource.objects.filter(specific_content_type=content_type):
            content = json.loads(source.content_json)
            if rename_in_dict(content, fields, backwards):
                source.content_json = json.dumps(content)
                source.save(update_fields=["content_json"])

    StartRequest = apps.get_model("methodology", "StartRequest")
    phases = inverted(PHASES) if backwards else PHASES
    answers = inverted(ANSWERS) if backwards else ANSWERS
    for request in StartRequest.objects.all():
        request.recommended_phase = phases.get(request.recommended_phase, request.recommended_phase)
        request.answers = {key: answers.get(value, value) for key, value in request.answers.items()}
        request.save(update_fields=["recommended_phase", "answers"])

    Theme = apps.get_model("methodology", "Theme")
    for old, new in (inverted(THEMES) if backwards else THEMES).items():
        # A theme an editor already gave the new slug wins; the old one is then left as it is.
        if not Theme.objects.filter(slug=new).exists():
            Theme.objects.filter(slug=old).update(slug=new)


def rename_back(apps, schema_editor):
    rename(apps, schema_editor, backwards=True)


class Migration(migrations.Migration):
    dependencies = [
        ("methodology", "0002_editorial_permissions"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [
        migrations.AlterField(
            model_name="guidepage",
            name="body",
            field=wagtail.fields.StreamField(
                [
                    ("heading", 2),
                    ("paragraph", 3),
                    ("steps", 10),
                    ("checklist", 14),
                    ("callout", 18),
                    ("example", 24),
                    ("quote", 26),
                    ("image", 29),
                ],
                block_lookup={
                    0: ("wagtail.blocks.CharBlock", (), {"label": "Kop"}),
                    1: ("wagtail.blocks.ChoiceBlock", [], {"choices": [("h2", "H2"), ("h3", "H3")], "label": "Niveau"}),
                    2: ("wagtail.blocks.StructBlock", [[("text", 0), ("level", 1)]], {}),
                    3: (
                        "wagtail.blocks.RichTextBlock",
                        (),
                        {"features": ["bold", "italic", "link", "document-link", "ol", "ul", "h3"], "label": "Tekst"},
                    ),
                    4: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Leeg laten voor ‘Stappen’.", "label": "Kop", "required": False},
                    ),
                    5: ("wagtail.blocks.CharBlock", (), {"label": "Wat doe je?"}),
                    6: (
                        "wagtail.blocks.RichTextBlock",
                        (),
                        {
                            "features": ["bold", "italic", "link", "document-link", "ol", "ul"],
                            "label": "Uitleg",
                            "required": False,
                        },
                    ),
                    7: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Bijvoorbeeld: HR, de ambassadeur, de OR.",
                            "label": "Wie doet het?",
                            "required": False,
                        },
                    ),
                    8: ("wagtail.blocks.StructBlock", [[("title", 5), ("text", 6), ("who", 7)]], {}),
                    9: ("wagtail.blocks.ListBlock", (8,), {"label": "Stappen", "min_num": 1}),
                    10: ("wagtail.blocks.StructBlock", [[("heading", 4), ("steps", 9)]], {}),
                    11: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Leeg laten voor ‘Checklist’.", "label": "Kop", "required": False},
                    ),
                    12: ("wagtail.blocks.CharBlock", (), {"label": "Punt"}),
                    13: ("wagtail.blocks.ListBlock", (12,), {"label": "Punten", "min_num": 1}),
                    14: ("wagtail.blocks.StructBlock", [[("heading", 11), ("items", 13)]], {}),
                    15: (
                        "wagtail.blocks.ChoiceBlock",
                        [],
                        {"choices": [("tip", "Tip"), ("pitfall", "Valkuil"), ("note", "Let op")], "label": "Soort"},
                    ),
                    16: ("wagtail.blocks.CharBlock", (), {"label": "Titel", "required": False}),
                    17: (
                        "wagtail.blocks.RichTextBlock",
                        (),
                        {"features": ["bold", "italic", "link", "ul"], "label": "Tekst"},
                    ),
                    18: ("wagtail.blocks.StructBlock", [[("kind", 15), ("title", 16), ("text", 17)]], {}),
                    19: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Alleen noemen als de organisatie dat goed vindt.", "label": "Organisatie"},
                    ),
                    20: ("wagtail.blocks.CharBlock", (), {"label": "Sector", "required": False}),
                    21: (
                        "wagtail.blocks.RichTextBlock",
                        (),
                        {"features": ["bold", "italic", "link", "document-link", "ol", "ul"], "label": "Wat deden ze?"},
                    ),
                    22: ("wagtail.blocks.TextBlock", (), {"label": "Citaat", "required": False}),
                    23: ("wagtail.blocks.CharBlock", (), {"label": "Wie zegt het", "required": False}),
                    24: (
                        "wagtail.blocks.StructBlock",
                        [[("organisation", 19), ("sector", 20), ("text", 21), ("quote", 22), ("attribution", 23)]],
                        {},
                    ),
                    25: ("wagtail.blocks.TextBlock", (), {"label": "Citaat"}),
                    26: ("wagtail.blocks.StructBlock", [[("quote", 25), ("attribution", 23)]], {}),
                    27: ("wagtail.images.blocks.ImageBlock", [], {"label": "Afbeelding"}),
                    28: ("wagtail.blocks.CharBlock", (), {"label": "Onderschrift", "required": False}),
                    29: ("wagtail.blocks.StructBlock", [[("image", 27), ("caption", 28)]], {}),
                },
                verbose_name="inhoud",
            ),
        ),
        migrations.AlterField(
            model_name="guidepage",
            name="phase",
            field=models.CharField(
                choices=[
                    ("explore", "Verkennen"),
                    ("prepare", "Voorbereiden"),
                    ("recruit", "Werven en selecteren"),
                    ("train", "Opleiden"),
                    ("deploy", "Inzetten"),
                    ("sustain", "Borgen"),
                ],
                max_length=30,
                verbose_name="fase",
            ),
        ),
        migrations.AlterField(
            model_name="publicationpage",
            name="publication_type",
            field=models.CharField(
                choices=[
                    ("article", "Artikel"),
                    ("report", "Rapport"),
                    ("factsheet", "Factsheet"),
                    ("presentation", "Presentatie"),
                ],
                default="report",
                max_length=20,
                verbose_name="soort",
            ),
        ),
        migrations.AlterField(
            model_name="startrequest",
            name="recommended_phase",
            field=models.CharField(
                choices=[
                    ("explore", "Verkennen"),
                    ("prepare", "Voorbereiden"),
                    ("recruit", "Werven en selecteren"),
                    ("train", "Opleiden"),
                    ("deploy", "Inzetten"),
                    ("sustain", "Borgen"),
                ],
                max_length=30,
                verbose_name="aanbevolen fase",
            ),
        ),
        migrations.AlterField(
            model_name="theme",
            name="slug",
            field=models.SlugField(
                help_text="Vaste Engelse sleutel, bijvoorbeeld reach. Staat ook in links met filters.",
                unique=True,
                verbose_name="slug",
            ),
        ),
        migrations.RunPython(rename, rename_back),
    ]
