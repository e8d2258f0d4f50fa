from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from mentorhub.availability.api import router as availability_router
from mentorhub.conversations.api import router as conversations_router
from mentorhub.coordination.api import router as coordination_router
from mentorhub.goals.api import coach_router
from mentorhub.goals.api import router as goals_router
from mentorhub.interviews.api import router as interviews_router
from mentorhub.lib.errors import DomainError
from mentorhub.matching.api import router as matching_router
from mentorhub.meetings.api import router as meetings_router
from mentorhub.network.api import router as network_router
from mentorhub.nudges.api import router as notifications_router
from mentorhub.profiles.api import router as profiles_router
from mentorhub.programs.api import router as programs_router
from mentorhub.relationships.api import router as relationships_router

from .auth import api_auth

api = NinjaAPI(
    title="Mentorship Hub API",
    version="1",
    description=(
        "Everything a person can do in Mentorship Hub, for scripts and integrations. Authenticate with your "
        "browser session (send the CSRF token on writes) or a personal access token from your account page: "
        '`Authorization: Bearer mh_…`. Errors share one shape: `{"detail": str, "errors": [{"field", "message"}], '
        '"code": str}`: 409 for a broken rule, 422 naming the field for a refused value.'
    ),
    auth=api_auth,
    urls_namespace="api",
)


def error(request, status: int, detail: str, errors: list | None = None, code: str | None = None):
    body = {"detail": detail, "errors": errors or []}
    if code:
        body["code"] = code
    return api.create_response(request, body, status=status)


def field_name(loc) -> str:
    # Ninja reports locations such as ("body", "payload", "timezone"); people need only the last part.
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "payload")]
    return ".".join(parts) or "body"


@api.exception_handler(ValidationError)
def on_validation_error(request, exc):
    errors = [{"field": field_name(e.get("loc", ())), "message": e.get("msg", "invalid")} for e in exc.errors]
    return error(request, 422, _("Some fields are not valid."), errors)


@api.exception_handler(DomainError)
def on_domain_error(request, exc):
    """A rule a service enforces: 409 with a `code` for a conflict, 422 naming the field for a wrong input."""
    errors = [{"field": exc.field, "message": exc.message}] if exc.field else []
    detail = f"{exc.field}: {exc.message}" if exc.field else exc.message
    return error(request, exc.status, detail, errors, code=exc.code)


@api.exception_handler(AuthenticationError)
def on_auth_error(request, exc):
    response = error(request, 401, _("Log in, or send a valid personal access token as `Authorization: Bearer …`."))
    response["WWW-Authenticate"] = 'Bearer realm="api"'
    return response


@api.exception_handler(HttpError)
def on_http_error(request, exc):
    response = error(request, exc.status_code, str(exc.message), code=getattr(exc, "code", None))
    if getattr(exc, "retry_after", None):
        response["Retry-After"] = str(exc.retry_after)
    if exc.status_code == 401:
        response["WWW-Authenticate"] = f'Bearer realm="api", error="invalid_token", error_description="{exc.code}"'
    return response


@api.exception_handler(OverflowError)
def on_overflow(request, exc):
    # SQLite cannot even compare integers beyond 64 bits; no such id exists, so the input is out of range.
    return error(request, 422, "A number in the request is out of range.")


@api.exception_handler(Http404)
@api.exception_handler(ObjectDoesNotExist)  # a row that went away between the access check and the service
def on_not_found(request, exc):
    return error(request, 404, _("Not found."))


@api.exception_handler(PermissionDenied)
def on_forbidden(request, exc):
    return error(request, 403, str(exc) or _("You are not allowed to do that."))


api.add_router("/", profiles_router)
api.add_router("/", goals_router)
api.add_router("/", coach_router)
api.add_router("/", network_router)
api.add_router("/", relationships_router)
api.add_router("/", matching_router)
api.add_router("/", programs_router)
api.add_router("/", coordination_router)
api.add_router("/", meetings_router)
api.add_router("/", availability_router)
api.add_router("/", interviews_router)
api.add_router("/", notifications_router)
api.add_router("/", conversations_router)
