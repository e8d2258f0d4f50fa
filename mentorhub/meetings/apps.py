from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "mentorhub.meetings"
    label = "meetings"
