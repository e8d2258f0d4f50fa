from django.apps import AppConfig


class HealthConfig(AppConfig):
    name = "mentorhub.health"
    label = "health"

    def ready(self):
        from mentorhub.lib import sweepers

        from . import services

        sweepers.register("health", services.sweep_health)
