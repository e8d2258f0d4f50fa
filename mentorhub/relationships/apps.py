from django.apps import AppConfig


class RelationshipsConfig(AppConfig):
    name = "mentorhub.relationships"
    label = "relationships"

    def ready(self):
        from mentorhub.nudges import rules

        from . import nudge_rules, receivers  # noqa: F401  (connects the receivers of profile and lifecycle changes)

        rules.register(*nudge_rules.RULES)
