import base64

from django.core.mail import EmailMultiAlternatives
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

QUEUED, SENDING, SENT, FAILED = "queued", "sending", "sent", "failed"
STATES = [(QUEUED, _("Queued")), (SENDING, _("Sending")), (SENT, _("Sent")), (FAILED, _("Failed"))]


class Email(models.Model):
    """One email on its way out, stored whole so that any worker can rebuild it byte for byte; see docs/email.md."""

    state = models.CharField(max_length=10, choices=STATES, default=QUEUED)
    message_id = models.CharField(
        max_length=255, unique=True, help_text=_("Sent with every attempt, so a receiver can drop a repeat.")
    )
    from_email = models.CharField(max_length=320)
    to = models.JSONField(help_text=_("Recipient addresses."))
    subject = models.CharField(max_length=998)
    body = models.TextField()
    parts = models.JSONField(default=dict, help_text=_("Headers, cc, bcc, reply-to, alternatives and attachments."))
    created_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    leased_until = models.DateTimeField(null=True, blank=True)
    lease_token = models.CharField(max_length=32, blank=True)
    handed_over_at = models.DateTimeField(
        null=True, blank=True, help_text=_("When the last attempt sent the end of the message: the relay may have it.")
    )
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=300, blank=True)
    topic = models.CharField(
        max_length=100, blank=True, help_text=_("A newer email on the same topic replaces this one while it waits.")
    )

    class Meta:
        indexes = [
            # Workers look only at unfinished rows: the index stays as small as the queue, not the history.
            models.Index(fields=["next_attempt_at"], name="outbox_due_idx", condition=Q(state=QUEUED)),
            models.Index(fields=["leased_until"], name="outbox_lease_idx", condition=Q(state=SENDING)),
            models.Index(fields=["topic"], name="outbox_topic_idx", condition=Q(state=QUEUED) & ~Q(topic="")),
        ]

    def __str__(self):
        return f"{self.subject} to {', '.join(self.to)}"

    @classmethod
    def from_message(cls, message, message_id: str) -> "Email":
        headers = {name: str(value) for name, value in message.extra_headers.items()}
        headers["Message-ID"] = message_id
        attachments = []
        for attachment in message.attachments:
            filename, content, mimetype = attachment  # a MIMEBase attachment cannot be stored; fail loudly
            if isinstance(content, bytes):
                attachments.append([filename, base64.b64encode(content).decode(), mimetype, "base64"])
            else:
                attachments.append([filename, content, mimetype, "text"])
        parts = {
            "headers": headers,
            "cc": list(message.cc),
            "bcc": list(message.bcc),
            "reply_to": list(message.reply_to),
            "alternatives": [[str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])],
            "attachments": attachments,
            "content_subtype": message.content_subtype,
        }
        return cls(
            message_id=message_id,
            from_email=str(message.from_email),
            to=list(message.to),
            subject=str(message.subject),
            body=str(message.body),
            parts=parts,
        )

    def as_message(self) -> EmailMultiAlternatives:
        parts = self.parts
        message = EmailMultiAlternatives(
            self.subject,
            self.body,
            self.from_email,
            self.to,
            cc=parts["cc"],
            bcc=parts["bcc"],
            reply_to=parts["reply_to"],
            headers=parts["headers"],
            alternatives=[tuple(alternative) for alternative in parts["alternatives"]],
        )
        message.content_subtype = parts["content_subtype"]
        for filename, content, mimetype, encoding in parts["attachments"]:
            message.attach(filename, base64.b64decode(content) if encoding == "base64" else content, mimetype)
        return message
