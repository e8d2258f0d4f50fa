"""What meetings do when something changes in an app that comes before them in the life cycle.

Signals rather than calls from those apps: goals and relationships must not depend on meetings. A goal reached on
the goals page still belongs on each mentorship's timeline, and a mentorship closed on its own page must still
take its coming meetings off both calendars. And every write that the relationship page scores (its health) or
shows in what it keeps between views (the meetings card's latest entries) moves the relationship's version on.
"""

from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from mentorhub.conversations.models import Message
from mentorhub.goals.models import Goal, Milestone
from mentorhub.nudges.models import Pulse
from mentorhub.profiles.models import Profile
from mentorhub.relationships.models import AgreementVersion, Relationship
from mentorhub.relationships.signals import relationship_closed, relationship_stay_in_touch_ended

from . import services
from .models import ActionItem, Agenda, Celebration, Meeting, MeetingFeedback, MentorFeedback, ProgressUpdate


def of_person(person_id) -> Q:
    return Q(mentee=person_id) | Q(mentor=person_id)


# Each row the relationship page scores or keeps, and which relationships it belongs to, found without reading
# anything first (the write happens in the same transaction as the move).
SHOWN_ON_THE_RELATIONSHIP_PAGE = {
    Meeting: lambda row: Q(pk=row.relationship_id),
    ActionItem: lambda row: Q(pk=row.relationship_id),
    AgreementVersion: lambda row: Q(pk=row.relationship_id),  # the agreed cadence
    ProgressUpdate: lambda row: Q(pk=row.relationship_id),
    MentorFeedback: lambda row: Q(pk=row.relationship_id),
    Celebration: lambda row: Q(pk=row.relationship_id),
    Pulse: lambda row: Q(pk=row.relationship_id),
    Agenda: lambda row: Q(meetings=row.meeting_id),
    MeetingFeedback: lambda row: Q(meetings=row.meeting_id),
    Message: lambda row: Q(conversation=row.conversation_id),
    # A goal's text and who may read it show in progress updates; a person's name in every entry.
    Goal: lambda row: of_person(row.owner_id),
    Profile: lambda row: of_person(row.user_id),
}


def relationship_page_changed(sender, instance, **kwargs):
    Relationship.objects.filter(SHOWN_ON_THE_RELATIONSHIP_PAGE[sender](instance)).touch()


for model in SHOWN_ON_THE_RELATIONSHIP_PAGE:
    post_save.connect(relationship_page_changed, sender=model, dispatch_uid=f"meetings.page.{model.__name__}.saved")
    post_delete.connect(relationship_page_changed, sender=model, dispatch_uid=f"meetings.page.{model.__name__}.gone")


@receiver(m2m_changed, sender=Goal.shared_with.through, dispatch_uid="meetings.page.goal_shared")
def goal_sharing_changed(sender, instance, action, reverse, pk_set, **kwargs):
    """Sharing a goal with a mentor, or no longer, changes what they read of it: in the owner's relationships, or,
    changed from the reader's side, in the reader's."""
    if action.startswith("post_"):
        Relationship.objects.filter(of_person(instance.pk if reverse else instance.owner_id)).touch()


@receiver(post_save, sender=Goal, dispatch_uid="meetings.celebrate_goal")
def celebrate_goal(sender, instance, **kwargs):
    if instance.status == Goal.ACHIEVED:
        services.celebrate(instance)


@receiver(post_save, sender=Milestone, dispatch_uid="meetings.celebrate_milestone")
def celebrate_milestone(sender, instance, update_fields=None, **kwargs):
    if instance.done and (update_fields is None or "done" in update_fields):
        services.celebrate(instance.goal, instance)


@receiver(relationship_closed, dispatch_uid="meetings.withdraw_when_closed")
@receiver(relationship_stay_in_touch_ended, dispatch_uid="meetings.withdraw_when_out_of_touch")
def withdraw_when_closed(sender, relationship, **kwargs):
    """The regular rhythm ends with the mentorship; meetings planned while staying in touch end with that."""
    services.withdraw_open_meetings(relationship)
