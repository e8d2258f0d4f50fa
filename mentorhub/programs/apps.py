from django.apps import AppConfig


class ProgramsConfig(AppConfig):
    name = "mentorhub.programs"
    label = "programs"
