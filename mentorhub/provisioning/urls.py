"""SCIM 2.0 under /scim/v2/ (docs/provisioning.md). Named as django-scim2 expects, which reverses `scim:...`."""

from django.urls import re_path

from . import views

app_name = "scim"

urlpatterns = [
    re_path(r"^$", views.NotImplemented.as_view(), name="root"),
    re_path(r"^Users(?:/(?P<uuid>[^/]+))?$", views.People.as_view(), name="users"),
    re_path(r"^Groups(?:/(?P<uuid>[^/]+))?$", views.Groups.as_view(), name="groups"),
    re_path(r"^ServiceProviderConfig$", views.ServiceProviderConfig.as_view(), name="service-provider-config"),
    re_path(r"^ResourceTypes(?:/(?P<uuid>[^/]+))?$", views.ResourceTypes.as_view(), name="resource-types"),
    re_path(r"^Schemas(?:/(?P<uuid>[^/]+))?$", views.Schemas.as_view(), name="schemas"),
    re_path(r"^(?:Me|Bulk|\.search|Users/\.search|Groups/\.search)$", views.NotImplemented.as_view(), name="other"),
]
