"""A SAML 2.0 identity provider run by the tests: pysaml2's IdP behind a small HTTP server on a free port, in a
thread, with a key and certificate made for the run. It publishes its metadata, reads the hub's AuthnRequest (HTTP
Redirect binding) and answers with a signed Response in an auto-posting form (HTTP POST binding), as Entra ID, Okta
or Keycloak do. pysaml2 signs with the xmlsec1 program (`./run` installs it)."""

import datetime
import re
import shutil
import threading
from contextlib import contextmanager
from html import unescape
from urllib.parse import parse_qs, urlsplit
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from saml2 import BINDING_HTTP_POST, BINDING_HTTP_REDIRECT
from saml2.config import IdPConfig
from saml2.metadata import create_metadata_string
from saml2.saml import NAME_FORMAT_URI, NAMEID_FORMAT_PERSISTENT, NameID
from saml2.server import Server
from saml2.xmldsig import DIGEST_SHA256, SIG_RSA_SHA256

OTHER_SERVICE = "https://another-service.example/saml"

# The directory of the organisation: what the IdP asserts about each of its people.
PEOPLE = {
    "ines@acme.example": {
        "mail": ["ines@acme.example"],
        "givenName": ["Inês"],
        "sn": ["Duarte"],
        "displayName": ["Inês Duarte"],
        "title": ["Staff engineer"],
    },
    # Acme's IdP asserting an address of another organisation, which it cannot vouch for.
    "ada@elsewhere.example": {"mail": ["ada@elsewhere.example"], "displayName": ["Ada Lovelace"]},
}


def key_and_certificate(folder, name):
    """A private key and a self-signed certificate for it, as PEM files in `folder`; returns their paths."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    key_path, cert_path = folder / f"{name}.key", folder / f"{name}.crt"
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key_path, cert_path


class IdentityProvider:
    """`misbehave` sets how the next responses go wrong: "" (honest), "audience" (made out to another service),
    "issuer" (naming another IdP as their issuer) or "rogue_key" (signed with a key that is not the IdP's)."""

    def __init__(self, folder, base_url):
        self.base_url = base_url
        self.entity_id = f"{base_url}/metadata"
        self.key = key_and_certificate(folder, "idp")
        self.rogue_key = key_and_certificate(folder, "rogue")
        self.sp_metadata = []
        self.misbehaviour = ""

    def config(self, key_file, cert_file):
        return IdPConfig().load(
            {
                "entityid": self.entity_id,
                "service": {
                    "idp": {
                        "endpoints": {"single_sign_on_service": [(f"{self.base_url}/sso", BINDING_HTTP_REDIRECT)]},
                        "name_id_format": [NAMEID_FORMAT_PERSISTENT],
                        "policy": {"default": {"lifetime": {"minutes": 3}, "name_form": NAME_FORMAT_URI}},
                    }
                },
                "key_file": str(key_file),
                "cert_file": str(cert_file),
                "xmlsec_binary": shutil.which("xmlsec1"),
                "metadata": {"inline": self.sp_metadata},
            }
        )

    def trust(self, sp_metadata: str):
        """Register the hub's SAML metadata, as an operator uploads it to their IdP, beside another service's."""
        entity_id = re.search(r'entityID="([^"]+)"', sp_metadata).group(1)
        self.sp_metadata[:] = [sp_metadata, sp_metadata.replace(entity_id, OTHER_SERVICE)]

    def misbehave(self, how: str):
        self.misbehaviour = how

    def metadata(self) -> str:
        return create_metadata_string(None, config=self.config(*self.key), valid=24).decode()

    def sign_in(self, saml_request: str, relay_state: str, email: str) -> str:
        """The person `email` is signed in here; the auto-posting form that carries their Response to the hub."""
        server = Server(config=self.config(*(self.rogue_key if self.misbehaviour == "rogue_key" else self.key)))
        request = server.parse_authn_request(saml_request, BINDING_HTTP_REDIRECT).message
        audience = OTHER_SERVICE if self.misbehaviour == "audience" else request.issuer.text
        issuer = "https://idp.elsewhere.example/metadata" if self.misbehaviour == "issuer" else None
        response = server.create_authn_response(
            PEOPLE[email],
            in_response_to=request.id,
            destination=request.assertion_consumer_service_url,
            sp_entity_id=audience,
            name_id=NameID(format=NAMEID_FORMAT_PERSISTENT, text=f"acme-{email.partition('@')[0]}"),
            authn={"class_ref": "urn:oasis:names:tc:SAML:2.0:ac:classes:Password"},
            issuer=issuer,
            sign_response=True,
            sign_assertion=True,
            sign_alg=SIG_RSA_SHA256,
            digest_alg=DIGEST_SHA256,
        )
        http_args = server.apply_binding(
            BINDING_HTTP_POST, str(response), request.assertion_consumer_service_url, relay_state, response=True
        )
        return http_args["data"]

    def wsgi(self, environ, start_response):
        url = urlsplit(environ["PATH_INFO"])
        query = {key: values[0] for key, values in parse_qs(environ.get("QUERY_STRING", "")).items()}
        if url.path == "/metadata":
            body, kind = self.metadata(), "application/samlmetadata+xml"
        elif url.path == "/sso":
            body, kind = self.sign_in(query["SAMLRequest"], query.get("RelayState", ""), query["login"]), "text/html"
        else:
            start_response("404 Not Found", [("Content-Type", "text/plain")])
            return [b"not here"]
        start_response("200 OK", [("Content-Type", f"{kind}; charset=utf-8")])
        return [body.encode()]


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


@contextmanager
def identity_provider(folder):
    """Yield the running IdP (its `entity_id`, `base_url`, `trust`, `misbehave`); stopped afterwards."""
    server = make_server("127.0.0.1", 0, lambda *a: idp.wsgi(*a), server_class=WSGIServer, handler_class=QuietHandler)
    idp = IdentityProvider(folder, f"http://127.0.0.1:{server.server_port}")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield idp
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def sign_in_at_idp(redirect_url: str, email: str) -> dict:
    """Follow the hub's redirect to the IdP as the person `email`, who is signed in there; return the form the IdP
    posts back: its `action` and its fields (SAMLResponse, RelayState)."""
    page = requests.get(redirect_url, params={"login": email}, timeout=10)
    page.raise_for_status()
    action = unescape(re.search(r'<form[^>]*action="([^"]+)"', page.text).group(1))
    fields = {
        unescape(name): unescape(value)
        for name, value in re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', page.text)
    }
    return {"action": action, "fields": fields}
