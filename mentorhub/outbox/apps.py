from django.apps import AppConfig


class OutboxConfig(AppConfig):
    name = "mentorhub.outbox"
    label = "outbox"
    verbose_name = "Email outbox"
