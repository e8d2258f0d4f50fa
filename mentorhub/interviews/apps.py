from django.apps import AppConfig


class InterviewsConfig(AppConfig):
    name = "mentorhub.interviews"
    label = "interviews"

    def ready(self):
        from mentorhub.lib import busytimes, calendars, dueitems, yourdata
        from mentorhub.nudges import rules

        from . import ics, nudge_rules, services
        from . import yourdata as this_app

        rules.register(*nudge_rules.RULES)
        busytimes.register(services.busy_times)
        calendars.register(ics.calendar_entries)
        dueitems.register(services.home_items)
        yourdata.register(export=this_app.export, erase=this_app.erase, erase_order=yourdata.SHARED)
