from django.apps import AppConfig


class NudgesConfig(AppConfig):
    name = "mentorhub.nudges"
    label = "nudges"
