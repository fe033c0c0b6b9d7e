"""Local development: debug on, a fixed throwaway key, e-mail to the console."""

from .base import *  # noqa: F401,F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
ALLOW_DEMO_SEED = True
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# A fixed key so the demo researcher can try the exports; real studies set their own secret in the environment.
EVALUATION_PSEUDONYM_KEY = os.environ.get("EVALUATION_PSEUDONYM_KEY") or "dev-only-pseudonym-key-not-for-research"  # noqa: F405
