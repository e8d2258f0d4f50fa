from django.urls import path

from . import views

app_name = "interviews"

urlpatterns = [
    path("", views.index, name="index"),
    path("ask/<int:contact_pk>/", views.ask, name="ask"),
    path("ask/mentor/<int:profile_pk>/", views.ask_mentor, name="ask_mentor"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/interview.ics", views.download, name="download"),
    path("<int:pk>/accept/", views.accept, name="accept"),
    path("<int:pk>/decline/", views.decline, name="decline"),
    path("<int:pk>/cancel/", views.cancel, name="cancel"),
    path("<int:pk>/prep/", views.prep, name="prep"),
    path("<int:pk>/thanked/", views.thanked, name="thanked"),
    path("<int:pk>/referrals/", views.referral, name="referral"),
    path("<int:pk>/stay-in-touch/", views.stay_in_touch, name="stay_in_touch"),
]
