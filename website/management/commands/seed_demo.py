from importlib import import_module

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

# Each app seeds its own content; the order matters where one builds on another.
SEED_STEPS = [
    "website.demo.seed_site",
    "community.demo.seed",
    "website.demo.seed_accounts",
    "programme.demo.seed",
    "methodology.demo.seed",
    "community.demo.seed_community",
    "activitylog.demo.seed",
    "evaluation.demo.seed",
]


class Command(BaseCommand):
    help = (
        "Build the demo site: pages in Dutch and English, example organisations and demo accounts. Safe to run twice."
    )

    def handle(self, *args, **options):
        if not getattr(settings, "ALLOW_DEMO_SEED", False):
            raise CommandError(
                "seed_demo is for local and test use only and refuses to run with these settings "
                "(ALLOW_DEMO_SEED is off, as in production)."
            )
        # No outer transaction: wagtail-localize finishes translations in on-commit hooks, and every
        # step is idempotent, so an interrupted run is completed by running the command again.
        for step in SEED_STEPS:
            module_name, function_name = step.rsplit(".", 1)
            getattr(import_module(module_name), function_name)(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        self.stdout.write(
            f"Demo accounts (password: {settings.DEMO_PASSWORD}): demo-ambassador, demo-ambassador-2, demo-coordinator, "
            "demo-researcher, demo-editor, demo-moderator, demo-programmateam, and demo-admin for the Wagtail admin."
        )
