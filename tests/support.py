"""Test support shared by the apps' test suites: a browser-like client and a world full of private content."""

import io
import re
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import connection, transaction
from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH
from django.test import Client
from django.utils import timezone
from django.utils.crypto import get_random_string
from PIL import Image

TEST_PASSWORD = "correct-horse-battery"


class BrowserClient(Client):
    """Django's CSRF checks stay on, and writes carry the token the way our pages send it: the csrftoken cookie
    echoed as X-CSRFToken (htmx and the forms do the same). `csrf=False` on a request leaves the token out, to
    prove a forged post is refused."""

    UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}

    def __init__(self, **kwargs):
        super().__init__(enforce_csrf_checks=True, **kwargs)
        # A browser has loaded a page before it posts, and so holds the cookie that page set.
        self.cookies[settings.CSRF_COOKIE_NAME] = get_random_string(CSRF_SECRET_LENGTH, CSRF_ALLOWED_CHARS)

    def generic(self, method, path, *args, csrf=True, headers=None, **extra):
        cookie = self.cookies.get(settings.CSRF_COOKIE_NAME)
        if csrf and method.upper() in self.UNSAFE and cookie is not None:
            headers = {"X-CSRFToken": cookie.value, **(headers or {})}
            if extra.get("secure"):
                # Over https Django also checks the origin, which a browser sends with every form post.
                headers = {"Origin": "https://testserver", **headers}
        return super().generic(method, path, *args, headers=headers, **extra)


# Access matrix ----------------------------------------------------------------------------------------------------

# Who may read a piece of content. The owner's read-only token is the owner.
OWNER, PARTNER, COORDINATOR, OTHER_COORDINATOR, STRANGER, READ_TOKEN, ANONYMOUS = (
    "owner",
    "partner",
    "coordinator",
    "other_coordinator",
    "stranger",
    "read_token",
    "anonymous",
)
PERSONAS = [OWNER, PARTNER, COORDINATOR, OTHER_COORDINATOR, STRANGER, READ_TOKEN, ANONYMOUS]
MARKER = re.compile(r"MKR\d{4}Z")


@dataclass
class World:
    """An owner with one of everything, each private text carrying a marker that names who may read it."""

    users: dict = field(default_factory=dict)  # persona -> User
    ids: dict = field(default_factory=dict)  # id name -> the owner's object's id (what a path is filled with)
    foreign_ids: dict = field(default_factory=dict)  # id name -> another person's id (the stranger's)
    markers: dict = field(default_factory=dict)  # marker -> (audience, where it was planted)
    read_token: str = ""
    hidden_photo_url: str = ""  # the stranger hides their profile, photo included

    def mark(self, where: str, *audience: str) -> str:
        marker = f"MKR{len(self.markers):04d}Z"
        self.markers[marker] = (frozenset(audience or (OWNER,)), where)
        return marker

    def leaks(self, persona: str, text: str) -> list[str]:
        """Markers in `text` that `persona` may not read."""
        reader = OWNER if persona == READ_TOKEN else persona
        return sorted(
            f"{m} ({self.markers[m][1]})"
            for m in set(MARKER.findall(text))
            if m in self.markers and reader not in self.markers[m][0]
        )

    def client(self, persona: str) -> Client:
        # A crash is a finding to report with the rest, not a reason to stop the matrix.
        if persona == READ_TOKEN:
            return Client(headers={"Authorization": f"Bearer {self.read_token}"}, raise_request_exception=False)
        client = BrowserClient(raise_request_exception=False)
        if persona != ANONYMOUS:
            client.force_login(self.users[persona], backend="mentorhub.accounts.backends.ModelBackend")
        return client


def make_user(email, name, **profile):
    from mentorhub.accounts.models import User

    return User.objects.create_user(
        email=email, password=TEST_PASSWORD, email_verified=True, profile={"name": name, **profile}
    )


