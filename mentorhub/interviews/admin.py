from django.contrib import admin

from .models import InformationalInterview


@admin.register(InformationalInterview)
class InformationalInterviewAdmin(admin.ModelAdmin):
    list_display = ["requester", "interviewee", "status", "starts_at"]
    list_filter = ["status"]
    raw_id_fields = ["requester", "interviewee", "contact", "message"]
    exclude = ["prep_notes"]  # the requester's own questions
