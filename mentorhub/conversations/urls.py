from django.urls import path

from . import views

app_name = "conversations"

urlpatterns = [
    path("", views.index, name="index"),
    path("relationship/<int:pk>/", views.for_relationship, name="relationship"),
    path("request/<int:pk>/", views.for_request, name="request"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/post/", views.post, name="post"),
    path("<int:pk>/coach/", views.coach, name="coach"),
    path("<int:pk>/new/", views.poll, name="poll"),
    path("<int:pk>/accept/", views.accept_outreach, name="accept_outreach"),
    path("<int:pk>/decline/", views.decline_outreach, name="decline_outreach"),
    path("messages/<int:pk>/edit/", views.edit, name="edit"),
    path("messages/<int:pk>/delete/", views.delete, name="delete"),
    path("attachments/<int:pk>/", views.attachment, name="attachment"),
    path("<int:pk>/block/", views.block, name="block"),
    path("<int:pk>/unblock/", views.unblock, name="unblock"),
    path("messages/<int:pk>/report/", views.report, name="report_message"),
    path("reports/<int:pk>/", views.report_detail, name="report"),
]
