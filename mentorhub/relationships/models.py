from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

CADENCES = [
    ("weekly", _("Weekly")),
    ("fortnightly", _("Every two weeks")),
    ("monthly", _("Monthly")),
    ("quarterly", _("Quarterly")),
    ("custom", _("Custom")),
]
CADENCE_DAYS = {"weekly": 7, "fortnightly": 14, "monthly": 30, "quarterly": 91}
FORMATS = [("video", _("Video call")), ("phone", _("Phone")), ("in_person", _("In person"))]


def with_pair_names(queryset, through="relationship__"):
    """Rows that list the other person's name (Home's due items), with both people's names and the mentee's id
    annotated: select_related of two people and their profiles cost Home more CPU to build and read than the query
    itself. `through` is the path to the relationship or request that holds `mentee` and `mentor`."""
    return queryset.annotate(
        pair_mentee_id=models.F(f"{through}mentee"),
        mentee_name=models.F(f"{through}mentee__profile__name"),
        mentor_name=models.F(f"{through}mentor__profile__name"),
    )


def other_name(row, person) -> str:
    """The name of the one who is not `person`, in a row from `with_pair_names`."""
    return row.mentor_name if row.pair_mentee_id == person.pk else row.mentee_name


class RequestQuerySet(models.QuerySet):
    def visible_to(self, user):
        if not user.is_authenticated:
            return self.none()
        return self.filter(Q(mentee=user) | Q(mentor=user))

    def open(self):
        return self.filter(status__in=MentorshipRequest.OPEN_STATUSES)


class MentorshipRequest(models.Model):
    """“Would you mentor me?” (or a mentor's offer), from sending to an answer, a withdrawal or expiry."""

    PENDING, INFO_REQUESTED = "pending", "info_requested"
    ACCEPTED, DECLINED, WITHDRAWN, EXPIRED = "accepted", "declined", "withdrawn", "expired"
    STATUS_CHOICES = [
        (PENDING, _("Pending")),
        (INFO_REQUESTED, _("More information asked")),
        (ACCEPTED, _("Accepted")),
        (DECLINED, _("Declined")),
        (WITHDRAWN, _("Withdrawn")),
        (EXPIRED, _("Expired")),
    ]
    OPEN_STATUSES = (PENDING, INFO_REQUESTED)
    MENTEE, MENTOR = "mentee", "mentor"
    DECLINE_REASONS = [
        ("no_capacity", _("I have no capacity right now")),
        ("not_my_area", _("This is not my area")),
        ("timing", _("The timing does not work")),
        ("no_longer_available", _("No longer available")),
        ("other", _("Another reason")),
    ]

    mentee = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="requests_as_mentee")
    mentor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="requests_as_mentor")
    initiated_by = models.CharField(
        max_length=6, choices=[(MENTEE, _("Mentee")), (MENTOR, _("Mentor"))], default=MENTEE
    )
    program = models.ForeignKey("programs.Program", null=True, blank=True, on_delete=models.SET_NULL)
    message = models.TextField(max_length=3000)
    coach = models.JSONField(default=dict, blank=True)
    goals = models.ManyToManyField("goals.Goal", blank=True, related_name="requests")
    proposed_cadence = models.CharField(max_length=12, choices=CADENCES, default="monthly")
    proposed_format = models.CharField(max_length=10, choices=FORMATS, default="video")
    status = models.CharField(max_length=15, choices=STATUS_CHOICES, default=PENDING)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    viewed_at = models.DateTimeField(null=True, blank=True)
    reminder_due_at = models.DateTimeField(null=True, blank=True)
    auto_decline_at = models.DateTimeField(null=True, blank=True)
    info_question = models.TextField(blank=True, max_length=2000)
    info_answer = models.TextField(blank=True, max_length=3000)
    decline_reason = models.CharField(max_length=20, choices=DECLINE_REASONS, blank=True)
    decline_note = models.TextField(blank=True, max_length=2000)
    referral = models.CharField("Someone else who could help", max_length=200, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    objects = RequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["mentee", "mentor"],
                condition=Q(status__in=["pending", "info_requested"]),
                name="one_open_request_per_pair",
            ),
            models.CheckConstraint(condition=~Q(mentee=models.F("mentor")), name="request_not_to_self"),
        ]
        indexes = [models.Index(fields=["status", "expires_at"]), models.Index(fields=["status", "reminder_due_at"])]

    def __str__(self):
        return f"{self.mentee} → {self.mentor} ({self.status})"

    def get_absolute_url(self):
        return reverse("relationships:request", args=[self.pk])

    @property
    def sender(self):
        return self.mentee if self.initiated_by == self.MENTEE else self.mentor

    @property
    def receiver(self):
        return self.mentor if self.initiated_by == self.MENTEE else self.mentee

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    def other_side(self, user):
        return self.mentor if user.pk == self.mentee_id else self.mentee


class RelationshipQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The two people see everything; a program's coordinators see the relationship, never its content."""
        if not user.is_authenticated:
            return self.none()
        # The coordinated programs as a subquery, not a join: no duplicate rows, so no DISTINCT over every column
        # (of both people's profiles too, when they are selected with it).
        coordinated = user.coordinated_programs.values("pk")
        return self.filter(Q(mentee=user) | Q(mentor=user) | Q(program__in=coordinated))

    def involving(self, user):
        return self.filter(Q(mentee=user) | Q(mentor=user))

    def current(self):
        return self.filter(status__in=Relationship.CURRENT_STATUSES)

    def touch(self) -> int:
        """Move the version on: what the relationship page kept of these relationships is stale."""
        return self.update(version=F("version") + 1)


class Relationship(models.Model):
    LONG_TERM, SHORT_TERM, ONE_OFF, PEER = "long_term", "short_term", "one_off", "peer"
    KIND_CHOICES = [
        (LONG_TERM, _("Long-term")),
        (SHORT_TERM, _("Short-term")),
        (ONE_OFF, _("One-off")),
        (PEER, _("Peer")),
    ]
    ACTIVE, PAUSED, COMPLETED, ENDED_EARLY = "active", "paused", "completed", "ended_early"
    STATUS_CHOICES = [
        (ACTIVE, _("Active")),
        (PAUSED, _("Paused")),
        (COMPLETED, _("Completed")),
        (ENDED_EARLY, _("Ended early")),
    ]
    CURRENT_STATUSES = (ACTIVE, PAUSED)
    # Kram's four phases (seed 001), each with what it asks of the two people.
    PHASES = [
        ("initiation", _("Initiation")),
        ("cultivation", _("Cultivation")),
        ("separation", _("Separation")),
        ("redefinition", _("Redefinition")),
    ]
    PHASE_GUIDANCE = {
        "initiation": _("Build rapport: share your career paths, agree goals, cadence and boundaries in an agreement."),
        "cultivation": _("Meet regularly with agendas shared in advance, act on advice, share progress and feedback."),
        "separation": _("Review the goals against the end criteria; the mentee grows more independent."),
        "redefinition": _("Stay in touch as peers: a light check-in every few months, and pay it forward."),
    }
    END_REASONS = [
        ("goals_met", _("We met the goals")),
        ("schedule", _("Schedules did not fit")),
        ("goals_changed", _("My goals changed")),
        ("mismatch", _("Not the right match")),
        ("unresponsive", _("The other person stopped responding")),
        ("other", _("Another reason")),
    ]
    # Not a reason people choose: a coordinator undid the match before either person acted (lifecycle.cancel).
    CANCELLED = "cancelled"
    ALL_END_REASONS = [*END_REASONS, (CANCELLED, _("Cancelled: the match was undone before it began"))]
    CHECK_IN_CHOICES = [
        (30, _("Every month")),
        (60, _("Every two months")),
        (90, _("Every three months")),
        (180, _("Every six months")),
    ]

    mentee = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentorships_as_mentee")
    mentor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentorships_as_mentor")
    kind = models.CharField(max_length=10, choices=KIND_CHOICES, default=LONG_TERM)
    status = models.CharField(max_length=12, choices=STATUS_CHOICES, default=ACTIVE)
    phase = models.CharField(max_length=12, choices=PHASES, default="initiation")
    program = models.ForeignKey(
        "programs.Program", null=True, blank=True, on_delete=models.SET_NULL, related_name="relationships"
    )
    request = models.OneToOneField(
        MentorshipRequest, null=True, blank=True, on_delete=models.SET_NULL, related_name="relationship"
    )
    started_on = models.DateField(default=timezone.localdate)
    review_on = models.DateField(null=True, blank=True)
    ended_on = models.DateField(null=True, blank=True)
    end_reason = models.CharField(max_length=15, choices=ALL_END_REASONS, blank=True)
    stay_in_touch = models.BooleanField(default=False)
    check_in_days = models.PositiveSmallIntegerField(
        choices=CHECK_IN_CHOICES, null=True, blank=True, help_text=_("While staying in touch: days between check-ins.")
    )
    next_check_in_on = models.DateField(null=True, blank=True)
    last_activity_at = models.DateTimeField(null=True, blank=True, help_text=_("Last meeting or agreement."))
    health_checked_on = models.DateField(null=True, blank=True, help_text=_("Day of the latest health snapshot."))
    # Moved on by every write the relationship page shows or scores (meetings/receivers.py), in the database so that
    # every process sees it: the key of the health score and the fragments the page keeps between views.
    version = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(default=timezone.now)

    objects = RelationshipQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["mentee", "mentor"],
                condition=Q(status__in=["active", "paused"]),
                name="one_current_relationship_per_pair",
            ),
            models.CheckConstraint(condition=~Q(mentee=models.F("mentor")), name="relationship_not_with_self"),
        ]
        indexes = [models.Index(fields=["mentor", "status"]), models.Index(fields=["status", "health_checked_on"])]

    def __str__(self):
        return f"{self.mentee} mentored by {self.mentor}"

    def get_absolute_url(self):
        return reverse("relationships:detail", args=[self.pk])

    def is_party(self, user) -> bool:
        return user.pk in (self.mentee_id, self.mentor_id)

    def is_visible_to(self, user) -> bool:
        """RelationshipQuerySet.visible_to's rule for one loaded relationship: its two people need no query."""
        if self.is_party(user):
            return True
        return self.program_id is not None and user.coordinated_programs.filter(pk=self.program_id).exists()

    def other_side(self, user):
        return self.mentor if user.pk == self.mentee_id else self.mentee

    @property
    def is_current(self) -> bool:
        return self.status in self.CURRENT_STATUSES

    @property
    def can_meet(self) -> bool:
        """Meetings are planned and logged while the mentorship runs, and while the two stay in touch after it."""
        return self.is_current or self.stay_in_touch

    @property
    def phase_guidance(self) -> str:
        return str(self.PHASE_GUIDANCE[self.phase])

    # Both read all versions (a handful) through .all(), so that a list prefetching "agreement_versions" asks
    # them of every relationship without a query each.
    def current_agreement(self):
        return next((v for v in self.agreement_versions.all() if v.is_confirmed), None)

    def pending_agreement(self):
        return next((v for v in self.agreement_versions.all() if not v.is_confirmed), None)

    def cadence_days(self) -> int | None:
        agreement = self.current_agreement()
        return agreement.cadence_days if agreement else None

    def next_meeting_due(self, last_meeting_on=None):
        """When the next meeting is due under the agreed cadence, from the last meeting (or the start)."""
        days = self.cadence_days()
        if days is None:
            return None
        return (last_meeting_on or self.started_on) + timedelta(days=days)


