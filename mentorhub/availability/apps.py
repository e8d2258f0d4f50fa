from django.apps import AppConfig


class AvailabilityConfig(AppConfig):
    name = "mentorhub.availability"
    label = "availability"

    def ready(self):
        from mentorhub.lib import sweepers

        from . import services

        sweepers.register("availability.busy_calendars", services.refresh_busy_calendars)
