from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

LEVELS = [(0, _("none")), (1, _("beginner")), (2, _("intermediate")), (3, _("advanced")), (4, _("expert"))]
FREQUENCIES = [
    ("weekly", _("Weekly")),
    ("fortnightly", _("Every two weeks")),
    ("monthly", _("Monthly")),
    ("quarterly", _("Quarterly")),
    ("as_needed", _("As needed")),
]
FORMATS = [("video", _("Video call")), ("phone", _("Phone")), ("in_person", _("In person")), ("any", _("Any"))]
PLAN_FIELDS = [
    "short_term_aspirations",
    "long_term_aspirations",
    "strengths",
    "areas_to_improve",
    "hours_per_month",
    "meeting_frequency",
    "meeting_format",
    "desired_outcomes",
]

# Two answers whose field names are not the words people read (the form and the plan's history use these).
PLAN_LABELS = {"meeting_frequency": _("Meeting frequency"), "meeting_format": _("Meeting format")}


class DevelopmentPlan(models.Model):
    """Self-reflection and expectations of mentoring: what a person writes before looking for a mentor."""

    person = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="plan")
    short_term_aspirations = models.TextField(_("Where do you want to be in a year?"), blank=True, max_length=2000)
    long_term_aspirations = models.TextField(_("And in five years?"), blank=True, max_length=2000)
    strengths = models.TextField(_("Your strengths"), blank=True, max_length=2000)
    areas_to_improve = models.TextField(_("Areas to improve"), blank=True, max_length=2000)
    hours_per_month = models.PositiveSmallIntegerField(
        _("Time you can give mentoring (hours a month)"), null=True, blank=True
    )
    meeting_frequency = models.CharField(max_length=12, choices=FREQUENCIES, blank=True)
    meeting_format = models.CharField(max_length=10, choices=FORMATS, blank=True)
    desired_outcomes = models.TextField(_("What you hope mentoring brings you"), blank=True, max_length=2000)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"Development plan of {self.person}"

    def snapshot(self) -> dict:
        return {field: getattr(self, field) for field in PLAN_FIELDS}

    @property
    def is_empty(self) -> bool:
        return not any(self.snapshot().values())


class PlanVersion(models.Model):
    """An earlier state of a plan, kept so a person sees how their thinking evolved."""

    plan = models.ForeignKey(DevelopmentPlan, on_delete=models.CASCADE, related_name="versions")
    answers = models.JSONField()
    saved_at = models.DateTimeField()

    class Meta:
        ordering = ["-saved_at"]

    def __str__(self):
        return f"{self.plan} until {self.saved_at:%Y-%m-%d}"

    def shown_answers(self) -> list[tuple[str, str]]:
        """Each answer given, under its question, a choice by its label: as the plan's history shows them."""
        shown = []
        for name in PLAN_FIELDS:
            value = self.answers.get(name)
            if value in (None, ""):
                continue
            field = DevelopmentPlan._meta.get_field(name)
            shown.append(
                (capfirst(PLAN_LABELS.get(name, field.verbose_name)), dict(field.choices or []).get(value, value))
            )
        return shown


class SkillGapQuerySet(models.QuerySet):
    def visible_to(self, user):
        return self.filter(person=user) if user.is_authenticated else self.none()


class SkillGap(models.Model):
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="skill_gaps")
    skill = models.CharField(max_length=80)
    current_level = models.PositiveSmallIntegerField(choices=LEVELS, default=0)
    target_level = models.PositiveSmallIntegerField(choices=LEVELS, default=3)
    why_it_matters = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SkillGapQuerySet.as_manager()

    class Meta:
        ordering = ["skill"]
        constraints = [
            models.UniqueConstraint(fields=["person", "skill"], name="one_gap_per_skill"),
            models.CheckConstraint(condition=Q(target_level__gt=models.F("current_level")), name="gap_goes_up"),
        ]

    def __str__(self):
        return f"{self.skill}: {self.get_current_level_display()} → {self.get_target_level_display()}"


class GoalQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The owner sees all their goals; others see only what was shared with them, nothing private."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(
            Q(owner=user)
            | Q(visibility=Goal.MENTORS, shared_with=user)
            | Q(visibility=Goal.PROGRAM, shared_program__coordinators=user)
        ).distinct()

    def shared_with(self, user):
        return self.visible_to(user).exclude(owner=user)


class Goal(models.Model):
    DRAFT, ACTIVE, ACHIEVED, DROPPED = "draft", "active", "achieved", "dropped"
    STATUS_CHOICES = [(DRAFT, _("Draft")), (ACTIVE, _("Active")), (ACHIEVED, _("Achieved")), (DROPPED, _("Dropped"))]
    PRIVATE, MENTORS, PROGRAM = "private", "mentors", "program"
    VISIBILITY_CHOICES = [
        (PRIVATE, _("Private: only me")),
        (MENTORS, _("Shared with mentors I choose")),
        (PROGRAM, _("Shared with my program's coordinators")),
    ]
    CONFIDENCE_CHOICES = [
        (1, _("Not confident")),
        (2, _("Unsure")),
        (3, _("Fairly confident")),
        (4, _("Confident")),
        (5, _("Certain")),
    ]

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="goals")
    text = models.CharField(_("Goal"), max_length=500)
    why_it_matters = models.TextField(_("Why it matters to you"), blank=True, max_length=2000)
    success_measure = models.CharField(_("How you will know you got there"), max_length=300, blank=True)
    target_date = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=STATUS_CHOICES, default=DRAFT)
    manual_progress = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text=_("Leave empty to follow the milestones.")
    )
    hours_per_week = models.DecimalField(
        _("Hours a week you can give it"), max_digits=4, decimal_places=1, null=True, blank=True
    )
    confidence = models.PositiveSmallIntegerField(
        _("How confident are you that you can do it?"), choices=CONFIDENCE_CHOICES, null=True, blank=True
    )
    skill_gaps = models.ManyToManyField(SkillGap, blank=True, related_name="goals")
    visibility = models.CharField(max_length=10, choices=VISIBILITY_CHOICES, default=PRIVATE)
    shared_with = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="goals_shared_with_me")
    shared_program = models.ForeignKey(
        "programs.Program", null=True, blank=True, on_delete=models.SET_NULL, related_name="shared_goals"
    )
    coach = models.JSONField(default=dict, blank=True, help_text=_("The SMART coach's verdict when last saved."))
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    achieved_at = models.DateTimeField(null=True, blank=True)

    objects = GoalQuerySet.as_manager()

    class Meta:
        ordering = ["status", "target_date", "-created_at"]
        indexes = [models.Index(fields=["owner", "status"])]
        constraints = [
            models.CheckConstraint(condition=Q(manual_progress__lte=100), name="progress_at_most_100"),
        ]

    def __str__(self):
        return self.text

    def get_absolute_url(self):
        return reverse("goals:detail", args=[self.pk])

    @property
    def progress(self) -> int:
        if self.manual_progress is not None:
            return self.manual_progress
        if self.status == self.ACHIEVED:
            return 100
        milestones = list(self.milestones.all())
        if not milestones:
            return 0
        return round(100 * sum(m.done for m in milestones) / len(milestones))

    def set_status(self, status: str) -> None:
        self.status = status
        self.achieved_at = timezone.now() if status == self.ACHIEVED else None


class Milestone(models.Model):
    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="milestones")
    text = models.CharField(max_length=300)
    due_date = models.DateField(null=True, blank=True)
    done = models.BooleanField(default=False)
    done_at = models.DateTimeField(null=True, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self):
        return self.text
