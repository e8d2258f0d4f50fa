from django.apps import AppConfig


class MatchingConfig(AppConfig):
    name = "mentorhub.matching"
    label = "matching"
