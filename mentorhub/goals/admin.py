from django.contrib import admin

from .models import DevelopmentPlan, Goal, Milestone, SkillGap


class MilestoneInline(admin.TabularInline):
    model = Milestone
    extra = 0


@admin.register(Goal)
class GoalAdmin(admin.ModelAdmin):
    list_display = ["text", "owner", "status", "visibility", "target_date"]
    list_filter = ["status", "visibility"]
    raw_id_fields = ["owner", "shared_with"]
    inlines = [MilestoneInline]


admin.site.register(DevelopmentPlan)
admin.site.register(SkillGap)
