from django.urls import path

from . import views

app_name = "programs"

urlpatterns = [
    path("", views.index, name="index"),
    path("new/", views.create, name="create"),
    path("<slug:slug>/", views.detail, name="detail"),
    path("<slug:slug>/invite/<str:token>/", views.invite, name="invite"),
    path("<slug:slug>/apply/<str:role>/", views.apply, name="apply"),
    path("<slug:slug>/mentors/", views.directory, name="directory"),
    path("<slug:slug>/mentors/<int:person_id>/ask/", views.ask, name="ask"),
    path("<slug:slug>/participants/", views.participants, name="participants"),
    path("<slug:slug>/participants/<int:pk>/decide/", views.decide, name="decide"),
    path("<slug:slug>/participants/import/", views.import_participants, name="import"),
    path("<slug:slug>/settings/", views.settings_view, name="settings"),
    path("<slug:slug>/settings/coordinators/", views.add_coordinator, name="add_coordinator"),
    path(
        "<slug:slug>/settings/coordinators/<int:person_id>/remove/",
        views.remove_coordinator,
        name="remove_coordinator",
    ),
    path("<slug:slug>/settings/duplicate/", views.duplicate, name="duplicate"),
    path("<slug:slug>/settings/archive/", views.archive, name="archive"),
    path("<slug:slug>/questions/", views.questions, name="questions"),
    path("<slug:slug>/questions/<int:pk>/", views.edit_question, name="edit_question"),
    path("<slug:slug>/questions/<int:pk>/move/", views.move_question, name="move_question"),
    path("<slug:slug>/questions/<int:pk>/delete/", views.delete_question, name="delete_question"),
    path("<slug:slug>/matching/", views.matching, name="matching"),
    path("<slug:slug>/matching/manual/preview/", views.manual_preview, name="manual_preview"),
    path("<slug:slug>/matching/manual/", views.manual_match, name="manual_match"),
    path("<slug:slug>/matching/runs/<int:number>/", views.run_detail, name="run"),
    path("<slug:slug>/matching/runs/<int:number>/publish/", views.publish, name="publish"),
    path("<slug:slug>/matching/runs/<int:number>/discard/", views.discard, name="discard"),
    path("<slug:slug>/matching/runs/<int:number>/undo/", views.undo, name="undo"),
    path("<slug:slug>/dashboard/", views.dashboard, name="dashboard"),
    path("<slug:slug>/broadcasts/", views.broadcasts_view, name="broadcasts"),
    path("<slug:slug>/export/<str:what>.csv", views.export, name="export"),
]
