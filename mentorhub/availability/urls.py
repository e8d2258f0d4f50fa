from django.urls import path

from . import views

app_name = "availability"

urlpatterns = [
    path("", views.edit, name="edit"),
    path("with/<int:pk>/", views.book, name="book"),
    path("calendar/", views.connect_calendar, name="connect_calendar"),
    path("calendar/disconnect/", views.disconnect_calendar, name="disconnect_calendar"),
]
