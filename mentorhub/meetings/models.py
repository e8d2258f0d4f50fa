"""Meetings inside a relationship and what surrounds them: agendas, notes, action items, progress, feedback.

Everything here is the content of a relationship: only its two people see it (relationships.services is the door).
"""

import hashlib
import secrets
import uuid
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from mentorhub.relationships.models import FORMATS


def new_uid() -> str:
    return f"{uuid.uuid4()}@mentorhub"


class MeetingQuerySet(models.QuerySet):
    def involving(self, user):
        return self.filter(Q(relationship__mentee=user) | Q(relationship__mentor=user))

    def upcoming(self, now=None):
        """Scheduled meetings that have not ended yet, soonest first."""
        now = now or timezone.now()
        return self.filter(status=Meeting.SCHEDULED, starts_at__gte=now - timedelta(hours=4)).order_by("starts_at")


class Meeting(models.Model):
    """Proposed (slots for the other person to pick) → scheduled → held | cancelled; or logged after the fact."""

    PROPOSED, SCHEDULED, HELD, CANCELLED = "proposed", "scheduled", "held", "cancelled"
    STATUS_CHOICES = [
        (PROPOSED, _("Times proposed")),
        (SCHEDULED, _("Scheduled")),
        (HELD, _("Held")),
        (CANCELLED, _("Cancelled")),
    ]
    MAX_SLOTS = 3

    relationship = models.ForeignKey("relationships.Relationship", on_delete=models.CASCADE, related_name="meetings")
    organiser = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    title = models.CharField(max_length=200)
    status = models.CharField(max_length=10, choices=STATUS_CHOICES, default=SCHEDULED)
    starts_at = models.DateTimeField(null=True, blank=True, help_text=_("Empty while times are proposed."))
    duration_minutes = models.PositiveSmallIntegerField(default=settings.MEETING_MINUTES_DEFAULT)
    format = models.CharField(max_length=10, choices=FORMATS, default="video")
    location = models.CharField(max_length=200, blank=True)
    video_link = models.URLField(max_length=500, blank=True)
    # The organiser's zone: a recurring meeting keeps its wall-clock time there across daylight-saving changes.
    time_zone = models.CharField(max_length=64, default="UTC")
    recurring = models.BooleanField(default=False, help_text=_("Repeats at the agreement's cadence."))
    previous = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="next_occurrence"
    )
    logged = models.BooleanField(default=False, help_text=_("Recorded after the fact: it happened elsewhere."))
    uid = models.CharField(max_length=100, unique=True, default=new_uid, editable=False)
    sequence = models.PositiveIntegerField(default=0, help_text=_("The iCalendar SEQUENCE: grows with each change."))
    change_note = models.TextField(blank=True, max_length=2000, help_text=_("Why it was last moved or cancelled."))
    created_at = models.DateTimeField(default=timezone.now)
    proposed_at = models.DateTimeField(null=True, blank=True)
    scheduled_at = models.DateTimeField(null=True, blank=True, help_text=_("When its time was fixed."))
    held_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    cancelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = MeetingQuerySet.as_manager()

    class Meta:
        ordering = [F("starts_at").desc(nulls_first=True), "-pk"]
        indexes = [models.Index(fields=["relationship", "status", "starts_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["proposed", "cancelled"]) | Q(starts_at__isnull=False),
                name="meeting_has_a_time_once_fixed",
            ),
            models.CheckConstraint(
                condition=Q(duration_minutes__gte=15, duration_minutes__lte=240), name="meeting_15_to_240_minutes"
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.get_status_display()})"

    def get_absolute_url(self):
        return reverse("meetings:detail", args=[self.pk])

    @property
    def ends_at(self):
        return self.starts_at + timedelta(minutes=self.duration_minutes) if self.starts_at else None

    @property
    def has_started(self) -> bool:
        return self.starts_at is not None and self.starts_at <= timezone.now()

    @property
    def is_open(self) -> bool:
        """Still ahead of the two people: times proposed, or scheduled."""
        return self.status in (self.PROPOSED, self.SCHEDULED)

    @property
    def where(self) -> str:
        return self.video_link or self.location or self.get_format_display()


class Slot(models.Model):
    """One of up to three proposed times; the other person picks one."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="slots")
    starts_at = models.DateTimeField()

    class Meta:
        ordering = ["starts_at"]

    def __str__(self):
        return f"{self.starts_at:%Y-%m-%d %H:%M}"

    @property
    def is_past(self) -> bool:
        return self.starts_at <= timezone.now()


# The agenda template (seed 001): the first meeting builds rapport, later ones follow the same four headings.
RAPPORT_PROMPTS = [
    ("career_paths", _("Your career paths"), _("How did each of you get here? The turns, the luck, the choices.")),
    (
        "lessons",
        _("Lessons learned"),
        _("What would you tell your younger self? What do you wish someone had told you?"),
    ),
    ("communication", _("How you like to communicate"), _("Channels, response times, how you like feedback.")),
]
REGULAR_PROMPTS = [
    ("wins", _("Wins and updates since last time"), _("What went well, what changed.")),
    ("action_items", _("Progress on action items"), _("What you did about the open action items below.")),
    ("topics", _("Questions and topics"), _("What you want to think through together.")),
    ("asks", _("Asks"), _("Anything specific you need: an introduction, a review, a recommendation.")),
]


def is_answered(answers: dict) -> bool:
    """Whether an agenda's answers hold anything written (Home reads the answers without the agenda row)."""
    return any(v.strip() for v in answers.values())


class Agenda(models.Model):
    """One shared agenda per meeting, written by both people in advance."""

    RAPPORT, REGULAR = "rapport", "regular"
    PROMPTS = {RAPPORT: RAPPORT_PROMPTS, REGULAR: REGULAR_PROMPTS}

    meeting = models.OneToOneField(Meeting, on_delete=models.CASCADE, related_name="agenda")
    kind = models.CharField(max_length=10, choices=[(RAPPORT, _("First meeting: rapport")), (REGULAR, _("Regular"))])
    answers = models.JSONField(default=dict, blank=True, help_text=_("prompt key -> text"))
    filled_at = models.DateTimeField(null=True, blank=True, help_text=_("When something was first written in it."))
    updated_at = models.DateTimeField(null=True, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    def __str__(self):
        return f"Agenda of {self.meeting}"

    @property
    def prompts(self) -> list[dict]:
        return [
            {"key": key, "label": str(label), "help": str(help_text), "text": self.answers.get(key, "")}
            for key, label, help_text in self.PROMPTS[self.kind]
        ]

    @property
    def is_filled(self) -> bool:
        return is_answered(self.answers)


class NoteQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Shared notes, and the person's own private ones: a private note is for its author alone."""
        return self.filter(Q(shared=True) | Q(author=user))


class Note(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="meeting_notes")
    text = models.TextField(max_length=5000)
    shared = models.BooleanField(default=False, help_text=_("Shared with the other person; otherwise only you see it."))
    created_at = models.DateTimeField(default=timezone.now)

    objects = NoteQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"Note by {self.author}"


class ActionItem(models.Model):
    """Something one of the two people will do; open ones carry over to the next agenda and show on Home."""

    OPEN, DONE = "open", "done"
    STATUS_CHOICES = [(OPEN, _("Open")), (DONE, _("Done"))]

    relationship = models.ForeignKey(
        "relationships.Relationship", on_delete=models.CASCADE, related_name="action_items"
    )
    meeting = models.ForeignKey(Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="action_items")
    text = models.CharField(max_length=300)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="meeting_action_items"
    )
    due_on = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=4, choices=STATUS_CHOICES, default=OPEN)
    done_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-status", F("due_on").asc(nulls_last=True), "pk"]
        indexes = [models.Index(fields=["assignee", "status"]), models.Index(fields=["relationship", "status"])]

    def __str__(self):
        return self.text

    @property
    def is_done(self) -> bool:
        return self.status == self.DONE

    @property
    def is_overdue(self) -> bool:
        return not self.is_done and self.due_on is not None and self.due_on < timezone.localdate()


