from django.apps import AppConfig


class NudgesConfig(AppConfig):
    name = "mentorhub.nudges"
    label = "nudges"

    def ready(self):
        from . import receivers  # noqa: F401  (connects the relationship lifecycle receivers)
