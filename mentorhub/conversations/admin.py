from django.contrib import admin

from .models import Report


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    """Staff read reported messages here; conversations themselves are not in the admin: they stay private."""

    list_display = ["created_at", "reporter", "author", "program", "handled_at"]
    list_filter = ["handled_at"]
    readonly_fields = ["message", "reporter", "author", "body", "reason", "program", "created_at"]
