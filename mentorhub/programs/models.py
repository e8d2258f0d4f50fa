from django.conf import settings
from django.db import models
from django.db.models import Q


class ProgramQuerySet(models.QuerySet):
    def visible_to(self, user):
        if not user.is_authenticated:
            return self.filter(visibility=Program.PUBLIC)
        return self.filter(Q(visibility=Program.PUBLIC) | Q(coordinators=user) | Q(enrollments__person=user)).distinct()


class Program(models.Model):
    """An organisation's mentoring program. Enrolment, matching and surveys grow on this in the programs issue."""

    PUBLIC = "public"
    INVITE = "invite"
    PRIVATE = "private"
    VISIBILITY_CHOICES = [(PUBLIC, "Public"), (INVITE, "Invite link"), (PRIVATE, "Private")]

    name = models.CharField(max_length=150)
    slug = models.SlugField(unique=True)
    description = models.TextField(blank=True)
    visibility = models.CharField(max_length=10, choices=VISIBILITY_CHOICES, default=PUBLIC)
    coordinators = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="coordinated_programs", blank=True)
    starts_on = models.DateField(null=True, blank=True)
    ends_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ProgramQuerySet.as_manager()

    def __str__(self):
        return self.name


class Enrollment(models.Model):
    APPLIED = "applied"
    APPROVED = "approved"
    REJECTED = "rejected"
    STATUS_CHOICES = [(APPLIED, "Applied"), (APPROVED, "Approved"), (REJECTED, "Rejected")]
    MENTEE = "mentee"
    MENTOR = "mentor"
    ROLE_CHOICES = [(MENTEE, "Mentee"), (MENTOR, "Mentor")]

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="enrollments")
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrollments")
    role = models.CharField(max_length=10, choices=ROLE_CHOICES)
    status = models.CharField(max_length=10, choices=STATUS_CHOICES, default=APPLIED)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["program", "person", "role"], name="one_enrollment_per_role")]

    def __str__(self):
        return f"{self.person} in {self.program} as {self.role}"
