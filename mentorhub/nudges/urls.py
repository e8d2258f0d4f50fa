from django.urls import path

from . import views

app_name = "nudges"

urlpatterns = [
    path("", views.index, name="index"),
    path("<int:pk>/read/", views.mark_read, name="read"),
    path("read-all/", views.mark_all_read, name="read_all"),
    path("preferences/", views.preferences, name="preferences"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("pulse/<int:pk>/", views.pulse, name="pulse"),
    path("audit/<int:pk>/", views.audit, name="audit"),
    path("survey/<int:pk>/<slug:kind>/", views.survey, name="survey"),
]
