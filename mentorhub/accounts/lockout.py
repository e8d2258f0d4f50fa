"""Who a failed log-in counts against, for django-axes."""


def username(request, credentials) -> str | None:
    """allauth authenticates with `email`, the admin's form with `username` (an email too): both name one person,
    so a lockout earned on one form holds on the other."""
    credentials = credentials or {}
    value = credentials.get("email") or credentials.get("username") or request.POST.get("login")
    return value.strip().lower() if value else None
