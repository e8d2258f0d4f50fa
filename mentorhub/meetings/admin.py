"""Site staff see meetings and action items for support; notes and ratings, private to one person, stay out."""

from django.contrib import admin

from .models import ActionItem, CalendarFeed, Celebration, Meeting, Slot


class SlotInline(admin.TabularInline):
    model = Slot
    extra = 0


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["title", "relationship", "status", "starts_at", "recurring", "logged", "sequence"]
    list_filter = ["status", "recurring", "logged"]
    raw_id_fields = ["relationship", "organiser", "previous", "cancelled_by"]
    readonly_fields = ["uid"]
    inlines = [SlotInline]


@admin.register(ActionItem)
class ActionItemAdmin(admin.ModelAdmin):
    list_display = ["text", "assignee", "due_on", "status"]
    list_filter = ["status"]
    raw_id_fields = ["relationship", "meeting", "assignee", "created_by"]


@admin.register(Celebration)
class CelebrationAdmin(admin.ModelAdmin):
    list_display = ["text", "relationship", "created_at"]
    raw_id_fields = ["relationship", "goal", "milestone"]


@admin.register(CalendarFeed)
class CalendarFeedAdmin(admin.ModelAdmin):
    list_display = ["person", "created_at", "last_used_at"]
    raw_id_fields = ["person"]
    readonly_fields = ["token_hash"]
