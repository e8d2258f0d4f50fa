from django.apps import AppConfig


class OutboxConfig(AppConfig):
    name = "mentorhub.outbox"
    label = "outbox"
    verbose_name = "Email outbox"

    def ready(self):
        from mentorhub.lib import sweepers

        from . import services

        sweepers.register("emails", services.sweep)
