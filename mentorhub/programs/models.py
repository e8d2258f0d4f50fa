import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class ProgramQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Public programs, and the ones a person coordinates or has enrolled in. Invite-link programs are
        reached through their link (`services.get_program_by_invite`), never listed."""
        if not user.is_authenticated:
            return self.filter(visibility=Program.PUBLIC)
        return self.filter(Q(visibility=Program.PUBLIC) | Q(coordinators=user) | Q(enrollments__person=user)).distinct()

    def coordinated_by(self, user):
        return self.filter(coordinators=user) if user.is_authenticated else self.none()

    def of(self, user):
        """Programs a person belongs to (approved) or coordinates."""
        member = Q(enrollments__person=user, enrollments__status="approved")
        return self.filter(member | Q(coordinators=user)).distinct()


def enrollment_roles():
    return Enrollment.ROLE_CHOICES


class Program(models.Model):
    """An organisation's mentoring program: a cohort with dates, or evergreen."""

    PUBLIC = "public"
    INVITE = "invite"
    PRIVATE = "private"
    VISIBILITY_CHOICES = [(PUBLIC, _("Public")), (INVITE, _("Invite link")), (PRIVATE, _("Private"))]
    AUTOMATIC, MANUAL = "automatic", "manual"
    APPROVAL_CHOICES = [
        (AUTOMATIC, _("Approve everyone who applies")),
        (MANUAL, _("A coordinator approves each person")),
    ]

    name = models.CharField(max_length=150)
    slug = models.SlugField(unique=True)
    description = models.TextField(blank=True)
    visibility = models.CharField(max_length=10, choices=VISIBILITY_CHOICES, default=PUBLIC)
    coordinators = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="coordinated_programs", blank=True)
    starts_on = models.DateField(null=True, blank=True, help_text=_("Leave both dates empty for an evergreen program."))
    ends_on = models.DateField(null=True, blank=True)
    approval = models.CharField(max_length=10, choices=APPROVAL_CHOICES, default=MANUAL)
    default_mentor_capacity = models.PositiveSmallIntegerField(
        default=2, help_text=_("Mentees a mentor takes in this program unless they say otherwise.")
    )
    max_rankings = models.PositiveSmallIntegerField(
        _("Mentors a mentee may rank"), default=3, help_text=_("0 turns rankings off.")
    )
    applications_open_on = models.DateField(
        _("Applications open on"), null=True, blank=True, help_text=_("Empty: open as soon as the program is saved.")
    )
    applications_close_on = models.DateField(
        _("Applications close on"), null=True, blank=True, help_text=_("Empty: open until the program ends.")
    )
    # What the next dry run starts from (objective, weights, rules): set by a duplicate from its original's last run.
    match_defaults = models.JSONField(default=dict, blank=True)
    archived_at = models.DateTimeField(null=True, blank=True)
    invite_token = models.CharField(max_length=43, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    # An organisation's single sign-on, set by an operator in the admin (docs/accounts.md, "Programs").
    sso_provider = models.CharField(
        _("Organisation sign-in"),
        max_length=100,
        blank=True,
        help_text=_(
            "The provider id of an organisation's single sign-on (from OIDC_PROVIDERS, SAML_PROVIDERS or a "
            "social application)."
        ),
    )
    sso_role = models.CharField(
        _("Enrol people who sign in through it as"),
        max_length=10,
        choices=enrollment_roles,
        blank=True,
        help_text=_("Empty: signing in enrols nobody."),
    )
    sso_required = models.BooleanField(_("Only people who signed in through it may join"), default=False)
    # Besides the site's TWO_FACTOR_FOR_COORDINATORS (accounts.services.must_use_two_factor).
    two_factor_for_coordinators = models.BooleanField(
        _("Its coordinators must use two-factor sign-in"),
        default=False,
        help_text=_("They are asked to set it up at their next log-in, and for a code at every log-in after that."),
    )

    objects = ProgramQuerySet.as_manager()

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.invite_token:
            self.invite_token = new_invite_token()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("programs:detail", args=[self.slug])

    @property
    def is_evergreen(self) -> bool:
        return self.starts_on is None and self.ends_on is None

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None

    def applications_closed_because(self, today) -> tuple[str, str] | None:
        """Why nobody may apply today, as (code, sentence), or None while applications are open."""
        if self.is_archived:
            return "archived", gettext("This program is archived and takes no new participants.")
        if self.ends_on and self.ends_on < today:
            return "ended", gettext("This program has ended.")
        if self.applications_open_on and today < self.applications_open_on:
            return "not_open", gettext("Applications open on %(day)s.") % {
                "day": date_format(self.applications_open_on, "j F Y")
            }
        if self.applications_close_on and self.applications_close_on < today:
            return "applications_closed", gettext("Applications closed on %(day)s.") % {
                "day": date_format(self.applications_close_on, "j F Y")
            }
        return None

    def is_coordinator(self, user) -> bool:
        return user.is_authenticated and self.coordinators.filter(pk=user.pk).exists()

    def questions_for(self, role: str):
        return self.questions.filter(Q(role=role) | Q(role=""))


def new_invite_token() -> str:
    return secrets.token_urlsafe(32)


class EnrollmentQuestion(models.Model):
    """One question of a program's enrolment form, asked of mentees, mentors or both."""

    TEXT, SINGLE, MULTIPLE, SCALE = "text", "single", "multiple", "scale"
    KIND_CHOICES = [
        (TEXT, _("Text")),
        (SINGLE, _("Single choice")),
        (MULTIPLE, _("Multiple choice")),
        (SCALE, _("Scale 1 to 5")),
    ]
    ROLE_CHOICES = [("", _("Everyone")), ("mentee", _("Mentees")), ("mentor", _("Mentors"))]

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="questions")
    role = models.CharField(max_length=10, choices=ROLE_CHOICES, blank=True)
    kind = models.CharField(max_length=10, choices=KIND_CHOICES, default=TEXT)
    text = models.CharField(max_length=300)
    choices = models.JSONField(default=list, blank=True, help_text=_("For single and multiple choice."))
    required = models.BooleanField(default=True)
    position = models.PositiveSmallIntegerField(default=0)
    # Matching (docs/programs.md, "Enrolment answers in matching"): a hard rule, or a weighted criterion.
    NOT_USED, SAME_ANSWER, WEIGHTED = "", "same", "weight"
    MATCH_USE_CHOICES = [
        (NOT_USED, _("Not used in matching")),
        (SAME_ANSWER, _("Rule: only pair people who gave the same answer")),
        (WEIGHTED, _("Criterion: answers in common add to the match score")),
    ]
    match_use = models.CharField(_("Use in matching"), max_length=10, choices=MATCH_USE_CHOICES, blank=True)
    match_weight = models.FloatField(
        _("Weight in the match score"),
        default=0.2,
        help_text=_("For a criterion; the score's own weights add up to 1 by default (skills 0.4, goals 0.2, ...)."),
    )

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self):
        return self.text


class EnrollmentQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=Enrollment.APPROVED)


class Enrollment(models.Model):
    APPLIED = "applied"
    APPROVED = "approved"
    REJECTED = "rejected"
    STATUS_CHOICES = [(APPLIED, _("Applied")), (APPROVED, _("Approved")), (REJECTED, _("Rejected"))]
    MENTEE = "mentee"
    MENTOR = "mentor"
    ROLE_CHOICES = [(MENTEE, _("Mentee")), (MENTOR, _("Mentor"))]
    FORM, IMPORT, SSO = "form", "import", "sso"

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="enrollments")
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrollments")
    role = models.CharField(max_length=10, choices=ROLE_CHOICES)
    status = models.CharField(max_length=10, choices=STATUS_CHOICES, default=APPLIED)
    created_at = models.DateTimeField(auto_now_add=True)
    answers = models.JSONField(default=dict, blank=True, help_text=_("Question id -> answer."))
    capacity = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text=_("Mentors: mentees in this program; empty = the program's default.")
    )
    department = models.CharField(max_length=120, blank=True)
    cohort = models.CharField(max_length=80, blank=True)
    # Mentees: mentor person ids, first choice first; the optimiser honours them (docs/programs.md).
    rankings = models.JSONField(default=list, blank=True)
    source = models.CharField(
        max_length=10,
        choices=[(FORM, _("Form")), (IMPORT, _("CSV import")), (SSO, _("Organisation sign-in"))],
        default=FORM,
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = EnrollmentQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["program", "person", "role"], name="one_enrollment_per_role")]
        indexes = [models.Index(fields=["program", "status", "role"])]

    def __str__(self):
        return f"{self.person} in {self.program} as {self.role}"

    @property
    def places(self) -> int:
        return self.capacity if self.capacity is not None else self.program.default_mentor_capacity


