from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.static import serve

from mentorhub.api.api import api

urlpatterns = [
    path("", include("mentorhub.home.urls")),
    path("account/", include("mentorhub.accounts.urls")),
    path("account/", include("mentorhub.integrations.urls")),
    path("people/", include("mentorhub.profiles.urls")),
    path("goals/", include("mentorhub.goals.urls")),
    path("network/", include("mentorhub.network.urls")),
    path("relationships/", include("mentorhub.relationships.urls")),
    path("mentors/", include("mentorhub.matching.urls")),
    path("programs/", include("mentorhub.programs.urls")),
    path("notifications/", include("mentorhub.nudges.urls")),
    path("meetings/", include("mentorhub.meetings.urls")),
    path("api/", api.urls),
    path("admin/", admin.site.urls),
    # Uploaded photos. Behind a real proxy, serve MEDIA_ROOT from it instead; this keeps a small install whole.
    path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", serve, {"document_root": settings.MEDIA_ROOT}),
]
