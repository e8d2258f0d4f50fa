from django.apps import AppConfig


class ProvisioningConfig(AppConfig):
    name = "mentorhub.provisioning"
    label = "provisioning"
    verbose_name = "Provisioning"

    def ready(self):
        from mentorhub.nudges import rules

        from . import nudge_rules

        rules.register(*nudge_rules.RULES)
