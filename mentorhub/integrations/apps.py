from django.apps import AppConfig


class IntegrationsConfig(AppConfig):
    name = "mentorhub.integrations"
    label = "integrations"

    def ready(self):
        from . import receivers  # noqa: F401  (connects the relationship lifecycle receivers)
