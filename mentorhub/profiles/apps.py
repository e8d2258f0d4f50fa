from django.apps import AppConfig


class ProfilesConfig(AppConfig):
    name = "mentorhub.profiles"
    label = "profiles"
