from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "mentorhub.accounts"
    label = "accounts"

    def ready(self):
        from mentorhub.lib import yourdata

        from . import receivers  # noqa: F401  (connects them)
        from . import yourdata as this_app

        yourdata.register(export=this_app.export, erase=this_app.erase, erase_order=yourdata.ACCOUNT)
