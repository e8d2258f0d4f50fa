from django.contrib import admin, messages
from django.utils import timezone

from .models import FAILED, QUEUED, Email


@admin.register(Email)
class EmailAdmin(admin.ModelAdmin):
    list_display = ["subject", "recipients", "state", "attempts", "next_attempt_at", "sent_at", "last_error"]
    list_filter = ["state"]
    search_fields = ["message_id", "subject", "to"]
    date_hierarchy = "created_at"
    # Bodies carry sign-in and reset links: staff see where an email stands, never what it says.
    fields = readonly_fields = [
        "state", "message_id", "from_email", "to", "subject", "created_at", "attempts", "next_attempt_at",
        "leased_until", "handed_over_at", "sent_at", "last_error",
    ]  # fmt: skip
    actions = ["send_again"]

    @admin.display(description="To")
    def recipients(self, email):
        return ", ".join(email.to)

    @admin.action(description="Send the selected failed emails again")
    def send_again(self, request, queryset):
        count = queryset.filter(state=FAILED).update(state=QUEUED, attempts=0, next_attempt_at=timezone.now())
        self.message_user(request, f"{count} failed email(s) queued again; the next sweep sends them.", messages.INFO)

    def has_add_permission(self, request):
        return False
