from mentorhub.programs.models import Enrollment, Program

from . import services

DEMO_MESSAGE = (
    "Hi {name}, I read your profile and the way you describe moving from analysis into product is exactly the "
    "path I am on. Would a monthly 30-minute video call work for you? Any time that suits you. Thank you!"
)


def seed_demo(people: dict, rng) -> None:
    """The demo mentor already mentors one person and has one request waiting; the demo mentee has none yet,
    so a visitor can walk the whole request-to-agreement journey with the fixed logins."""
    mentor = people["mentor@example.com"]
    mentees = [u for email, u in sorted(people.items()) if u.profile.seeking_mentors and "@demo." in email]
    if len(mentees) < 4:
        return
    first = services.send_request(mentees[0], mentor, message=DEMO_MESSAGE.format(name="Daniel"))
    relationship = services.accept_request(first.pk, mentor)
    version = services.propose_agreement(
        relationship,
        mentor,
        {"cadence": "monthly", "duration_months": 6, "end_criteria": "After six months, or a first PM role."},
    )
    services.confirm_agreement(relationship, mentees[0], version.pk)
    services.send_request(mentees[1], mentor, message=DEMO_MESSAGE.format(name="Daniel"))
    program = Program.objects.filter(slug="data-product-2027").first()
    # One query for everyone enrolled, not one per person: seed_demo makes up to 100,000 people.
    enrolled = set(Enrollment.objects.values_list("person_id", flat=True))
    program_mentors = [u for u in people.values() if u.profile.accepting_mentees and u.pk in enrolled]
    for mentee, program_mentor in zip(mentees[2:4], program_mentors[:2], strict=False):
        if program_mentor.pk == mentor.pk:
            continue
        request = services.send_request(mentee, program_mentor, message=DEMO_MESSAGE.format(name="there"))
        request.program = program
        request.save(update_fields=["program"])
        services.accept_request(request.pk, program_mentor)
