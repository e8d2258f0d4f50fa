from django.apps import AppConfig


class ProgramsConfig(AppConfig):
    name = "mentorhub.programs"
    label = "programs"

    def ready(self):
        from mentorhub.lib import yourdata

        from . import yourdata as this_app

        yourdata.register(export=this_app.export)
