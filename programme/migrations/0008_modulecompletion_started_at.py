from django.db import migrations, models
from django.db.models import Min, OuterRef, Subquery


def fill_started_at(apps, schema_editor):
    """Existing completions: when the ambassador opened the module's first lesson, in one UPDATE."""
    LessonProgress = apps.get_model("programme", "LessonProgress")
    ModuleCompletion = apps.get_model("programme", "ModuleCompletion")
    first_lesson = (
        LessonProgress.objects.filter(user_id=OuterRef("user_id"), module_key=OuterRef("module_key"))
        .order_by()
        .values("user_id")
        .annotate(first=Min("started_at"))
        .values("first")
    )
    ModuleCompletion.objects.update(started_at=Subquery(first_lesson))


class Migration(migrations.Migration):
    dependencies = [
        ("programme", "0007_lessonprogress_first_lesson_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="modulecompletion",
            name="started_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="begonnen op"),
        ),
        migrations.RunPython(fill_started_at, migrations.RunPython.noop, elidable=True),
    ]
