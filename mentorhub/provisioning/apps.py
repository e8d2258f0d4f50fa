from django.apps import AppConfig


class ProvisioningConfig(AppConfig):
    name = "mentorhub.provisioning"
    label = "provisioning"
    verbose_name = "Provisioning"

    def ready(self):
        from mentorhub.lib import yourdata
        from mentorhub.nudges import rules

        from . import nudge_rules
        from . import yourdata as this_app

        rules.register(*nudge_rules.RULES)
        yourdata.register(export=this_app.export, erase=this_app.erase)
