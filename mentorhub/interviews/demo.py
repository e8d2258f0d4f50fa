from datetime import timedelta

from django.utils import timezone

from mentorhub.availability import services as availability
from mentorhub.network import services as network

from .models import InformationalInterview
from .services import log_referral


def interviewee_of_demo(people: dict):
    """The first generated mentor: Maya talked to them before asking anyone to mentor her."""
    return next(
        (u for email, u in people.items() if email.endswith("@demo.mentorhub.test") and u.profile.accepting_mentees),
        None,
    )


def seed_demo(people: dict, rng) -> None:
    """One informational interview Maya held three days ago, thanked, with one referral; her interviewee keeps
    weekday office hours, so Maya can book another conversation in their free time."""
    maya, mentor = people.get("mentee@example.com"), interviewee_of_demo(people)
    if maya is None or mentor is None:
        return
    profile = mentor.profile
    availability.set_availability(mentor, weekly_hours=[(day, "09:00", "17:00") for day in range(5)])
    skill = next((s["name"] for s in profile.skills_offered), "their field")
    contact = network.save_contact(
        maya,
        None,
        {
            "name": profile.name,
            "email": mentor.email,
            "organisation": profile.organisation,
            "role": profile.current_role,
            "how_known": "alumni",
            "known_for": skill,
            "research_notes": f"your article on {skill} for newcomers\n{profile.headline}",
        },
    )
    held = (timezone.now() - timedelta(days=3)).replace(hour=15, minute=0, second=0, microsecond=0)
    interview = InformationalInterview.objects.create(
        requester=maya,
        interviewee=mentor,
        contact=contact,
        topic=f"How you moved into {skill}",
        status=InformationalInterview.SCHEDULED,
        starts_at=held,
        ends_at=held + timedelta(minutes=20),
        prep_notes="What would you do in my place, with a data background?",
        followed_up_at=held + timedelta(hours=20),
        created_at=held - timedelta(days=4),
    )
    log_referral(
        interview,
        maya,
        name="Lena Park",
        organisation=profile.organisation,
        note=f"Runs the {skill} guild; happy to talk to newcomers",
    )
