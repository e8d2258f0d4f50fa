from datetime import timedelta

from django.utils import timezone

from mentorhub.relationships.models import Relationship

from . import services


def seed_demo(people: dict, rng) -> None:
    """The demo mentor's running mentorship: a first call already held, with its agenda, shared notes, two action
    items and ratings, a progress update, and the next meeting scheduled at the agreed cadence. The demo mentee's
    own mentorship stays empty, for a visitor to walk through."""
    mentor = people["mentor@example.com"]
    relationship = (
        Relationship.objects.current().filter(mentor=mentor, program__isnull=True).order_by("created_at").first()
    )
    if relationship is None:
        return
    mentee = relationship.mentee
    now = timezone.now()
    first = services.log_meeting(
        relationship,
        mentee,
        (now - timedelta(hours=3)).replace(minute=0, second=0, microsecond=0),
        note="We agreed to focus on stakeholder management first, then on a first product role.",
    )
    services.save_agenda(
        first,
        mentee,
        {
            "career_paths": "Three years in analytics; Daniel moved from analyst to Head of Product in four.",
            "lessons": "Say no to dashboards nobody reads; ask what decision a number serves.",
            "communication": "Chat for quick questions, a video call every month, agendas two days ahead.",
        },
    )
    due = timezone.localdate() + timedelta(days=rng.randint(7, 12))
    services.add_action_item(relationship, mentee, "Map the stakeholders of my current project", mentee.pk, due, first)
    services.add_action_item(relationship, mentor, "Introduce two PMs who made the same move", mentor.pk, None, first)
    services.rate_meeting(first, mentee, 5, "I left with a plan.")
    services.rate_meeting(first, mentor, 4)
    services.post_progress_update(relationship, mentee, "I drew my stakeholder map and booked two coffee chats.")
    next_at = (now + timedelta(days=relationship.cadence_days() or 30)).replace(
        hour=16, minute=0, second=0, microsecond=0
    )
    services.schedule_meeting(relationship, mentor, next_at, recurring=True, video_link="https://meet.example/daniel")
