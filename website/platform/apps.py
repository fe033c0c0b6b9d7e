from django.apps import AppConfig


class PlatformConfig(AppConfig):
    """Wires the page cache (wagtail-cache hooks and invalidation signals) once all models are loaded."""

    name = "website.platform"
    label = "platform"
    verbose_name = "Platform"

    def ready(self):
        from website import cache

        cache.connect_signals()
