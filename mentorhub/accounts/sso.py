"""Organisations' identity providers (OpenID Connect apps in allauth, from the environment or the admin) and which
one a person's email domain belongs to. An app's `settings` may hold `domains` (its people's email domains) and
`sso_only` (those people never use a password here). docs/accounts.md, "Single sign-on"."""

from allauth.socialaccount.adapter import get_adapter

PROVIDER = "openid_connect"


def organisation_apps(request) -> list:
    return get_adapter().list_apps(request, provider=PROVIDER)


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