def plant_private_life(world: World, person, who: str, audience: tuple[str, ...]):
    """One of everything a person keeps to themselves, every text marked; returns the objects by id name."""
    from mentorhub.accounts.models import AccessToken
    from mentorhub.availability.models import Availability, CalendarConnection
    from mentorhub.goals.models import DevelopmentPlan, Goal, Milestone, PlanVersion, SkillGap
    from mentorhub.integrations.models import WebhookSubscription
    from mentorhub.lib import sealed
    from mentorhub.network.models import Contact, Encounter, OutreachMessage
    from mentorhub.nudges.models import Notification, Nudge

    def mark(where):
        return world.mark(f"{who} {where}", *audience)

    now = timezone.now()
    plan = DevelopmentPlan.objects.create(
        person=person,
        short_term_aspirations=mark("plan short term"),
        long_term_aspirations=mark("plan long term"),
        strengths=mark("plan strengths"),
        areas_to_improve=mark("plan areas to improve"),
        desired_outcomes=mark("plan outcomes"),
    )
    PlanVersion.objects.create(plan=plan, answers={"strengths": mark("earlier plan")}, saved_at=now)
    gap = SkillGap.objects.create(person=person, skill=mark("skill gap"), why_it_matters=mark("skill gap why"))
    goal = Goal.objects.create(
        owner=person,
        text=mark("private goal"),
        why_it_matters=mark("private goal why"),
        success_measure=mark("private goal measure"),
        status=Goal.ACTIVE,
    )
    goal.skill_gaps.add(gap)
    milestone = Milestone.objects.create(goal=goal, text=mark("private milestone"))
    contact = Contact.objects.create(
        owner=person,
        name=mark("contact name"),
        email=f"contact-{who}@private.example",
        known_for=mark("contact known for"),
        research_notes=mark("contact research notes"),
        values_fit=mark("contact values fit"),
        introduced_by=mark("contact introduced by"),
    )
    contact.goals.add(goal)
    contact.skill_gaps.add(gap)
    encounter = Encounter.objects.create(
        owner=person, contact=contact, where=mark("encounter place"), met_at=now, notes=mark("encounter notes")
    )
    message = OutreachMessage.objects.create(
        owner=person, contact=contact, channel="copy", subject=mark("draft subject"), body=mark("draft body")
    )
    nudge = Nudge.objects.create(person=person, key=f"matrix-{who}", rule="matrix", title=mark("nudge"), due_at=now)
    notification = Notification.objects.create(
        person=person, title=mark("notification title"), body=mark("notification body"), url="/"
    )
    token, _ = AccessToken.issue(person, mark("token name"), scope=AccessToken.WRITE)
    WebhookSubscription.objects.create(
        owner=person, url=f"https://{mark('webhook target').lower()}.example/hook", events=["meeting.scheduled"]
    )
    # The addresses of a person's own calendars and their CalDAV user name are theirs alone (never fetched here).
    Availability.objects.create(
        person=person,
        weekly_hours=[{"weekday": 2, "start": "09:00", "end": "12:00"}],
        busy_calendar_url=f"https://calendar.example/{mark('busy calendar address')}.ics",
    )
    CalendarConnection.objects.create(
        person=person,
        url=f"https://dav.example/{mark('caldav address')}/",
        username=mark("caldav user name"),
        password_sealed=sealed.seal(mark("caldav password")),
    )
    del nudge, token
    return {
        "gap_id": gap.pk,
        "goal_id": goal.pk,
        "milestone_id": milestone.pk,
        "contact_id": contact.pk,
        "encounter_id": encounter.pk,
        "message_id": message.pk,
        "notification_id": notification.pk,
        "profile_id": person.profile.pk,
        "person_id": person.pk,
        "skill_gap_id": gap.pk,
    }


