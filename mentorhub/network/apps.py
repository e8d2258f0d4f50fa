from django.apps import AppConfig


class NetworkConfig(AppConfig):
    name = "mentorhub.network"
    label = "network"

    def ready(self):
        from mentorhub.lib import dueitems, yourdata
        from mentorhub.nudges import rules

        from . import nudge_rules, receivers, services  # noqa: F401  (receivers: the relationship lifecycle's)
        from . import yourdata as this_app

        rules.register(*nudge_rules.RULES)
        yourdata.register(export=this_app.export, erase=this_app.erase)
        dueitems.register(services.home_items)
