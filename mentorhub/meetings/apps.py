from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "mentorhub.meetings"
    label = "meetings"

    def ready(self):
        from . import receivers  # noqa: F401  (connects the celebration receivers)
