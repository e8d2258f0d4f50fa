from django.contrib import admin

from .models import CoordinatorNote, FitCheck, HelpRequest


@admin.register(FitCheck)
class FitCheckAdmin(admin.ModelAdmin):
    list_display = ["relationship", "person", "answer", "answered_at", "resolved_at"]
    list_filter = ["answer"]
    raw_id_fields = ["relationship", "person"]


@admin.register(HelpRequest)
class HelpRequestAdmin(admin.ModelAdmin):
    list_display = ["relationship", "person", "kind", "created_at", "resolved_at"]
    list_filter = ["kind"]
    raw_id_fields = ["relationship", "person", "resolved_by"]


@admin.register(CoordinatorNote)
class CoordinatorNoteAdmin(admin.ModelAdmin):
    list_display = ["relationship", "author", "created_at"]
    raw_id_fields = ["relationship", "author"]
