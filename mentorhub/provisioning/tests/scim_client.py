"""A small SCIM 2.0 client, as an identity provider speaks it (RFC 7644): JSON over HTTP with a bearer token."""

import json

from django.test import Client

SCIM = "application/scim+json"
USER = "urn:ietf:params:scim:schemas:core:2.0:User"
GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"
PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
ERROR = "urn:ietf:params:scim:api:messages:2.0:Error"


def patch_op(*operations) -> dict:
    return {"schemas": [PATCH], "Operations": list(operations)}


class ScimClient:
    """Over the Django test client (the real URLs, middleware and views); the live-server test uses urllib."""

    def __init__(self, token: str | None, client: Client | None = None):
        self.client = client or Client()
        self.headers = {"Authorization": f"Bearer {token}"} if token else {}

    def call(self, method: str, path: str, body=None):
        data = body if isinstance(body, str | bytes) else json.dumps(body) if body is not None else ""
        return self.client.generic(
            method, f"/scim/v2/{path}", data, content_type=SCIM, headers={**self.headers, "Accept": SCIM}
        )

    def get(self, path):
        return self.call("GET", path)

    def post(self, path, body):
        return self.call("POST", path, body)

    def put(self, path, body):
        return self.call("PUT", path, body)

    def patch(self, path, body):
        return self.call("PATCH", path, body)

    def delete(self, path):
        return self.call("DELETE", path)


def new_user(email: str, given="Ada", family="Lovelace", **extra) -> dict:
    return {"schemas": [USER], "userName": email, "name": {"givenName": given, "familyName": family}, **extra}
