"""Sector slugs become English (issue 17): they are keys in the research exports and in filter links.

Only the sectors the programme started with are renamed (a frozen copy of website/legacy_keys.py);
a sector an editor added keeps its slug. Old links keep working through website/legacy_keys.py.
"""

from django.db import migrations, models

SECTORS = {
    "metaal-en-techniek": "metal-and-engineering",
    "overheid": "government",
    "zorg-en-welzijn": "care",
    "schoonmaak": "cleaning",
    "transport-en-logistiek": "transport-and-logistics",
    "bouw-en-infra": "construction",
    "voedings-en-procesindustrie": "food-and-process-industry",
    "detailhandel": "retail",
}


def rename(apps, schema_editor, backwards=False):
    Sector = apps.get_model("community", "Sector")
    mapping = {new: old for old, new in SECTORS.items()} if backwards else SECTORS
    for old, new in mapping.items():
        # A sector an editor already gave the new slug wins; the old one is then left as it is.
        if not Sector.objects.filter(slug=new).exists():
            Sector.objects.filter(slug=old).update(slug=new)


def rename_back(apps, schema_editor):
    rename(apps, schema_editor, backwards=True)


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0002_pages_stories_meetups_contact"),
    ]

    operations = [
        migrations.AlterField(
            model_name="sector",
            name="slug",
            field=models.SlugField(
                help_text="Vaste Engelse sleutel, bijvoorbeeld cleaning. Staat ook in de onderzoeksexports.",
                unique=True,
                verbose_name="slug",
            ),
        ),
        migrations.RunPython(rename, rename_back),
    ]
