from django.contrib import admin

from .models import InboundEmail


@admin.register(InboundEmail)
class InboundEmailAdmin(admin.ModelAdmin):
    """Where a received reply went, or why it was refused; the text itself was never stored."""

    list_display = ["received_at", "sender", "recipient", "outcome", "reason", "bounced"]
    list_filter = ["outcome", "reason"]
    search_fields = ["message_id", "sender", "recipient"]
    readonly_fields = [field.name for field in InboundEmail._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
