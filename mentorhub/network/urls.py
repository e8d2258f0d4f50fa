from django.urls import path

from . import views

app_name = "network"

urlpatterns = [
    path("", views.index, name="index"),
    path("board/", views.board, name="board"),
    path("contacts/new/", views.contact_edit, name="contact_new"),
    path("contacts/<int:pk>/", views.contact_detail, name="contact"),
    path("contacts/<int:pk>/edit/", views.contact_edit, name="contact_edit"),
    path("contacts/<int:pk>/delete/", views.contact_delete, name="contact_delete"),
    path("contacts/<int:pk>/stage/", views.contact_stage, name="contact_stage"),
    path("contacts/<int:pk>/compose/", views.compose, name="compose"),
    path("contacts/<int:pk>/coach/", views.coach, name="coach"),
    path("messages/<int:pk>/response/", views.message_response, name="message_response"),
    path("messages/<int:pk>/skip-follow-up/", views.message_skip_follow_up, name="message_skip_follow_up"),
    path("encounters/new/", views.encounter_new, name="encounter_new"),
    path("encounters/<int:pk>/done/", views.encounter_done, name="encounter_done"),
    path("import/", views.import_upload, name="import"),
    path("import/preview/", views.import_preview, name="import_preview"),
    path("import/confirm/", views.import_confirm, name="import_confirm"),
    path("import/cancel/", views.import_cancel, name="import_cancel"),
    path("stats/", views.stats, name="stats"),
]
