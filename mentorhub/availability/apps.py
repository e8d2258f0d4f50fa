from django.apps import AppConfig


class AvailabilityConfig(AppConfig):
    name = "mentorhub.availability"
    label = "availability"

    def ready(self):
        from mentorhub.lib import sweepers, yourdata

        from . import services
        from . import yourdata as this_app

        sweepers.register("availability.busy_calendars", services.refresh_busy_calendars)
        yourdata.register(export=this_app.export, erase=this_app.erase)