def tiny_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (2, 2), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def build_world() -> World:
    """The owner (a mentee) in a relationship with a mentor (the partner) in a program with a coordinator; a
    coordinator of another program; a stranger with a private life of their own."""
    from mentorhub.accounts.models import AccessToken
    from mentorhub.coordination.models import CoordinatorNote, FitCheck, HelpRequest
    from mentorhub.goals.models import Goal
    from mentorhub.meetings.models import (
        ActionItem,
        Agenda,
        Meeting,
        MeetingFeedback,
        MentorFeedback,
        Note,
        ProgressUpdate,
        Slot,
    )
    from mentorhub.nudges.models import Audit, Pulse
    from mentorhub.profiles.models import Profile
    from mentorhub.programs.models import Enrollment, EnrollmentQuestion, MatchRun, Program
    from mentorhub.relationships.models import (
        AgreementVersion,
        GratitudeNote,
        MentorshipRequest,
        Reflection,
        Relationship,
    )

    world = World()
    owner = make_user("owner@matrix.example", "Olive Owner", seeking_mentors=True, timezone="Europe/Lisbon")
    partner = make_user(
        "partner@matrix.example", "Pat Partner", accepting_mentees=True, mentor_capacity=5, timezone="Europe/London"
    )
    coordinator = make_user("coordinator@matrix.example", "Cory Coordinator")
    other_coordinator = make_user("othercoord@matrix.example", "Oscar Othercoord")
    stranger = make_user("stranger@matrix.example", "Stella Stranger", accepting_mentees=True, mentor_capacity=5)
    world.users = {
        OWNER: owner,
        PARTNER: partner,
        COORDINATOR: coordinator,
        OTHER_COORDINATOR: other_coordinator,
        STRANGER: stranger,
    }
    program = Program.objects.create(name="Matrix Program", slug="matrix")
    program.coordinators.add(coordinator)
    other_program = Program.objects.create(name="Elsewhere Program", slug="elsewhere")
    other_program.coordinators.add(other_coordinator)
    question = EnrollmentQuestion.objects.create(program=program, role="mentee", kind="text", text="Why join?")
    enrollment = Enrollment.objects.create(
        program=program,
        person=owner,
        role="mentee",
        status=Enrollment.APPROVED,
        answers={str(question.pk): world.mark("enrolment answer", OWNER, COORDINATOR)},
        rankings=[partner.pk],
    )
    Enrollment.objects.create(program=program, person=partner, role="mentor", status=Enrollment.APPROVED)
    Enrollment.objects.create(program=other_program, person=stranger, role="mentor", status=Enrollment.APPROVED)
    run = MatchRun.objects.create(program=program, number=1)

    world.ids = plant_private_life(world, owner, "owner", (OWNER,))
    world.foreign_ids = plant_private_life(world, stranger, "stranger", (STRANGER,))

    now = timezone.now()
    both = (OWNER, PARTNER)
    request = MentorshipRequest.objects.create(
        mentee=owner,
        mentor=partner,
        program=program,
        message=world.mark("request message", *both),
        initiated_by=MentorshipRequest.MENTEE,
        expires_at=now + timedelta(days=14),
    )
    relationship = Relationship.objects.create(
        mentee=owner, mentor=partner, program=program, started_on=now.date(), review_on=(now + timedelta(90)).date()
    )
    shared_goal = Goal.objects.create(
        owner=owner, text=world.mark("goal shared with the mentor", *both), visibility=Goal.MENTORS, status="active"
    )
    shared_goal.shared_with.add(partner)
    Goal.objects.create(
        owner=owner,
        text=world.mark("goal shared with the program", OWNER, COORDINATOR),
        visibility=Goal.PROGRAM,
        shared_program=program,
        status="active",
    )
    request.goals.add(shared_goal)
    version = AgreementVersion.objects.create(
        relationship=relationship,
        number=1,
        boundaries=world.mark("agreement boundaries", *both),
        end_criteria=world.mark("agreement end criteria", *both),
        proposed_by=owner,
    )
    version.goals.add(shared_goal)
    # Final reflections are read by both people.
    Reflection.objects.create(relationship=relationship, author=owner, text=world.mark("reflection", *both))
    GratitudeNote.objects.create(
        relationship=relationship, author=owner, recipient=partner, text=world.mark("gratitude", *both)
    )
    Pulse.objects.create(relationship=relationship, person=owner, score=1, comment=world.mark("pulse comment"))
    Audit.objects.create(
        relationship=relationship,
        person=owner,
        goals_still_right=False,
        agreement_working=False,
        what_to_change=world.mark("audit"),
    )
    meeting = Meeting.objects.create(
        relationship=relationship,
        organiser=owner,
        title=world.mark("meeting title", *both),
        status=Meeting.PROPOSED,
        starts_at=now + timedelta(days=7),
    )
    slot = Slot.objects.create(meeting=meeting, starts_at=now + timedelta(days=8))
    Agenda.objects.create(meeting=meeting, kind=Agenda.REGULAR, answers={"topics": world.mark("agenda", *both)})
    note = Note.objects.create(meeting=meeting, author=owner, text=world.mark("private meeting note"), shared=False)
    Note.objects.create(meeting=meeting, author=owner, text=world.mark("shared meeting note", *both), shared=True)
    item = ActionItem.objects.create(
        relationship=relationship,
        meeting=meeting,
        text=world.mark("action item", *both),
        assignee=owner,
        created_by=owner,
    )
    ProgressUpdate.objects.create(
        relationship=relationship, author=owner, text=world.mark("progress", *both), goal=shared_goal
    )
    MeetingFeedback.objects.create(meeting=meeting, author=owner, rating=1, comment=world.mark("meeting rating"))
    MentorFeedback.objects.create(
        relationship=relationship,
        meeting=meeting,
        author=partner,
        strengths=world.mark("mentor feedback", *both),
        next_steps=world.mark("mentor next steps", *both),
    )
    # Asked of the coordinators, or written by them: never read by the other person of the pair.
    HelpRequest.objects.create(
        relationship=relationship, person=owner, reason=world.mark("help asked", OWNER, COORDINATOR)
    )
    FitCheck.objects.create(
        relationship=relationship, person=owner, answer=FitCheck.NO, comment=world.mark("fit check", OWNER, COORDINATOR)
    )
    CoordinatorNote.objects.create(
        relationship=relationship, author=coordinator, text=world.mark("coord note", COORDINATOR)
    )
    world.ids |= {
        "candidate_id": partner.pk,
        "request_id": request.pk,
        "relationship_id": relationship.pk,
        "version_id": version.pk,
        "meeting_id": meeting.pk,
        "slot_id": slot.pk,
        "note_id": note.pk,
        "item_id": item.pk,
        "enrollment_id": enrollment.pk,
        "slug": program.slug,
        "number": run.number,
        "program_id": program.pk,
        "shared_program_id": program.pk,
        "assignee_id": owner.pk,
        "mentor_id": owner.pk,
        "to_person_id": owner.pk,
        "shared_with_mentor_id": owner.pk,
        "question_id": question.pk,
        "coordinator_id": coordinator.pk,
    }
    stranger.profile.visibility = Profile.HIDDEN
    # Files outlive the rolled-back transaction: one fixed name, replaced on each run.
    stranger.profile.photo.storage.delete("photos/matrix-stranger.png")
    stranger.profile.photo.save("matrix-stranger.png", ContentFile(tiny_png()))
    world.hidden_photo_url = stranger.profile.photo.url
    third = make_user("third@matrix.example", "Tess Third")
    elsewhere = Relationship.objects.create(mentee=third, mentor=stranger, program=other_program)
    their_meeting = Meeting.objects.create(
        relationship=elsewhere, organiser=stranger, title=world.mark("their meeting", STRANGER), starts_at=now
    )
    Agenda.objects.create(meeting=their_meeting, kind=Agenda.RAPPORT)
    Note.objects.create(meeting=their_meeting, author=stranger, text=world.mark("their note", STRANGER))
    stranger_user = {
        "assignee_id": stranger.pk,
        "mentor_id": stranger.pk,
        "to_person_id": stranger.pk,
        "candidate_id": stranger.pk,
    }
    world.foreign_ids |= stranger_user | {
        "shared_with_mentor_id": stranger.pk,
        "program_id": other_program.pk,
        "shared_program_id": other_program.pk,
        "slot_id": slot.pk + 1000,
        "meeting_id": their_meeting.pk,
        "question_id": EnrollmentQuestion.objects.create(program=other_program, text="Their question").pk,
        "coordinator_id": other_coordinator.pk,
    }
    world.ids["interview_id"] = plant_interview(world, owner, partner, (OWNER, PARTNER))
    world.foreign_ids["interview_id"] = plant_interview(world, stranger, third, (STRANGER,))
    world.ids["conversation_message_id"] = plant_conversation(world, relationship, owner, (OWNER, PARTNER))
    world.foreign_ids["conversation_message_id"] = plant_conversation(world, elsewhere, stranger, (STRANGER,))
    world.ids["conversation_id"] = relationship.conversation.pk
    world.foreign_ids["conversation_id"] = elsewhere.conversation.pk
    _, world.read_token = AccessToken.issue(owner, "matrix read-only", scope=AccessToken.READ)
    return world


