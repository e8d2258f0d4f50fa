from django.apps import AppConfig


class ProfilesConfig(AppConfig):
    name = "mentorhub.profiles"
    label = "profiles"

    def ready(self):
        from . import receivers  # noqa: F401  (connects the receivers)
