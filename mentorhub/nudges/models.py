import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Every nudge belongs to one category; people choose per category: now, a daily digest, or off.
CATEGORIES = [
    ("requests", _("Mentorship requests")),
    ("messages", _("Messages from the people you mentor or are mentored by")),
    ("follow_ups", _("Follow-ups with your network")),
    ("meetings", _("Meetings: agendas, reminders, notes")),
    ("check_ins", _("Relationship check-ins: reconfirm, pulse, audit, review")),
    ("celebrations", _("Milestones and thanks")),
    ("programs", _("Program coordination")),
]
IMMEDIATELY, DIGEST, OFF = "immediately", "digest", "off"
DELIVERY_CHOICES = [(IMMEDIATELY, _("Right away")), (DIGEST, _("Daily digest")), (OFF, _("Off"))]


class Nudge(models.Model):
    """Something due for one person at one time. Its due time lives here, so moving a meeting moves the nudge
    and nothing stale is left behind; a sweep claims due rows and a worker delivers each exactly once."""

    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="nudges")
    key = models.CharField(max_length=200, unique=True, help_text=_("Identifies the rule and its subject."))
    rule = models.CharField(max_length=50)
    category = models.CharField(max_length=20, choices=CATEGORIES)
    title = models.CharField(max_length=200)
    body = models.TextField(blank=True, max_length=4000)
    url = models.CharField(max_length=500, blank=True)
    reply_to = models.CharField(
        max_length=320, blank=True, help_text=_("Reply-To of the nudge's own email; a digest carries none.")
    )
    due_at = models.DateTimeField()
    claimed_at = models.DateTimeField(null=True, blank=True)
    claim_token = models.CharField(max_length=32, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    skipped = models.CharField(max_length=100, blank=True, help_text=_("Why it was not delivered, if it was not."))
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [
            # The sweep reads only undelivered, unclaimed rows that are due: its cost follows the due rows.
            models.Index(
                fields=["due_at"],
                name="nudge_due_idx",
                condition=Q(delivered_at__isnull=True, claimed_at__isnull=True),
            ),
            models.Index(fields=["person", "-created_at"]),
        ]

    def __str__(self):
        return f"{self.rule} for {self.person} at {self.due_at:%Y-%m-%d %H:%M}"


class Notification(models.Model):
    """The in-app copy of a delivered nudge."""

    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    nudge = models.OneToOneField(Nudge, null=True, blank=True, on_delete=models.SET_NULL, related_name="notification")
    category = models.CharField(max_length=20, choices=CATEGORIES)
    title = models.CharField(max_length=200)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    in_digest_at = models.DateTimeField(null=True, blank=True)
    wants_digest = models.BooleanField(default=False)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["person", "read_at"])]

    def __str__(self):
        return self.title


def new_token() -> str:
    return secrets.token_urlsafe(24)


class DeliveryPreferences(models.Model):
    person = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="delivery")
    choices = models.JSONField(default=dict, blank=True, help_text=_("category -> immediately | digest | off"))
    quiet_from = models.TimeField(null=True, blank=True, help_text=_("Start of quiet hours, in your timezone."))
    quiet_until = models.TimeField(null=True, blank=True)
    unsubscribe_token = models.CharField(max_length=64, default=new_token, unique=True)
    last_digest_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"Delivery preferences of {self.person}"

    def choice_for(self, category: str) -> str:
        return self.choices.get(category, IMMEDIATELY)


class Pulse(models.Model):
    """“How valuable is this mentorship?” 1-5: private to its author, counted in health and program aggregates."""

    PULSE, SURVEY_30, SURVEY_END = "pulse", "survey_30", "survey_end"
    KIND_CHOICES = [
        (PULSE, _("Pulse")),
        (SURVEY_30, _("Program survey at day 30")),
        (SURVEY_END, _("Program survey at the end")),
    ]

    relationship = models.ForeignKey("relationships.Relationship", on_delete=models.CASCADE, related_name="pulses")
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="pulses")
    kind = models.CharField(max_length=10, choices=KIND_CHOICES, default=PULSE)
    score = models.PositiveSmallIntegerField(choices=[(i, str(i)) for i in range(1, 6)])
    comment = models.TextField(blank=True, max_length=2000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        constraints = [models.CheckConstraint(condition=Q(score__gte=1, score__lte=5), name="pulse_1_to_5")]

    def __str__(self):
        return f"Pulse {self.score} by {self.person}"


class Audit(models.Model):
    """The six-month mentorship audit (seed 001): a guided review of goals and agreement, by one person."""

    relationship = models.ForeignKey("relationships.Relationship", on_delete=models.CASCADE, related_name="audits")
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="audits")
    goals_still_right = models.BooleanField()
    agreement_working = models.BooleanField()
    what_to_change = models.TextField(blank=True, max_length=3000)
    decision = models.CharField(
        max_length=10,
        choices=[
            ("continue", _("Continue as we are")),
            ("adjust", _("Adjust the agreement")),
            ("close", _("Close it well")),
        ],
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Audit by {self.person}"