def plant_interview(world: World, requester, interviewee, audience: tuple[str, ...]) -> int:
    """An informational interview held an hour ago, with the requester's research notes, questions and a referral
    (theirs alone); its id."""
    from mentorhub.interviews.models import InformationalInterview, Referral
    from mentorhub.network.models import Contact

    who = "owner" if OWNER in audience else "their"
    only_requester = audience[:1]
    contact = Contact.objects.create(
        owner=requester,
        name=interviewee.profile.name,
        person=interviewee,
        known_for=world.mark(f"{who} interview contact known for", *only_requester),
        research_notes=world.mark(f"{who} interview contact notes", *only_requester),
    )
    starts_at = timezone.now() - timedelta(hours=1)
    interview = InformationalInterview.objects.create(
        requester=requester,
        interviewee=interviewee,
        contact=contact,
        topic=world.mark(f"{who} interview topic", *audience),
        status=InformationalInterview.SCHEDULED,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(minutes=20),
        prep_notes=world.mark(f"{who} interview questions", *only_requester),
    )
    referred = Contact.objects.create(owner=requester, name=world.mark(f"{who} referral", *only_requester))
    Referral.objects.create(
        interview=interview, contact=referred, note=world.mark(f"{who} referral note", *only_requester)
    )
    return interview.pk


