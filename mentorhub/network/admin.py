from django.contrib import admin

from .models import Contact, Encounter, OutreachMessage


@admin.register(Contact)
class ContactAdmin(admin.ModelAdmin):
    list_display = ["name", "owner", "organisation", "how_known", "stage"]
    list_filter = ["stage", "how_known"]
    search_fields = ["name", "email", "organisation"]
    raw_id_fields = ["owner", "person", "goals", "skill_gaps"]


@admin.register(Encounter)
class EncounterAdmin(admin.ModelAdmin):
    list_display = ["contact", "owner", "where", "met_at", "followed_up_at"]
    raw_id_fields = ["owner", "contact"]


@admin.register(OutreachMessage)
class OutreachMessageAdmin(admin.ModelAdmin):
    list_display = ["contact", "owner", "template", "channel", "sent_at", "response", "coach_passed"]
    list_filter = ["template", "channel", "response", "coach_passed"]
    raw_id_fields = ["owner", "contact", "recipient", "follow_up_of"]
