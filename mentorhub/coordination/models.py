"""What a program's coordinators keep about a pair, besides what the relationship itself holds: the private fit
checks, the participants' requests for help, and the coordinators' own notes. None of it is shown to the other
person of the pair; the notes are shown to nobody but the program's coordinators."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class FitCheck(models.Model):
    """“Is this a good fit?”, asked of each person after the pair's first meeting. A “no” goes to the program's
    coordinators only, never to the other person."""

    YES, NO = "yes", "no"
    ANSWERS = [(YES, _("Yes, this is a good fit")), (NO, _("No, this does not feel right"))]

    relationship = models.ForeignKey("relationships.Relationship", on_delete=models.CASCADE, related_name="fit_checks")
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="fit_checks")
    answer = models.CharField(max_length=3, choices=ANSWERS)
    comment = models.TextField(_("What is not working (only the coordinators read it)"), blank=True, max_length=2000)
    answered_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True, help_text=_("When a coordinator dealt with a “no”."))

    class Meta:
        constraints = [models.UniqueConstraint(fields=["relationship", "person"], name="one_fit_check_each")]

    def __str__(self):
        return f"Fit check by {self.person}: {self.answer}"


class HelpRequest(models.Model):
    """A participant asks the program's coordinators, the neutral third party, for help with their pair."""

    HELP, REMATCH = "help", "rematch"
    KINDS = [(HELP, _("Help with the relationship")), (REMATCH, _("A new match, no fault"))]

    relationship = models.ForeignKey(
        "relationships.Relationship", on_delete=models.CASCADE, related_name="help_requests"
    )
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="help_requests")
    kind = models.CharField(max_length=8, choices=KINDS, default=HELP)
    reason = models.TextField(max_length=2000)
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Help asked by {self.person}"


class CoordinatorNote(models.Model):
    """A note about a pair that only the program's coordinators read."""

    relationship = models.ForeignKey(
        "relationships.Relationship", on_delete=models.CASCADE, related_name="coordinator_notes"
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    text = models.TextField(max_length=4000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"Coordinator note on {self.relationship_id}"
