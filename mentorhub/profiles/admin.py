from django.contrib import admin

from .models import Profile


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = ["name", "user", "seeking_mentors", "accepting_mentees", "visibility"]
    list_filter = ["seeking_mentors", "accepting_mentees", "visibility", "industry"]
    search_fields = ["name", "user__email", "headline"]
    raw_id_fields = ["user"]
