from django.apps import AppConfig


class RelationshipsConfig(AppConfig):
    name = "mentorhub.relationships"
    label = "relationships"

    def ready(self):
        from mentorhub.lib import dueitems, sweepers, yourdata
        from mentorhub.nudges import rules

        from . import (
            nudge_rules,
            receivers,  # noqa: F401  (connects the receivers of profile and lifecycle changes)
            services,
        )
        from . import yourdata as this_app

        rules.register(*nudge_rules.RULES)
        yourdata.register(export=this_app.export, erase=this_app.erase, erase_order=yourdata.SHARED)
        sweepers.register("requests", services.sweep_requests)
        dueitems.register(services.home_items)
