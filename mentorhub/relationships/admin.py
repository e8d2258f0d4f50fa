from django.contrib import admin

from .models import AgreementVersion, MentorshipRequest, Relationship, RelationshipEvent


@admin.register(MentorshipRequest)
class MentorshipRequestAdmin(admin.ModelAdmin):
    list_display = ["mentee", "mentor", "status", "created_at", "expires_at"]
    list_filter = ["status"]
    raw_id_fields = ["mentee", "mentor", "goals"]


class EventInline(admin.TabularInline):
    model = RelationshipEvent
    extra = 0
    raw_id_fields = ["actor"]


@admin.register(Relationship)
class RelationshipAdmin(admin.ModelAdmin):
    list_display = ["mentee", "mentor", "kind", "status", "phase", "started_on"]
    list_filter = ["status", "phase", "kind"]
    raw_id_fields = ["mentee", "mentor", "request"]
    inlines = [EventInline]


admin.site.register(AgreementVersion)
