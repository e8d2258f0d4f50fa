from django.apps import AppConfig


class AvailabilityConfig(AppConfig):
    name = "mentorhub.availability"
    label = "availability"

    def ready(self):
        from mentorhub.lib import calendars, sweepers, yourdata

        from . import (
            caldav_sync,
            receivers,  # noqa: F401  (a changed meeting syncs the CalDAV calendars of its people)
            services,
        )
        from . import yourdata as this_app

        sweepers.register("availability.busy_calendars", services.refresh_busy_calendars)
        sweepers.register("availability.caldav", caldav_sync.sync_due)
        yourdata.register(export=this_app.export, erase=this_app.erase)
        calendars.register_finder(services.common_free_time)
