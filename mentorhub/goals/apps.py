from django.apps import AppConfig


class GoalsConfig(AppConfig):
    name = "mentorhub.goals"
    label = "goals"
