from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "mentorhub.meetings"
    label = "meetings"

    def ready(self):
        from mentorhub.nudges import rules

        from . import nudge_rules, receivers  # noqa: F401  (connects the celebration receivers)

        rules.register(*nudge_rules.RULES)
