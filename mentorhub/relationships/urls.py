from django.urls import path

from . import views

app_name = "relationships"

urlpatterns = [
    path("", views.index, name="index"),
    path("ask/<int:profile_pk>/", views.new_request, name="new_request"),
    path("coach/", views.message_coach, name="coach"),
    path("requests/<int:pk>/", views.request_detail, name="request"),
    path("requests/<int:pk>/accept/", views.accept, name="accept"),
    path("requests/<int:pk>/decline/", views.decline, name="decline"),
    path("requests/<int:pk>/ask/", views.ask, name="ask"),
    path("requests/<int:pk>/answer/", views.answer, name="answer"),
    path("requests/<int:pk>/withdraw/", views.withdraw, name="withdraw"),
    path("pause/", views.pause, name="pause"),
    path("resume/", views.resume, name="resume"),
    path("pay-it-forward/", views.pay_it_forward, name="pay_it_forward"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/agreement/", views.agreement, name="agreement"),
    path("<int:pk>/agreement/<int:version_pk>/confirm/", views.confirm_agreement, name="confirm_agreement"),
    path("<int:pk>/status/", views.change_status, name="status"),
    path("<int:pk>/phase/", views.change_phase, name="phase"),
    path("<int:pk>/close/", views.close, name="close"),
    path("<int:pk>/stay-in-touch/end/", views.end_stay_in_touch, name="end_stay_in_touch"),
    path("<int:pk>/gratitude/", views.gratitude, name="gratitude"),
    path("<int:pk>/reflection/", views.reflect, name="reflect"),
]
