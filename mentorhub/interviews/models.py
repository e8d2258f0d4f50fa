"""Informational interviews: a one-off conversation before any relationship ("could I buy you a coffee to hear
about your journey?"), asked of a contact in one's network or a mentor in the directory.

Life cycle: requested (up to three proposed times, waiting for the person asked to pick one) → scheduled (a time
picked, or booked straight into their free slots) → over once it ends; or declined, or cancelled by either person.
After it: a thank-you within 48 hours, referrals, and "ask for mentoring" or "stay in touch".
"""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class InterviewQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Only its two people: the person who asked and the person asked. Not a coordinator, not staff."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(Q(requester=user) | Q(interviewee=user))

    def awaiting_follow_up(self, now=None):
        """Held (scheduled and over) and not yet followed up: no thanks marked, no message to them since."""
        now = now or timezone.now()
        return self.filter(
            status=InformationalInterview.SCHEDULED, ends_at__lte=now, followed_up_at__isnull=True
        ).exclude(contact__messages__sent_at__gte=models.F("ends_at"))


class InformationalInterview(models.Model):
    REQUESTED, SCHEDULED, DECLINED, CANCELLED = "requested", "scheduled", "declined", "cancelled"
    STATUS_CHOICES = [
        (REQUESTED, _("Times proposed")),
        (SCHEDULED, _("Scheduled")),
        (DECLINED, _("Declined")),
        (CANCELLED, _("Cancelled")),
    ]
    OPEN = [REQUESTED, SCHEDULED]

    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="interviews_requested"
    )
    interviewee = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="interviews_given")
    # The requester's contact for the person asked: their research notes make the prep sheet (the requester's
    # eyes only), and referrals become contacts beside it.
    contact = models.ForeignKey(
        "network.Contact", null=True, blank=True, on_delete=models.SET_NULL, related_name="interviews"
    )
    message = models.ForeignKey(
        "network.OutreachMessage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="interviews",
        help_text=_("The request as sent, with the outreach coach's verdict."),
    )
    topic = models.CharField(max_length=200, help_text=_("What the conversation is about, in a line."))
    status = models.CharField(max_length=10, choices=STATUS_CHOICES, default=REQUESTED)
    proposed_times = models.JSONField(default=list, blank=True, help_text=_("[ISO 8601 start, ...] in UTC"))
    duration_minutes = models.PositiveSmallIntegerField(default=20)
    starts_at = models.DateTimeField(null=True, blank=True)
    ends_at = models.DateTimeField(null=True, blank=True)
    video_link = models.URLField(max_length=500, blank=True)
    prep_notes = models.TextField(
        _("Your questions"), blank=True, max_length=4000, help_text=_("Only you see them: what you want to ask.")
    )
    followed_up_at = models.DateTimeField(null=True, blank=True)
    stay_in_touch = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    objects = InterviewQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["requester", "status"]),
            models.Index(fields=["interviewee", "status"]),
            models.Index(fields=["status", "starts_at"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="scheduled") | Q(starts_at__isnull=False, ends_at__isnull=False),
                name="scheduled_interview_has_a_time",
            ),
            # Asking twice while the first request waits is a conflict; the service also refuses while one is
            # still to come, and this holds the first half under any race.
            models.UniqueConstraint(
                "requester", "interviewee", condition=Q(status="requested"), name="one_requested_interview_per_pair"
            ),
        ]

    def __str__(self):
        return f"Informational interview: {self.requester} with {self.interviewee}"

    def get_absolute_url(self):
        return reverse("interviews:detail", args=[self.pk])

    def other_side(self, user):
        return self.interviewee if user.pk == self.requester_id else self.requester

    def proposed(self) -> list[datetime]:
        return [datetime.fromisoformat(t) for t in self.proposed_times]

    def is_over(self, now=None) -> bool:
        return self.status == self.SCHEDULED and self.ends_at <= (now or timezone.now())

    @property
    def follow_up_by(self) -> datetime | None:
        return self.ends_at + timedelta(hours=settings.INTERVIEW_FOLLOW_UP_HOURS) if self.ends_at else None


class Referral(models.Model):
    """ "She suggested I talk to X": a contact introduced by the person interviewed."""

    interview = models.ForeignKey(InformationalInterview, on_delete=models.CASCADE, related_name="referrals")
    contact = models.ForeignKey("network.Contact", on_delete=models.CASCADE, related_name="referred_by")
    note = models.CharField(max_length=300, blank=True, help_text=_("Why they suggested this person."))
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.contact} (referred)"