def plant_conversation(world: World, relationship, author, audience: tuple[str, ...]) -> int:
    """The relationship's conversation with one message by `author`, unread by the other person; its id."""
    from mentorhub.conversations.models import Conversation, Message, Participant

    conversation = Conversation.objects.create(
        kind=Conversation.RELATIONSHIP, relationship=relationship, last_message_at=timezone.now()
    )
    for person in (relationship.mentee, relationship.mentor):
        Participant.objects.create(conversation=conversation, person=person)
    who = "owner" if OWNER in audience else "their"
    return Message.objects.create(
        conversation=conversation, author=author, body=world.mark(f"{who} conversation message", *audience)
    ).pk


# A page rendered twice differs in its masked CSRF token and nothing else.
CSRF_TOKEN = re.compile(r'(csrfmiddlewaretoken" value="|"X-CSRFToken": ")[^"]+')
SHARED_WITH = {PARTNER, COORDINATOR}


def forget_private_ratings(world: World):
    """Delete the owner's private numbers: their meeting ratings, pulse scores and audit answers."""
    from mentorhub.meetings.models import MeetingFeedback
    from mentorhub.nudges.models import Audit, Pulse

    owner = world.users[OWNER]
    for model in (MeetingFeedback, Pulse, Audit):
        model.objects.filter(**{"author" if model is MeetingFeedback else "person": owner}).delete()


def shows_private_ratings(world: World, client, url: str) -> bool:
    """Private is private, also as an average: would `url` look different to this reader without the owner's
    private ratings? Both renderings come after a first visit, whose own effects (a request marked as seen) would
    otherwise tell them apart."""
    with transaction.atomic():
        seen = client.get(url)
        forget_private_ratings(world)
        again = client.get(url)
        transaction.set_rollback(True)
    return CSRF_TOKEN.sub("", seen.content.decode(errors="replace")) != CSRF_TOKEN.sub(
        "", again.content.decode(errors="replace")
    )


def rows_written() -> int:
    """Rows inserted, updated or deleted so far: on this connection (SQLite) or in this transaction (PostgreSQL).
    One query, so a matrix of a thousand calls can check that every refused write wrote nothing at all."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_xact_user_tables")
        else:
            cursor.execute("SELECT total_changes()")
        return cursor.fetchone()[0]
