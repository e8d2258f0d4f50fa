from django.urls import path

from . import views

app_name = "goals"

urlpatterns = [
    path("", views.index, name="index"),
    path("plan/", views.plan, name="plan"),
    path("skill-gaps/new/", views.skill_gap_edit, name="skill_gap_new"),
    path("skill-gaps/<int:pk>/", views.skill_gap_edit, name="skill_gap_edit"),
    path("skill-gaps/<int:pk>/delete/", views.skill_gap_delete, name="skill_gap_delete"),
    path("new/", views.goal_edit, name="new"),
    path("coach/", views.coach, name="coach"),
    path("<int:pk>/", views.goal_detail, name="detail"),
    path("<int:pk>/edit/", views.goal_edit, name="edit"),
    path("<int:pk>/milestones/", views.milestone_add, name="milestone_add"),
    path("<int:pk>/milestones/<int:milestone_pk>/toggle/", views.milestone_toggle, name="milestone_toggle"),
    path("<int:pk>/milestones/<int:milestone_pk>/delete/", views.milestone_delete, name="milestone_delete"),
]
