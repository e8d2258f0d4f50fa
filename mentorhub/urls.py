from django.contrib import admin
from django.urls import include, path

from mentorhub.api.api import api
from mentorhub.home import pwa

urlpatterns = [
    path("", include("mentorhub.home.urls")),
    # The service worker's scope is the folder it is served from, so it and the manifest live at the root.
    path("sw.js", pwa.service_worker, name="service_worker"),
    path("manifest.webmanifest", pwa.manifest, name="manifest"),
    path("offline/", pwa.offline, name="offline"),
    path("account/", include("mentorhub.accounts.urls")),
    path("account/", include("allauth.urls")),
    path("account/", include("mentorhub.integrations.urls")),
    path("people/", include("mentorhub.profiles.urls")),
    path("goals/", include("mentorhub.goals.urls")),
    path("network/", include("mentorhub.network.urls")),
    path("relationships/", include("mentorhub.relationships.urls")),
    path("mentors/", include("mentorhub.matching.urls")),
    path("programs/", include("mentorhub.programs.urls")),
    path("", include("mentorhub.coordination.urls")),
    path("notifications/", include("mentorhub.nudges.urls")),
    path("meetings/", include("mentorhub.meetings.urls")),
    path("inbound/", include("mentorhub.inbound.urls")),
    path("conversations/", include("mentorhub.conversations.urls")),
    path("availability/", include("mentorhub.availability.urls")),
    path("interviews/", include("mentorhub.interviews.urls")),
    path("api/", api.urls),
    path("scim/v2/", include("mentorhub.provisioning.urls")),
    path("admin/", admin.site.urls),
    # No route to MEDIA_ROOT: uploads are private; profile photos go through profiles.views.photo.
]
