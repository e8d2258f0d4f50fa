from django.apps import AppConfig


class RelationshipsConfig(AppConfig):
    name = "mentorhub.relationships"
    label = "relationships"
