from django.apps import AppConfig


class ProfilesConfig(AppConfig):
    name = "mentorhub.profiles"
    label = "profiles"

    def ready(self):
        from . import signals  # noqa: F401  (connects the receivers)