class MatchRun(models.Model):
    """One run of the optimiser over a program's cohort: a draft (dry run) to inspect, then published.

    It keeps the weights, rules and objective it ran with, so every published match can be explained later
    and a coordinator's edits are versioned run by run.
    """

    DRAFT, PUBLISHED, DISCARDED, UNDONE = "draft", "published", "discarded", "undone"
    STATUS_CHOICES = [
        (DRAFT, _("Dry run")),
        (PUBLISHED, _("Published")),
        (DISCARDED, _("Discarded")),
        (UNDONE, _("Undone")),
    ]
    BEST_TOTAL, MOST_MATCHED = "best_total", "most_matched"
    OBJECTIVE_CHOICES = [
        (BEST_TOTAL, _("Highest total score")),
        (MOST_MATCHED, _("Most people matched first, then score")),
    ]

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="match_runs")
    number = models.PositiveIntegerField()
    status = models.CharField(max_length=10, choices=STATUS_CHOICES, default=DRAFT)
    objective = models.CharField(max_length=15, choices=OBJECTIVE_CHOICES, default=MOST_MATCHED)
    weights = models.JSONField(default=dict)
    rules = models.JSONField(default=dict)
    # Totals, the greedy comparison, the bound and the unmatched with reasons (services.run_summary).
    summary = models.JSONField(default=dict)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    undone_at = models.DateTimeField(null=True, blank=True)
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-number"]
        constraints = [models.UniqueConstraint(fields=["program", "number"], name="one_run_number_per_program")]

    def __str__(self):
        return f"{self.program} run {self.number}"

    def get_absolute_url(self):
        return reverse("programs:run", args=[self.program.slug, self.number])


class MatchProposal(models.Model):
    run = models.ForeignKey(MatchRun, on_delete=models.CASCADE, related_name="proposals")
    mentee = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    mentor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    score = models.PositiveSmallIntegerField()
    reasons = models.JSONField(default=list)
    rank = models.PositiveSmallIntegerField(null=True, blank=True, help_text=_("The mentee's ranking of this mentor."))
    relationship = models.ForeignKey(
        "relationships.Relationship", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.CharField(max_length=200, blank=True, help_text=_("Why publishing skipped this pair."))

    class Meta:
        ordering = ["-score", "pk"]
        constraints = [models.UniqueConstraint(fields=["run", "mentee", "mentor"], name="one_proposal_per_pair")]

    def __str__(self):
        return f"{self.mentee} + {self.mentor} ({self.score})"


class Broadcast(models.Model):
    """A coordinator's message to the participants their filters chose, with who got it (docs/programs.md)."""

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="broadcasts")
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    subject = models.CharField(max_length=150)
    body = models.TextField(max_length=3000)
    # The filters as chosen (role, status, unmatched, at_risk), so the log says whom it was meant for.
    filters = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.subject


class BroadcastRecipient(models.Model):
    """One person a broadcast went to: the per-person log. Delivery (in the app, by email) is the nudge's."""

    broadcast = models.ForeignKey(Broadcast, on_delete=models.CASCADE, related_name="recipients")
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    nudge_key = models.CharField(max_length=200)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["broadcast", "person"], name="one_broadcast_per_person")]

    def __str__(self):
        return f"{self.broadcast} to {self.person}"