class ProgressUpdate(models.Model):
    """“After our last chat I rewrote my CV”: the mentee's news, optionally moving a goal's progress."""

    relationship = models.ForeignKey(
        "relationships.Relationship", on_delete=models.CASCADE, related_name="progress_updates"
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    text = models.TextField(max_length=4000)
    goal = models.ForeignKey("goals.Goal", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    goal_progress = models.PositiveSmallIntegerField(null=True, blank=True, help_text=_("The goal's progress, 0-100."))
    goal_achieved = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(condition=Q(goal_progress__lte=100), name="progress_update_at_most_100"),
        ]

    def __str__(self):
        return f"Progress update by {self.author}"


class MeetingFeedback(models.Model):
    """A 1-5 rating of one meeting with a comment: private to its author, counted in the relationship's health."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="feedback")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    rating = models.PositiveSmallIntegerField(choices=[(i, str(i)) for i in range(1, 6)])
    comment = models.TextField(blank=True, max_length=2000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "author"], name="one_rating_per_meeting_each"),
            models.CheckConstraint(condition=Q(rating__gte=1, rating__lte=5), name="meeting_rating_1_to_5"),
        ]

    def __str__(self):
        return f"{self.rating}/5 by {self.author}"


class MentorFeedback(models.Model):
    """A mentor's structured feedback to the mentee: strengths and next steps. Both people see it."""

    relationship = models.ForeignKey(
        "relationships.Relationship", on_delete=models.CASCADE, related_name="mentor_feedback"
    )
    meeting = models.ForeignKey(Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    strengths = models.TextField(max_length=3000)
    next_steps = models.TextField(max_length=3000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"Feedback from {self.author}"


class Celebration(models.Model):
    """A goal achieved or a milestone reached, on the timeline of each relationship the goal belongs to."""

    relationship = models.ForeignKey(
        "relationships.Relationship", on_delete=models.CASCADE, related_name="celebrations"
    )
    goal = models.ForeignKey("goals.Goal", on_delete=models.CASCADE, related_name="+")
    milestone = models.ForeignKey("goals.Milestone", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    text = models.CharField(max_length=400)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            # One celebration per achievement: saving an achieved goal again must not celebrate twice.
            models.UniqueConstraint(
                fields=["relationship", "goal"], condition=Q(milestone__isnull=True), name="one_goal_celebration"
            ),
            models.UniqueConstraint(
                fields=["relationship", "milestone"],
                condition=Q(milestone__isnull=False),
                name="one_milestone_celebration",
            ),
        ]

    def __str__(self):
        return self.text


def hash_feed_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class CalendarFeed(models.Model):
    """A person's private calendar address. Only the token's SHA-256 is kept: the address is shown once."""

    person = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed")
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"Calendar feed of {self.person}"

    @classmethod
    def issue(cls, person) -> str:
        """A new address for the person; the old one, if any, stops working."""
        raw = secrets.token_urlsafe(24)
        cls.objects.update_or_create(
            person=person,
            defaults={"token_hash": hash_feed_token(raw), "created_at": timezone.now(), "last_used_at": None},
        )
        return raw
