from django.contrib import admin

from .models import Enrollment, Program


class EnrollmentInline(admin.TabularInline):
    model = Enrollment
    raw_id_fields = ["person"]
    extra = 0


@admin.register(Program)
class ProgramAdmin(admin.ModelAdmin):
    list_display = ["name", "visibility", "starts_on", "ends_on"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["coordinators"]
    inlines = [EnrollmentInline]
