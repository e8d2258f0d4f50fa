from django.urls import path

from . import views

app_name = "coordination"

urlpatterns = [
    path("programs/<slug:slug>/attention/", views.attention_list, name="attention"),
    path("programs/<slug:slug>/pairs/", views.pair_list, name="pairs"),
    path("programs/<slug:slug>/outcomes/", views.outcomes, name="outcomes"),
    path("programs/<slug:slug>/pairs.<str:fmt>", views.export, name="export"),
    path("programs/<slug:slug>/pairs/<int:pk>/", views.pair, name="pair"),
    path("programs/<slug:slug>/pairs/<int:pk>/check-in/", views.check_in, name="check_in"),
    path("programs/<slug:slug>/pairs/<int:pk>/extend/", views.extend, name="extend"),
    path("programs/<slug:slug>/pairs/<int:pk>/end/", views.end, name="end"),
    path("programs/<slug:slug>/pairs/<int:pk>/note/", views.note, name="note"),
    path("programs/<slug:slug>/pairs/<int:pk>/resolve/", views.resolve, name="resolve"),
    path("programs/<slug:slug>/pairs/<int:pk>/rematch/", views.open_rematch, name="open_rematch"),
    path("programs/<slug:slug>/pairs/<int:pk>/rematch/<str:role>/", views.rematch, name="rematch"),
    path("relationships/<int:pk>/fit-check/", views.fit_check, name="fit_check"),
    path("relationships/<int:pk>/help/", views.ask_for_help, name="help"),
]
