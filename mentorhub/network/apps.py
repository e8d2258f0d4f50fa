from django.apps import AppConfig


class NetworkConfig(AppConfig):
    name = "mentorhub.network"
    label = "network"

    def ready(self):
        from . import receivers  # noqa: F401  (connects the relationship lifecycle receivers)
