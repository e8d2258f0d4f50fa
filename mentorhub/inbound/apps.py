from django.apps import AppConfig


class InboundConfig(AppConfig):
    name = "mentorhub.inbound"
    label = "inbound"
    verbose_name = "Inbound email"

    def ready(self):
        from mentorhub.lib import sweepers, yourdata

        from . import services

        sweepers.register("inbound_emails", services.forget_old)
        yourdata.register(erase=services.erase)
