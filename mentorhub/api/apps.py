from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "mentorhub.api"
    label = "api"
