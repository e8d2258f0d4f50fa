from django.apps import AppConfig


class IntegrationsConfig(AppConfig):
    name = "mentorhub.integrations"
    label = "integrations"

    def ready(self):
        from mentorhub.lib import sweepers, yourdata

        from . import (
            receivers,  # noqa: F401  (connects the relationship lifecycle receivers)
            services,
        )
        from . import yourdata as this_app

        yourdata.register(export=this_app.export, erase=this_app.erase)
        sweepers.register("webhooks", services.sweep_webhooks)
