from django.apps import AppConfig


class NudgesConfig(AppConfig):
    name = "mentorhub.nudges"
    label = "nudges"

    def ready(self):
        from mentorhub.lib import sweepers, yourdata

        from . import services
        from . import yourdata as this_app

        yourdata.register(export=this_app.export, erase=this_app.erase)
        sweepers.register("nudges", services.sweep)
        sweepers.register("digests", services.send_digests)
