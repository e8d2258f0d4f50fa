from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.tasks import task
from django.template.loader import render_to_string


@task
def send_email(to: str, template: str, context: dict) -> None:
    """Render `templates/<template>.txt` (first line is the subject) and send it.

    A task so that a slow or failing SMTP server never slows a page: the worker retries, the person waits not.
    """
    context = {"site_url": settings.SITE_URL, **context}
    subject, _, body = render_to_string(f"{template}.txt", context).strip().partition("\n")
    message = EmailMultiAlternatives(subject.strip(), body.strip() + "\n", settings.DEFAULT_FROM_EMAIL, [to])
    message.send()


def queue_email(to: str, template: str, **context) -> None:
    send_email.enqueue(to, template, context)
