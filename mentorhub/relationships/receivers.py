"""What this app does when a person stops or starts accepting mentees."""

from datetime import timedelta

from django.conf import settings
from django.dispatch import receiver
from django.utils import timezone

from mentorhub.profiles.signals import accepting_paused, accepting_resumed

from .models import MentorshipRequest


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
