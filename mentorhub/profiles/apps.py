from django.apps import AppConfig


class ProfilesConfig(AppConfig):
    name = "mentorhub.profiles"
    label = "profiles"

    def ready(self):
        from mentorhub.lib import yourdata

        from . import receivers  # noqa: F401  (connects the receivers)
        from . import yourdata as this_app

        yourdata.register(export=this_app.export, erase=this_app.erase, erase_order=yourdata.PROFILE)
