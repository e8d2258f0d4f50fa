"""django-scim2's views, with a log line for each refusal and the body checks they leave out."""

import json
import logging

from django.utils.decorators import method_decorator
from django.views.decorators.csrf import csrf_exempt
from django_scim import exceptions, views

logger = logging.getLogger("mentorhub.provisioning")


class Refusals:
    """Every 4xx names its reason in the SCIM error format (RFC 7644 §3.12) and in the log."""

    # as_view() takes csrf_exempt from the outermost dispatch, which this one now is. The bearer token is the only
    # credential here (auth.py), so no browser can be made to send a request with it.
    @method_decorator(csrf_exempt)
    def dispatch(self, request, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        if response.status_code >= 400:
            try:
                body = json.loads(response.content or b"{}")
            except ValueError:
                body = {}
            if "status" in body:
                # RFC 7644 writes the status as a string; django-scim2 writes a number.
                body["status"] = str(body["status"])
                response.content = json.dumps(body)
            logger.warning(
                "SCIM %s %s refused with %s: %s",
                request.method,
                request.path,
                response.status_code,
                body.get("detail") or "no detail",
            )
        return response

    def load_body(self, body):
        loaded = super().load_body(body)
        if not isinstance(loaded, dict):
            raise exceptions.BadRequestError("The body must be a JSON object.", scim_type="invalidSyntax")
        return loaded

    def _search(self, request, query, start, count):
        try:
            return super()._search(request, query, start, count)
        except exceptions.BadRequestError as error:
            if error.scim_type:
                raise
            raise exceptions.BadRequestError(
                f'The filter {query!r} cannot be read; a SCIM filter looks like userName eq "ada@example.org".',
                scim_type="invalidFilter",
            ) from error

    def get_object(self):
        # Ids are whole numbers; anything else names nothing (and must not reach the database as a 500).
        if not str(self.kwargs.get(self.lookup_url_kwarg, "")).isdigit():
            raise exceptions.NotFoundError(self.kwargs.get(self.lookup_url_kwarg))
        return super().get_object()


class People(Refusals, views.UsersView):
    pass


class Groups(Refusals, views.GroupsView):
    pass


class ServiceProviderConfig(Refusals, views.ServiceProviderConfigView):
    pass


class ResourceTypes(Refusals, views.ResourceTypesView):
    pass


class Schemas(Refusals, views.SchemasView):
    pass


class NotImplemented(Refusals, views.SCIMView):
    implemented = False
