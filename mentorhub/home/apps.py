from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "mentorhub.home"
    label = "home"
