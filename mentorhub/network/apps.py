from django.apps import AppConfig


class NetworkConfig(AppConfig):
    name = "mentorhub.network"
    label = "network"

    def ready(self):
        from mentorhub.nudges import rules

        from . import nudge_rules, receivers  # noqa: F401  (connects the relationship lifecycle receivers)

        rules.register(*nudge_rules.RULES)
