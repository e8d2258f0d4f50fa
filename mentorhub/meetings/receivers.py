"""What meetings do when something changes in an app that comes before them in the life cycle.

Signals rather than calls from those apps: goals and relationships must not depend on meetings. A goal reached on
the goals page still belongs on each mentorship's timeline, and a mentorship closed on its own page must still
take its coming meetings off both calendars.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver

from mentorhub.goals.models import Goal, Milestone
from mentorhub.relationships.signals import relationship_closed, relationship_stay_in_touch_ended

from . import services


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
