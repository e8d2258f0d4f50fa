from django.apps import AppConfig


class OperationsConfig(AppConfig):
    name = "mentorhub.operations"
    label = "operations"
    verbose_name = "Operations"

    def ready(self):
        from mentorhub.lib import sweepers

        from . import heartbeat

        sweepers.register("workers", heartbeat.recover_dead)
