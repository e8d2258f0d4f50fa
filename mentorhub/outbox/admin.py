from django.contrib import admin

from .models import Email


@admin.register(Email)
class EmailAdmin(admin.ModelAdmin):
    list_display = ["subject", "recipients", "state", "attempts", "next_attempt_at", "sent_at", "last_error"]
    list_filter = ["state"]
    search_fields = ["message_id", "subject", "to"]
    date_hierarchy = "created_at"
    readonly_fields = [f.name for f in Email._meta.fields]

    @admin.display(description="To")
    def recipients(self, email):
        return ", ".join(email.to)

    def has_add_permission(self, request):
        return False
