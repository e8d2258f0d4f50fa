from django.apps import AppConfig


class GoalsConfig(AppConfig):
    name = "mentorhub.goals"
    label = "goals"

    def ready(self):
        from mentorhub.lib import yourdata

        from . import yourdata as this_app

        yourdata.register(export=this_app.export, erase=this_app.erase)
