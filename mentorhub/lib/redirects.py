from django.utils.http import url_has_allowed_host_and_scheme


def safe_next(request, fallback, *, referer: bool = True):
    """Where to send a person back to: their `next` field, else (if `referer`) the page they came from, else
    `fallback` (anything `redirect()` takes). A target on another site, or plain http on an https site, is
    ignored, so a crafted link can never bounce someone from here to a look-alike page."""
    candidates = [request.POST.get("next"), request.GET.get("next")]
    if referer:
        candidates.append(request.META.get("HTTP_REFERER"))
    for target in candidates:
        if target and url_has_allowed_host_and_scheme(
            target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            return target
    return fallback
