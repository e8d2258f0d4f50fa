"""The visitor's address, for the log-in lockout and the account-email limits.

Behind reverse proxies every visitor arrives from the proxy's address, so counting REMOTE_ADDR would make all of
them share one limit (and let one person lock everybody out of password resets). Each proxy appends the address
it received the request from to X-Forwarded-For; with TRUSTED_PROXY_COUNT proxies in front, the entry the
outermost one appended is the visitor. Entries further left came from the visitor and can be forged, so they are
never used.
"""

import ipaddress

from django.conf import settings


def client_ip(request) -> str | None:
    remote = request.META.get("REMOTE_ADDR")
    hops = settings.TRUSTED_PROXY_COUNT
    if not hops:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if len(forwarded) < hops:
        # The request did not pass through every proxy we were told about: nothing in the header is trustworthy.
        return remote
    candidate = forwarded[-hops]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
