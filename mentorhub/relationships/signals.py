"""What a relationship's lifecycle announces, and what this app does when a person stops accepting mentees.

Only `lifecycle.py` sends the relationship signals, each with `relationship` and `actor` (None for the system).
They are sent inside the lifecycle's transaction, so what a receiver writes (nudges, webhook deliveries, history)
commits or rolls back with the change itself; nothing leaves the process until a sweeper delivers those rows after
the commit. A receiver that sends something itself wraps it in `transaction.on_commit`.
"""

from datetime import timedelta

from django.conf import settings
from django.dispatch import Signal, receiver
from django.utils import timezone

from mentorhub.profiles.signals import accepting_paused, accepting_resumed

from .models import MentorshipRequest

relationship_started = Signal()  # also `request`: the accepted request, or None for a coordinator's match
relationship_paused = Signal()
relationship_resumed = Signal()
relationship_phase_changed = Signal()  # also `before`: the previous phase
relationship_closed = Signal()
relationship_stay_in_touch = Signal()
relationship_stay_in_touch_ended = Signal()


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
