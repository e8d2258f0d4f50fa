from django.urls import path

from . import catalogue, views

app_name = "home"

urlpatterns = [
    path("", views.home, name="home"),
    path("soon/<slug:slug>/", views.coming_soon, name="coming_soon"),
    # Named by language so that browsers cache each one apart (home/catalogue.py).
    path("jsi18n/<str:language>.js", catalogue.javascript_catalogue, name="javascript_catalogue"),
]
