from django.apps import AppConfig


class RelationshipsConfig(AppConfig):
    name = "mentorhub.relationships"
    label = "relationships"

    def ready(self):
        from . import receivers  # noqa: F401  (connects the receivers of profile changes)
