import os
import time
from pathlib import Path

from oauth2_provider.oauth2_validators import OAuth2Validator

# The people at the provider: what an HR directory would say about them.
PEOPLE = {
    "ines@acme.example": {"given_name": "Inês", "family_name": "Duarte", "zoneinfo": "Europe/Lisbon"},
    "unverified@acme.example": {"given_name": "Una", "family_name": "Verified"},
}


def misbehaviour() -> str:
    """ "audience", "issuer", "expired" or "" (honest), as the test last wrote it."""
    return Path(os.environ["OIDC_PROVIDER_MODE"]).read_text().strip()


class Validator(OAuth2Validator):
    oidc_claim_scope = None  # every claim below goes to every client asking for openid

    def get_additional_claims(self, request):
        email = request.user.username
        person = PEOPLE.get(email, {})
        return {
            "email": email,
            "email_verified": email != "unverified@acme.example",
            "name": f"{person.get('given_name', '')} {person.get('family_name', '')}".strip(),
            **person,
        }

    def get_id_token_dictionary(self, token, token_handler, request):
        claims, expiration_time = super().get_id_token_dictionary(token, token_handler, request)
        mode = misbehaviour()
        if mode == "audience":
            claims["aud"] = "someone-else"
        elif mode == "issuer":
            claims["iss"] = "https://impostor.example/o"
        elif mode == "expired":
            claims["exp"] = int(time.time()) - 600
        return claims, expiration_time
