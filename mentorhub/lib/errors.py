"""The one error a service raises when a person asks for something the rules forbid, and how views show it.

Services raise `DomainError`; they never return HTTP. The API's one handler (`mentorhub/api/api.py`) answers it
with the documented body, `{"detail", "errors": [{"field", "message"}], "code"}`, and pages show it with
`shown_on(form)` (on the named field, the person's input kept) or `back_on_error` (a message, and back to the page
they came from).
"""

from contextlib import contextmanager
from functools import wraps

from django.contrib import messages
from django.shortcuts import redirect

from .redirects import safe_next


class DomainError(Exception):
    """A rule the request broke, in words for the person (`message`) and a stable `code` for scripts.

    With `field`, the input at fault: the API answers 422 naming it, a form shows the message on it. Without, the
    request conflicts with the state of things (a duplicate, no places left, a closed relationship): 409.
    `status` overrides either default (404 for an id nobody may use, 400 for a broken link).
    """

    def __init__(self, message: str, code: str | None = None, field: str | None = None, status: int | None = None):
        super().__init__(message)
        self.message = message
        self.field = field
        self.code = code or ("invalid" if field else "conflict")
        self.status = status or (422 if field else 409)


@contextmanager
def shown_on(form, fields: dict | None = None):
    """Show a DomainError raised inside the block on `form` and carry on after the block (to render the form
    again, everything typed kept). It goes on its field, or on the form's own name for it (`fields` maps service
    field names to form field names), else at the top of the form."""
    try:
        yield
    except DomainError as error:
        names = [n for n in (error.field, (fields or {}).get(error.field)) if n in form.fields]
        form.add_error(names[0] if names else None, error.message)


def back_on_error(fallback):
    """A view decorator for buttons: a DomainError becomes a message, and the person goes back to the page they
    were on (`next`, else the referring page, else `fallback`: a URL name, or a callable of the view's arguments)."""

    def decorate(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            try:
                return view(request, *args, **kwargs)
            except DomainError as error:
                messages.error(request, error.message)
                back = fallback(request, *args, **kwargs) if callable(fallback) else fallback
                return redirect(safe_next(request, back))

        return wrapper

    return decorate
