"""What this app does when a person stops or starts accepting mentees, and the check-ins its lifecycle makes due
or cancels (the rules are in nudge_rules.py and docs/nudges.md)."""

from datetime import timedelta

from django.conf import settings
from django.dispatch import receiver
from django.utils import timezone

from mentorhub.profiles.signals import accepting_paused, accepting_resumed

from . import nudge_rules
from .models import MentorshipRequest
from .signals import (
    relationship_cancelled,
    relationship_closed,
    relationship_extended,
    relationship_started,
    relationship_stay_in_touch,
    relationship_stay_in_touch_ended,
)


@receiver(accepting_paused, dispatch_uid="relationships.decline_after_grace")
def decline_open_requests_after_grace(sender, person, **kwargs):
    """Declined after a grace period, not at once, so a mentor who paused by mistake turns nobody away."""
    grace = timedelta(hours=settings.MENTORSHIP_PAUSE_GRACE_HOURS)
    MentorshipRequest.objects.open().filter(mentor=person, initiated_by="mentee").update(
        auto_decline_at=timezone.now() + grace
    )


@receiver(accepting_resumed, dispatch_uid="relationships.keep_open_requests")
def keep_open_requests(sender, person, **kwargs):
    MentorshipRequest.objects.open().filter(mentor=person).update(auto_decline_at=None)


@receiver(relationship_started, dispatch_uid="nudges.started")
def schedule_check_ins(sender, relationship, **kwargs):
    nudge_rules.on_relationship_started(relationship)


@receiver(relationship_closed, dispatch_uid="nudges.closed")
def cancel_check_ins(sender, relationship, **kwargs):
    nudge_rules.on_relationship_closed(relationship)


@receiver(relationship_cancelled, dispatch_uid="nudges.cancelled")
def drop_check_ins(sender, relationship, **kwargs):
    nudge_rules.on_relationship_cancelled(relationship)


@receiver(relationship_stay_in_touch, dispatch_uid="nudges.stay_in_touch")
def schedule_stay_in_touch(sender, relationship, **kwargs):
    nudge_rules.on_stay_in_touch(relationship)


@receiver(relationship_stay_in_touch_ended, dispatch_uid="nudges.stay_in_touch_ended")
def cancel_stay_in_touch(sender, relationship, **kwargs):
    nudge_rules.on_out_of_touch(relationship)


@receiver(relationship_extended, dispatch_uid="nudges.extended")
def move_review_reminder(sender, relationship, **kwargs):
    nudge_rules.on_review_date(relationship)
