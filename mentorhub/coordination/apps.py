"""A program's coordination: the pairs that need attention and what coordinators do about them, the fit check and
requests for help from the two people, and the coordinator's Home. It reads programs, health, meetings and
relationships, so it sits above all of them (docs/architecture.md)."""

from django.apps import AppConfig


class CoordinationConfig(AppConfig):
    name = "mentorhub.coordination"
    label = "coordination"

    def ready(self):
        from mentorhub.lib import dueitems, yourdata
        from mentorhub.nudges import rules

        from . import (
            home,
            nudge_rules,
            receivers,  # noqa: F401  (connects the fit check and the program events)
        )
        from . import yourdata as this_app

        rules.register(*nudge_rules.RULES)
        dueitems.register(home.home_items)
        yourdata.register(export=this_app.export)
