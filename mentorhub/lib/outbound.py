"""HTTP requests to addresses that people type in (webhooks, subscribed calendars), kept to the public internet.

A URL typed by a person must not become a way to reach the server's own network: a cloud metadata service
(169.254.169.254), a database on loopback, an admin page on 10.x. So a target is checked when it is saved and again,
with a fresh DNS answer, each time we send: every address the name resolves to must be public. We then connect to
the very address that passed the check (the Host header and TLS SNI still carry the name), so a DNS answer that
changes between check and connect cannot lead us inside. Redirects are never followed: a redirect can point
anywhere. Operators who do want internal endpoints pass `allow_private` (the webhooks' setting
`WEBHOOKS_ALLOW_PRIVATE_TARGETS`), as healthchecks does with INTEGRATIONS_ALLOW_PRIVATE_IPS.
"""

import http.client
import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from .errors import DomainError

# NAT64 puts a whole IPv4 address in the last 32 bits; 64:ff9b::7f00:1 reaches 127.0.0.1 through a NAT64 gateway.
NAT64 = ipaddress.ip_network("64:ff9b::/96")


@dataclass(frozen=True)
class Target:
    scheme: str
    host: str
    port: int
    path: str
    addresses: tuple[str, ...]


@dataclass(frozen=True)
class Answer:
    status: int
    milliseconds: int


def is_public(address: str) -> bool:
    """True for an address on the public internet: not loopback, private, link-local, shared (CGNAT, 100.64/10),
    multicast, reserved or unspecified, also when an IPv4 address hides inside an IPv6 one."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if ip.version == 6:
        if ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        elif ip in NAT64:
            ip = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return ip.is_global and not ip.is_multicast


def parse(url: str) -> tuple[str, str, int, str]:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https"):
        raise DomainError(_("Use an http:// or https:// address."), field="url")
    if parts.username is not None or parts.password is not None:
        raise DomainError(
            _("Leave the user name and password out of the address: check our signature header instead."), field="url"
        )
    if not parts.hostname:
        raise DomainError(_("The address needs a host name, such as https://example.org/hook."), field="url")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise DomainError(_("The port in the address must be a number from 1 to 65535."), field="url") from None
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return parts.scheme, parts.hostname, port, path


def resolve(url: str, allow_private: bool = False) -> Target:
    """The target of `url` with every address its host resolves to, all of them checked."""
    scheme, host, port, path = parse(url)
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        raise DomainError(
            _("We could not find the host “{host}”. Check the address.").format(host=host), field="url"
        ) from None
    addresses = tuple(dict.fromkeys(info[4][0] for info in found))
    if not allow_private and not all(is_public(a) for a in addresses):
        raise DomainError(
            _(
                "“{host}” is not a public internet address: webhooks go only to public internet addresses, not to "
                "private, local or reserved networks."
            ).format(host=host),
            field="url",
        )
    return Target(scheme, host, port, path, addresses)


class PinnedConnection(http.client.HTTPConnection):
    """Connects to addresses already checked, whatever DNS says by now; Host and SNI carry the name."""

    def __init__(self, target: Target, timeout: float):
        super().__init__(target.host, target.port, timeout=timeout)
        self.target = target
        self.tls = ssl.create_default_context() if target.scheme == "https" else None
        self.default_port = 443 if self.tls else 80  # so the Host header leaves out the usual port

    def connect(self):
        failure = OSError("no address to connect to")
        for address in self.target.addresses:
            try:
                sock = socket.create_connection((address, self.target.port), self.timeout)
                break
            except OSError as error:
                failure = error
        else:
            raise failure
        self.sock = self.tls.wrap_socket(sock, server_hostname=self.target.host) if self.tls else sock


def post(url: str, body: bytes, headers: dict, *, timeout: float, allow_private: bool = False) -> Answer:
    """POST `body` and return the status and the time it took; the response body is never read.

    Raises DomainError (on `url`) for a target that is not allowed, OSError (TimeoutError, ssl.SSLError…) or
    http.client.HTTPException when the exchange fails."""
    target = resolve(url, allow_private)
    connection = PinnedConnection(target, timeout)
    started = time.monotonic()
    try:
        connection.request("POST", target.path, body=body, headers=headers)
        status = connection.getresponse().status
    finally:
        connection.close()
    return Answer(status, round((time.monotonic() - started) * 1000))


def get(url: str, *, timeout: float, max_bytes: int, accept: str, allow_private: bool = False) -> bytes:
    """GET a document a person subscribed to (their busy calendar): the body, refused beyond `max_bytes` or once
    `timeout` seconds have passed in all (a server that drips bytes slowly must not hold a worker).

    Raises DomainError (on `url`) for a target that is not allowed, an answer that is not 200 or a body too large;
    OSError (TimeoutError, ssl.SSLError…) or http.client.HTTPException when the exchange fails."""
    target = resolve(url, allow_private)
    connection = PinnedConnection(target, timeout)
    deadline = time.monotonic() + timeout
    chunks, size = [], 0
    try:
        connection.request("GET", target.path, headers={"Accept": accept, "User-Agent": "Mentorship Hub"})
        response = connection.getresponse()
        if response.status != 200:
            raise DomainError(
                _("The address answered {status} instead of the document.").format(status=response.status), field="url"
            )
        while chunk := response.read1(65536):
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                size_kib = number_format(max_bytes // 1024, force_grouping=True)
                raise DomainError(_("The document is larger than {size} KiB.").format(size=size_kib), field="url")
            if time.monotonic() > deadline:
                raise TimeoutError(f"no whole answer within {timeout} seconds")
    finally:
        connection.close()
    return b"".join(chunks)
