from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "mentorhub.meetings"
    label = "meetings"

    def ready(self):
        from mentorhub.lib import calendars, dueitems, yourdata
        from mentorhub.nudges import rules

        from . import (
            ics,
            nudge_rules,
            receivers,  # noqa: F401  (connects the celebration receivers)
            services,
        )
        from . import yourdata as this_app

        rules.register(*nudge_rules.RULES)
        yourdata.register(export=this_app.export, erase=this_app.erase)
        dueitems.register(services.home_items)
        calendars.register(ics.calendar_entries)
