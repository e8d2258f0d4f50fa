"""What coordination does when things happen elsewhere: the fit check after a program pair's first meeting, the
coordinators told when a pair's health falls to at risk, and program events copied to the notification centre
(programs emails them; the centre is where people look)."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy

from mentorhub.meetings.models import Meeting
from mentorhub.meetings.signals import meeting_held
from mentorhub.programs.models import Enrollment
from mentorhub.relationships.models import HealthSnapshot
from mentorhub.relationships.signals import relationship_started

from . import nudge_rules
from .attention import LOW_LEVELS


@receiver(meeting_held, dispatch_uid="coordination.fit_check")
def ask_fit_check_after_first_meeting(sender, meeting, **kwargs):
    relationship = meeting.relationship
    if (
        relationship.program_id
        and relationship.is_current
        and relationship.meetings.filter(status=Meeting.HELD).count() == 1
    ):
        nudge_rules.ask_fit_check(relationship)


@receiver(post_save, sender=Enrollment, dispatch_uid="coordination.application")
def tell_coordinators_of_application(sender, instance, created, **kwargs):
    # Imported participants are approved by the coordinator who imports them: nothing to tell.
    if not created or instance.status != Enrollment.APPLIED or instance.source != Enrollment.FORM:
        return
    program = instance.program
    for coordinator in program.coordinators.all():
        nudge_rules.in_app(
            coordinator,
            f"applied:{instance.pk}:{coordinator.pk}",
            format_lazy(
                gettext_lazy("{name} applied to {program} as a mentor")
                if instance.role == Enrollment.MENTOR
                else gettext_lazy("{name} applied to {program} as a mentee"),
                name=instance.person.profile.name,
                program=program.name,
            ),
            gettext_lazy("Approve or reject them on the participants page."),
            reverse("programs:participants", args=[program.slug]) + "?status=applied",
        )


@receiver(relationship_started, dispatch_uid="coordination.matched")
def tell_both_of_a_match(sender, relationship, request=None, **kwargs):
    # An accepted request is announced by the relationships app; a coordinator's match only by email so far.
    if request is not None or not relationship.program_id:
        return
    for person in (relationship.mentee, relationship.mentor):
        other = relationship.other_side(person)
        nudge_rules.in_app(
            person,
            f"matched:{relationship.pk}:{person.pk}",
            format_lazy(
                gettext_lazy("{program}: you are matched with {name}"),
                program=relationship.program.name,
                name=other.profile.name,
            ),
            gettext_lazy(
                "Next: agree how you will work together (goals, cadence, boundaries) and plan a first meeting."
            ),
            relationship.get_absolute_url(),
        )


@receiver(post_save, sender=HealthSnapshot, dispatch_uid="coordination.pair_at_risk")
def tell_coordinators_of_a_pair_at_risk(sender, instance, **kwargs):
    """Once when a program pair's daily health falls to at risk or stalled, not every day it stays there."""
    relationship = instance.relationship
    if instance.level not in LOW_LEVELS or not relationship.program_id or not relationship.is_current:
        return
    before = (
        HealthSnapshot.objects.filter(relationship=relationship, taken_on__lt=instance.taken_on)
        .values_list("level", flat=True)
        .first()
    )
    if before in LOW_LEVELS:
        return
    nudge_rules.tell_coordinators(
        relationship,
        f"risk:{relationship.pk}:{instance.taken_on:%Y%m%d}",
        format_lazy(
            gettext_lazy("{mentee} and {mentor}: health stalled")
            if instance.level == "stalled"
            else gettext_lazy("{mentee} and {mentor}: health at risk"),
            mentee=relationship.mentee.profile.name,
            mentor=relationship.mentor.profile.name,
        ),
        "; ".join(instance.reasons)[:1000],
    )
