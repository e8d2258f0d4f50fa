from django.contrib import admin

from .models import Enrollment, EnrollmentQuestion, MatchProposal, MatchRun, Program


class EnrollmentInline(admin.TabularInline):
    model = Enrollment
    raw_id_fields = ["person", "decided_by"]
    fields = ["person", "role", "status", "department", "cohort", "capacity", "source"]
    extra = 0


class QuestionInline(admin.TabularInline):
    model = EnrollmentQuestion
    extra = 0


@admin.register(Program)
class ProgramAdmin(admin.ModelAdmin):
    list_display = ["name", "visibility", "approval", "starts_on", "ends_on"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["coordinators"]
    inlines = [QuestionInline, EnrollmentInline]


class ProposalInline(admin.TabularInline):
    model = MatchProposal
    raw_id_fields = ["mentee", "mentor", "relationship"]
    fields = ["mentee", "mentor", "score", "rank", "relationship", "note"]
    extra = 0


@admin.register(MatchRun)
class MatchRunAdmin(admin.ModelAdmin):
    list_display = ["program", "number", "status", "objective", "created_at", "published_at"]
    list_filter = ["status"]
    raw_id_fields = ["created_by", "published_by"]
    inlines = [ProposalInline]
