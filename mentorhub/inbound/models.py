from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

ACCEPTED, REFUSED = "accepted", "refused"
OUTCOMES = [(ACCEPTED, _("Accepted")), (REFUSED, _("Refused"))]


class InboundEmail(models.Model):
    """One email that arrived for a reply address, and what became of it. Neither its text nor its attachments are
    kept: an accepted reply lives on where its handler posted it. The row exists so that a mail delivered twice
    (a relay's retry, the same mail through two doors) is posted once: its Message-ID and recipient are unique, and
    the row is written in the same transaction as the post."""

    message_id = models.CharField(max_length=255)
    recipient = models.CharField(max_length=320, blank=True, help_text=_("The reply address it was sent to."))
    sender = models.CharField(max_length=320, blank=True)
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    topic = models.CharField(max_length=12, blank=True)
    object_id = models.PositiveBigIntegerField(null=True, blank=True)
    size = models.PositiveIntegerField(help_text=_("Bytes received."))
    outcome = models.CharField(max_length=10, choices=OUTCOMES)
    reason = models.CharField(max_length=20, blank=True, help_text=_("Why it was refused."))
    detail = models.CharField(max_length=300, blank=True)
    bounced = models.BooleanField(default=False, help_text=_("Whether the person was told why, by email."))
    received_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["message_id", "recipient"], name="inbound_email_once")]

    def __str__(self):
        return f"{self.message_id} to {self.recipient}: {self.outcome}"
