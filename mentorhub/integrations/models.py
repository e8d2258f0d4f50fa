import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

EVENTS = [
    ("request.created", _("A mentorship request was sent")),
    ("request.accepted", _("A request was accepted")),
    ("request.declined", _("A request was declined")),
    ("request.expired", _("A request expired")),
    ("relationship.started", _("A relationship started")),
    ("relationship.paused", _("A relationship was paused")),
    ("relationship.resumed", _("A paused relationship was resumed")),
    ("relationship.phase_changed", _("A relationship moved to another phase")),
    ("relationship.closed", _("A relationship was closed")),
    ("relationship.stay_in_touch", _("A completed relationship stays in touch")),
    ("relationship.stay_in_touch_ended", _("Two people stopped staying in touch")),
    ("meeting.scheduled", _("A meeting was scheduled")),
    ("meeting.changed", _("A meeting was moved or cancelled")),
    ("meeting.booked", _("A meeting was booked in someone's free time")),
    ("meeting.cancelled", _("A meeting was cancelled")),
    ("interview.requested", _("An informational interview was asked for, with proposed times")),
    ("interview.scheduled", _("An informational interview was booked or its time accepted")),
    ("interview.cancelled", _("An informational interview was declined or cancelled")),
    ("goal.achieved", _("A goal was achieved")),
    ("message.created", _("A message was written in one of your conversations")),
]


def new_secret() -> str:
    return "whsec_" + secrets.token_urlsafe(24)


class WebhookSubscriptionQuerySet(models.QuerySet):
    def visible_to(self, user):
        return self.filter(owner=user) if user.is_authenticated else self.none()


class WebhookSubscription(models.Model):
    """Events POSTed to a URL, signed with HMAC-SHA256. Per person, or per program for its coordinators."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="webhooks")
    program = models.ForeignKey(
        "programs.Program", null=True, blank=True, on_delete=models.CASCADE, related_name="webhooks"
    )
    url = models.URLField(max_length=500)
    events = models.JSONField(default=list)
    secret = models.CharField(max_length=64, default=new_secret)
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now)

    objects = WebhookSubscriptionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return self.url


class WebhookDelivery(models.Model):
    subscription = models.ForeignKey(WebhookSubscription, on_delete=models.CASCADE, related_name="deliveries")
    event = models.CharField(max_length=40)
    payload = models.JSONField()
    created_at = models.DateTimeField(default=timezone.now)
    due_at = models.DateTimeField(default=timezone.now)
    claimed_at = models.DateTimeField(null=True, blank=True)
    claim_token = models.CharField(max_length=32, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    failed_at = models.DateTimeField(null=True, blank=True, help_text=_("Gave up after the last retry."))
    attempts = models.PositiveSmallIntegerField(default=0)
    last_status = models.PositiveSmallIntegerField(null=True, blank=True)
    last_duration_ms = models.PositiveIntegerField(null=True, blank=True)
    # Our own words only ("Timed out"): the receiver's answer and the system's error text could describe a
    # network that the person who set up the webhook has no business seeing.
    last_error = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(
                fields=["due_at"],
                name="webhook_due_idx",
                condition=Q(delivered_at__isnull=True, failed_at__isnull=True, claimed_at__isnull=True),
            )
        ]

    def __str__(self):
        return f"{self.event} → {self.subscription}"

    @property
    def state(self) -> str:
        if self.delivered_at:
            return "delivered"
        if self.failed_at:
            return "failed"
        return "retrying" if self.attempts else "pending"
