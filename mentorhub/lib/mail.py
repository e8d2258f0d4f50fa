"""Every email the hub sends goes through `send`: it lands in the outbox (mentorhub.outbox) in the caller's
transaction and a worker delivers it, retrying and never twice on purpose; see docs/email.md."""

from contextlib import nullcontext

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import engines

from mentorhub.outbox.services import send

from .i18n import in_language_of

__all__ = ["queue_email", "render_text", "send"]


def render_text(template: str, context: dict) -> str:
    """Render a plain-text email template without HTML escaping (the `text` engine in settings.TEMPLATES)."""
    return engines["text"].get_template(template).render(context)


def queue_email(to: str, template: str, *, headers: dict | None = None, recipient=None, **context) -> None:
    """Render `templates/<template>.txt` (first line is the subject) now and send it through the outbox.

    Rendered at once, so the stored email is the one the person asked for, whatever changes before a retry; in the
    language of `recipient` (a person with an account), else in the current request's language.
    """
    context = {"site_url": settings.SITE_URL, **context}
    with in_language_of(recipient) if recipient is not None else nullcontext():
        rendered = render_text(f"{template}.txt", context)
    subject, _, body = rendered.strip().partition("\n")
    send(
        EmailMultiAlternatives(subject.strip(), body.strip() + "\n", settings.DEFAULT_FROM_EMAIL, [to], headers=headers)
    )
