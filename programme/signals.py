"""Signal handlers of the programme."""

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone


def mark_important_change(sender, instance, revision=None, **kwargs):
    """A lesson published with "Belangrijke wijziging" ticked: note when, and untick it for the next edit.

    The published revision is changed too, because the editor's next draft starts from the latest revision.
    """
    if not instance.important_change:
        return
    now = timezone.now()
    sender.objects.filter(pk=instance.pk).update(important_change=False, content_updated_at=now)
    instance.important_change, instance.content_updated_at = False, now
    if revision is not None:
        revision.content.update(important_change=False, content_updated_at=DjangoJSONEncoder().default(now))
        revision.save(update_fields=["content"])
