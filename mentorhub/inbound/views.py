import logging

from django.conf import settings
from django.db import DatabaseError
from django.http import Http404, JsonResponse
from django.http.request import RawPostDataException
from django.utils.crypto import constant_time_compare
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from . import services

logger = logging.getLogger("mentorhub.inbound")


def refusal(status: int, code: str, detail: str, **headers) -> JsonResponse:
    return JsonResponse({"detail": detail, "code": code}, status=status, headers=headers)


# A mail relay or a provider's webhook posts here, authenticated by the bearer secret: no browser session is
# involved, so there is no cross-site request to forge.
@csrf_exempt
@require_POST
def receive(request):
    """One raw RFC 822 message as the body; `?recipient=` names the envelope recipient when the sender knows it.
    Answers 200 with the outcome (accepted, refused or duplicate): a refused mail is handled, not to be retried."""
    secret = settings.INBOUND_EMAIL_SECRET
    if not secret:
        raise Http404("Receiving email over HTTP is off: INBOUND_EMAIL_SECRET is not set.")
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not constant_time_compare(given.strip(), secret):
        return refusal(401, "unauthorized", "A valid bearer secret is required.", **{"WWW-Authenticate": "Bearer"})
    limit = settings.INBOUND_EMAIL_MAX_BYTES
    too_large = refusal(413, "too_large", f"The message is larger than {limit} bytes.")
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > limit:
        return too_large
    try:
        raw = request.read(limit + 1)
    except RawPostDataException:  # posted as a form: a middleware has read the body already
        raw = request.body
    if len(raw) > limit:
        return too_large
    if not raw.strip():
        return refusal(400, "invalid", "The body must be one raw email message (RFC 822).")
    try:
        result = services.process(raw, request.GET.get("recipient", ""))
    except DatabaseError:
        logger.exception("inbound email not taken now")
        return refusal(
            503, "unavailable", "The email could not be taken now; send it again later.", **{"Retry-After": "60"}
        )
    return JsonResponse({"outcome": result.outcome, "reason": result.reason, "detail": result.detail})
