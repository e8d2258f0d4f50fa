from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "mentorhub.accounts"
    label = "accounts"
