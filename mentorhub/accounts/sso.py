"""Organisations' identity providers (OpenID Connect and SAML 2.0 apps in allauth, from the environment or the admin)
and which one a person's email domain belongs to. An app's `settings` may hold `domains` (its people's email
domains) and `sso_only` (those people never use a password here). docs/accounts.md, "Single sign-on"."""

from allauth.account.authentication import get_authentication_records
from allauth.socialaccount.adapter import get_adapter
from django.urls import reverse

OIDC, SAML = "openid_connect", "saml"
PROVIDERS = (OIDC, SAML)

# Where identity providers put what we keep, in the names Entra ID, Okta, Keycloak and Shibboleth use by default
# (OID attribute names, Microsoft's claim URIs, plain names); an app's `attribute_mapping` replaces it. "uid" falls
# back to the NameID, which is what most IdPs send as the person's stable id.
SAML_ATTRIBUTES = {
    "uid": [
        "urn:oasis:names:tc:SAML:attribute:subject-id",
        "http://schemas.microsoft.com/identity/claims/objectidentifier",
    ],
    "email": [
        "urn:oid:0.9.2342.19200300.100.1.3",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
        "email",
        "mail",
    ],
    "name": [
        "urn:oid:2.16.840.1.113730.3.1.241",
        "http://schemas.microsoft.com/identity/claims/displayname",
        "displayName",
    ],
    "first_name": [
        "urn:oid:2.5.4.42",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname",
        "firstName",
        "givenName",
    ],
    "last_name": ["urn:oid:2.5.4.4", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname", "lastName", "sn"],
    "title": [
        "urn:oid:2.5.4.12",
        "title",
        "jobTitle",
        "http://schemas.microsoft.com/ws/2008/06/identity/claims/jobtitle",
    ],
    "timezone": ["zoneinfo", "timezone"],
}


def organisation_apps(request) -> list:
    adapter = get_adapter()
    return [app for provider in PROVIDERS for app in adapter.list_apps(request, provider=provider)]


def provider_name(request, provider_id: str) -> str:
    """What people call the provider `provider_id` ("Acme"), or the id when no provider has it any more."""
    return next((app.name for app in organisation_apps(request) if app.provider_id == provider_id), provider_id)


def signed_in_through(request) -> frozenset[str]:
    """The organisation providers (by provider id) this session's person signed in through."""
    return frozenset(
        record.get("provider")
        for record in get_authentication_records(request, request.user)
        if record.get("method") == "socialaccount"
    )


def login_url(app) -> str:
    """Where a sign-in with `app` starts (allauth names SAML apps by their client id, OIDC ones by provider id)."""
    if app.provider == SAML:
        return reverse("saml_login", args=[app.client_id])
    return reverse("openid_connect_login", args=[app.provider_id])


def domain_of(email: str) -> str:
    return email.rpartition("@")[2].strip().lower()


def app_for_email(request, email: str):
    """The provider that `email`'s domain signs in with, or None."""
    domain = domain_of(email)
    if not domain:
        return None
    for app in organisation_apps(request):
        if domain in {d.strip().lower() for d in app.settings.get("domains", [])}:
            return app
    return None


def sso_only(request, email: str) -> bool:
    app = app_for_email(request, email)
    return bool(app and app.settings.get("sso_only"))
