from django.contrib import admin

from .models import Notification, Nudge


@admin.register(Nudge)
class NudgeAdmin(admin.ModelAdmin):
    list_display = ["rule", "person", "due_at", "delivered_at", "attempts", "skipped"]
    list_filter = ["rule", "category"]
    search_fields = ["key", "person__email"]
    raw_id_fields = ["person"]


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["title", "person", "created_at", "read_at"]
    raw_id_fields = ["person", "nudge"]
