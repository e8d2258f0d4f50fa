import json

from django.http import HttpResponseBadRequest, JsonResponse
from django.utils.translation import gettext as _

NUL = "\x00"


def find_nul(value, location=()):
    """The location of the first string holding a NUL character, or None."""
    if isinstance(value, str):
        return location if NUL in value else None
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        found = find_nul(item, (*location, key))
        if found is not None:
            return found
    return None


def nul_location(request):
    location = find_nul(dict(request.GET.lists()))
    if location is None and request.content_type == "application/json" and request.body:
        try:
            location = find_nul(json.loads(request.body))
        except ValueError:
            location = None  # not JSON at all: the API answers that itself
    if location is None and request.method == "POST" and request.content_type != "application/json":
        location = find_nul(dict(request.POST.lists()))
    return location


class RefuseNulMiddleware:
    """PostgreSQL cannot store NUL in text, and no person types one: it is refused like any other bad input, naming
    the field, before any view sees it (the API answers 422 JSON, pages 400)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        location = nul_location(request)
        if location is None:
            return self.get_response(request)
        field = ".".join(str(part) for part in location) or "body"
        message = _("Text cannot contain NUL characters.")
        if request.path.startswith("/api/"):
            body = {"detail": _("Some fields are not valid."), "errors": [{"field": field, "message": message}]}
            return JsonResponse(body, status=422)
        answer = _("{field}: {message} Go back and try again.").format(field=field, message=message)
        return HttpResponseBadRequest(answer, content_type="text/plain")
