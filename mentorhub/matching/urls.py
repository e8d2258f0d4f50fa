from django.urls import path

from . import views

app_name = "matching"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("peers/", views.directory, {"peers": True}, name="peers"),
    path("mentees/", views.mentees, name="mentees"),
]
