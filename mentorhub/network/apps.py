from django.apps import AppConfig


class NetworkConfig(AppConfig):
    name = "mentorhub.network"
    label = "network"
