from django.urls import path

from . import views

app_name = "profiles"

urlpatterns = [
    path("edit/", views.edit, name="edit"),
    path("language/", views.language, name="language"),
    path("<int:pk>/", views.detail, name="detail"),
    path("photos/<str:name>", views.photo, name="photo"),
]
