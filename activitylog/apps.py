from django.apps import AppConfig


class ActivityLogConfig(AppConfig):
    name = "activitylog"
