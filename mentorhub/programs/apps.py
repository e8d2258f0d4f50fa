from django.apps import AppConfig


class ProgramsConfig(AppConfig):
    name = "mentorhub.programs"
    label = "programs"

    def ready(self):
        from mentorhub.lib import yourdata
        from mentorhub.nudges import rules

        from . import nudge_rules, receivers  # noqa: F401 (receivers connect on import)
        from . import yourdata as this_app

        rules.register(*nudge_rules.RULES)
        yourdata.register(export=this_app.export)
