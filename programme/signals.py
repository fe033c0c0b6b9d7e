"""Signal handlers of the programme."""

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone


def mark_important_change(sender, instance, revision=None, **kwargs):
    """A lesson published with "Belangrijke wijziging" ticked: note when, and untick it for the next edit.

    The published revision is changed too, because the editor's next draft starts from the latest revision.
    The lesson's translations get the same moment (and so show "This lesson has been updated"): the change is
    made in Dutch, and wagtail-localize does not copy a field editors cannot edit when it syncs a translation.
    """
    if not instance.important_change:
        return
    # Whole milliseconds, as the revisions store it (DjangoJSONEncoder), so the page and its revisions agree.
    now = timezone.now()
    now = now.replace(microsecond=now.microsecond // 1000 * 1000)
    stamp = DjangoJSONEncoder().default(now)
    sender.objects.filter(pk=instance.pk).update(important_change=False, content_updated_at=now)
    instance.important_change, instance.content_updated_at = False, now
    if revision is not None:
        revision.content.update(important_change=False, content_updated_at=stamp)
        revision.save(update_fields=["content"])
    translations = sender.objects.filter(translation_key=instance.translation_key).exclude(pk=instance.pk)
    for translation in translations.select_related("latest_revision"):
        if translation.latest_revision is not None:
            translation.latest_revision.content.update(content_updated_at=stamp)
            translation.latest_revision.save(update_fields=["content"])
    translations.update(content_updated_at=now)