class RelationshipEvent(models.Model):
    """The history of a relationship: every change, who made it, when and why."""

    relationship = models.ForeignKey(Relationship, on_delete=models.CASCADE, related_name="history")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    what = models.CharField(max_length=200)
    why = models.TextField(blank=True, max_length=2000)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-at", "-pk"]

    def __str__(self):
        return self.what


# What an agreement says (seed 004); the form, the service and the API all use this one list.
AGREEMENT_FIELDS = [
    "cadence",
    "custom_cadence_days",
    "duration_months",
    "review_on",
    "channels",
    "response_time",
    "boundaries",
    "mentee_responsibilities",
    "mentor_responsibilities",
    "end_criteria",
]


class AgreementVersion(models.Model):
    """One version of a relationship's written agreement (seed 004). It holds once both people confirm it."""

    relationship = models.ForeignKey(Relationship, on_delete=models.CASCADE, related_name="agreement_versions")
    number = models.PositiveSmallIntegerField()
    goals = models.ManyToManyField("goals.Goal", blank=True, related_name="agreements")
    cadence = models.CharField(max_length=12, choices=CADENCES, default="monthly")
    custom_cadence_days = models.PositiveSmallIntegerField(null=True, blank=True)
    duration_months = models.PositiveSmallIntegerField(default=6)
    review_on = models.DateField(null=True, blank=True)
    channels = models.CharField(_("Channels between meetings"), max_length=200, blank=True)
    response_time = models.CharField(_("Expected response time"), max_length=100, blank=True)
    boundaries = models.TextField(_("Boundaries and confidentiality"), blank=True, max_length=3000)
    mentee_responsibilities = models.TextField(blank=True, max_length=3000)
    mentor_responsibilities = models.TextField(blank=True, max_length=3000)
    end_criteria = models.TextField(_("We will close when"), blank=True, max_length=3000)
    proposed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    proposed_at = models.DateTimeField(default=timezone.now)
    confirmed_by_mentee_at = models.DateTimeField(null=True, blank=True)
    confirmed_by_mentor_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["relationship", "number"], name="one_agreement_number"),
            # A new proposal replaces the draft under the relationship's lock; this holds it anyway.
            models.UniqueConstraint(
                fields=["relationship"],
                condition=Q(confirmed_by_mentee_at__isnull=True) | Q(confirmed_by_mentor_at__isnull=True),
                name="one_agreement_draft",
            ),
        ]

    def __str__(self):
        return f"Agreement v{self.number}"

    @property
    def cadence_days(self) -> int:
        if self.cadence == "custom":
            return self.custom_cadence_days or 30
        return CADENCE_DAYS[self.cadence]

    @property
    def is_confirmed(self) -> bool:
        return bool(self.confirmed_by_mentee_at and self.confirmed_by_mentor_at)

    def confirmed_by(self, user) -> bool:
        if user.pk == self.relationship.mentee_id:
            return self.confirmed_by_mentee_at is not None
        return self.confirmed_by_mentor_at is not None


class Reflection(models.Model):
    """A final reflection written by each person when a relationship closes."""

    relationship = models.ForeignKey(Relationship, on_delete=models.CASCADE, related_name="reflections")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    text = models.TextField(max_length=4000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["relationship", "author"], name="one_reflection_each")]

    def __str__(self):
        return f"Reflection by {self.author}"


class GratitudeNote(models.Model):
    relationship = models.ForeignKey(Relationship, on_delete=models.CASCADE, related_name="gratitude_notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="gratitude_sent")
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="gratitude_received")
    text = models.TextField(max_length=3000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Thanks from {self.author}"


class HealthSnapshot(models.Model):
    """The health score on one day, kept so that a trend shows (docs/health.md)."""

    relationship = models.ForeignKey(Relationship, on_delete=models.CASCADE, related_name="health_snapshots")
    taken_on = models.DateField()
    score = models.PositiveSmallIntegerField()
    level = models.CharField(max_length=10)
    reasons = models.JSONField(default=list)
    next_step = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-taken_on"]
        constraints = [models.UniqueConstraint(fields=["relationship", "taken_on"], name="one_snapshot_a_day")]

    def __str__(self):
        return f"{self.level} ({self.score}) on {self.taken_on}"
