from django.apps import AppConfig


class AvailabilityConfig(AppConfig):
    name = "mentorhub.availability"
    label = "availability"
