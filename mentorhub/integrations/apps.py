from django.apps import AppConfig


class IntegrationsConfig(AppConfig):
    name = "mentorhub.integrations"
    label = "integrations"
