from django.urls import path

from . import views

app_name = "meetings"

urlpatterns = [
    path("", views.index, name="index"),
    path("feed/new/", views.feed_new, name="feed_new"),
    path("feed/revoke/", views.feed_revoke, name="feed_revoke"),
    path("feed/<slug:token>.ics", views.feed, name="feed"),
    path("with/<int:pk>/", views.relationship, name="relationship"),
    path("with/<int:pk>/plan/", views.plan, name="plan"),
    path("with/<int:pk>/log/", views.log, name="log"),
    path("with/<int:pk>/progress/", views.progress, name="progress"),
    path("with/<int:pk>/feedback/", views.mentor_feedback, name="mentor_feedback"),
    path("feedback-coach/", views.feedback_coach, name="feedback_coach"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/meeting.ics", views.download, name="download"),
    path("<int:pk>/pick/", views.pick, name="pick"),
    path("<int:pk>/propose/", views.propose_again, name="propose_again"),
    path("<int:pk>/change/", views.change, name="change"),
    path("<int:pk>/cancel/", views.cancel, name="cancel"),
    path("<int:pk>/held/", views.held, name="held"),
    path("<int:pk>/agenda/", views.agenda, name="agenda"),
    path("<int:pk>/notes/", views.note, name="note"),
    path("<int:pk>/notes/<int:note_pk>/delete/", views.delete_note, name="delete_note"),
    path("<int:pk>/action-items/", views.action_item, name="action_item"),
    path("<int:pk>/rating/", views.feedback, name="feedback"),
    path("action-items/<int:pk>/status/", views.action_item_status, name="action_item_status"),
]
