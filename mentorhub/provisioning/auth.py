"""The bearer token check in front of every SCIM route (django-scim2's AUTH_CHECK_MIDDLEWARE hook)."""

import json

from django.http import HttpResponse
from django.utils import timezone
from django_scim import constants
from django_scim.middleware import SCIMAuthCheckMiddleware

from .models import ProvisioningToken


def scim_error(status: int, detail: str, scim_type: str | None = None, **headers) -> HttpResponse:
    body = {"schemas": [constants.SchemaURI.ERROR], "detail": detail, "status": str(status)}
    if scim_type:
        body["scimType"] = scim_type
    return HttpResponse(json.dumps(body), status=status, content_type=constants.SCIM_CONTENT_TYPE, headers=headers)


class BearerTokenCheck(SCIMAuthCheckMiddleware):
    """Only a live provisioning token opens SCIM; no session does, so a browser cannot be steered into a request."""

    def process_request(self, request):
        scheme, _, raw = request.headers.get("Authorization", "").partition(" ")
        token = ProvisioningToken.find(raw.strip()) if scheme.lower() == "bearer" and raw.strip() else None
        if token is None:
            return scim_error(
                401,
                "A valid provisioning token is required (Authorization: Bearer …); an operator creates one in the "
                "admin or with `manage.py scim_token`.",
                **{"WWW-Authenticate": 'Bearer realm="scim"'},
            )
        ProvisioningToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
        request.provisioning_token = token
        return None
