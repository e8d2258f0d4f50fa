"""Query budgets: how many SQL queries each main page and each API GET route costs, with 1 and with 20 of everything.

A page that costs more with 20 relationships than with 1 runs a query per row (an N+1): it fails here. Both counts
must also equal the checked-in baseline in query_counts.json, so that a page only gets dearer on purpose:
`UPDATE_QUERY_COUNTS=1 pytest tests/test_query_budgets.py` rewrites the file, and the diff shows up in review.

The data is built and every route measured once per module (Zulip's way: measure, scale the data, measure again);
each test then compares numbers. Each route is requested once before counting, so that one-off work (a health
snapshot for the day, a lazily created row, a warm cache) is left out and the count is the steady state.
"""

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import time_machine
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from conftest import make_person
from mentorhub.accounts.models import AccessToken
from mentorhub.api.api import api
from mentorhub.availability.services import set_availability
from mentorhub.conversations.models import Conversation, Message
from mentorhub.conversations.services import open_conversation
from mentorhub.goals.models import DevelopmentPlan, Goal, Milestone, PlanVersion, SkillGap
from mentorhub.integrations.models import WebhookSubscription
from mentorhub.interviews.models import InformationalInterview, Referral
from mentorhub.matching.services import forget_directory
from mentorhub.meetings.models import (
    ActionItem,
    Agenda,
    Celebration,
    Meeting,
    MeetingFeedback,
    MentorFeedback,
    Note,
    ProgressUpdate,
    Slot,
)
from mentorhub.network.models import Contact, Encounter, OutreachMessage
from mentorhub.nudges.models import Notification, Nudge, Pulse
from mentorhub.programs.models import Enrollment, EnrollmentQuestion, MatchProposal, MatchRun, Program
from mentorhub.relationships.models import (
    AgreementVersion,
    GratitudeNote,
    HealthSnapshot,
    MentorshipRequest,
    Reflection,
    Relationship,
    RelationshipEvent,
)

# The tests read numbers only; the mark makes pytest-django create the test database the fixture writes to.
pytestmark = pytest.mark.django_db

BASELINE = Path(__file__).with_name("query_counts.json")
NOW = datetime(2027, 3, 10, 12, 0, tzinfo=UTC)
SMALL, LARGE = 1, 20


class World:
    """A mentee, her mentor, their program's coordinator, and everything around them, grown one step at a time.

    Step i adds, for each of the three, one more of everything they see: a relationship (the mentee with a new
    mentor, the mentor with a new mentee) with an agreement, meetings, notes, action items, feedback and history;
    and on the pair's own relationship one more meeting, note, action item, goal and progress update.
    """

    def __init__(self):
        self.steps = 0
        self.mentee = make_person("maya@budget.example", "Maya Mentee", seeking_mentors=True, timezone="Europe/Lisbon")
        self.mentor = make_person(
            "marco@budget.example",
            "Marco Mentor",
            accepting_mentees=True,
            mentor_capacity=50,
            skills_offered=[{"name": "SQL", "level": "expert"}],
            timezone="Europe/London",
        )
        # Free every weekday morning, so booking pages compute slots against the mentor's growing meetings.
        set_availability(self.mentor, weekly_hours=[(day, "08:00", "12:00") for day in range(5)])
        self.coordinator = make_person("cora@budget.example", "Cora Coordinator")
        self.program = Program.objects.create(name="Budget Mentoring", slug="budget")
        self.program.coordinators.add(self.coordinator)
        for person, role in [(self.mentee, "mentee"), (self.mentor, "mentor")]:
            Enrollment.objects.create(program=self.program, person=person, role=role, status=Enrollment.APPROVED)
        self.run = MatchRun.objects.create(program=self.program, number=1, created_by=self.coordinator)
        self.pair = self.relationship(self.mentee, self.mentor)
        self.skill_gap = SkillGap.objects.create(person=self.mentee, skill="SQL", current_level=1, target_level=3)
        self.plan = DevelopmentPlan.objects.create(person=self.mentee, strengths="Curious")
        for position, kind in enumerate(["text", "single"]):
            EnrollmentQuestion.objects.create(
                program=self.program, kind=kind, text=f"Question {position}", choices=["Yes", "No"], position=position
            )

    def relationship(self, mentee, mentor, **ended):
        request = MentorshipRequest.objects.create(
            mentee=mentee,
            mentor=mentor,
            program=self.program,
            message="Would you mentor me?",
            status=MentorshipRequest.ACCEPTED,
            expires_at=NOW + timedelta(days=14),
            answered_at=NOW - timedelta(days=60),
        )
        relationship = Relationship.objects.create(
            mentee=mentee,
            mentor=mentor,
            program=self.program,
            request=request,
            phase="cultivation",
            started_on=(NOW - timedelta(days=60)).date(),
            last_activity_at=NOW - timedelta(days=3),
            **ended,
        )
        AgreementVersion.objects.create(
            relationship=relationship,
            number=1,
            cadence="fortnightly",
            proposed_by=mentee,
            proposed_at=NOW - timedelta(days=59),
            confirmed_by_mentee_at=NOW - timedelta(days=59),
            confirmed_by_mentor_at=NOW - timedelta(days=58),
        )
        RelationshipEvent.objects.create(relationship=relationship, actor=mentor, what="Accepted the request")
        HealthSnapshot.objects.create(
            relationship=relationship, taken_on=(NOW - timedelta(days=1)).date(), score=80, level="healthy"
        )
        return relationship

    def meeting(self, relationship, days, status=Meeting.HELD):
        meeting = Meeting.objects.create(
            relationship=relationship,
            organiser=relationship.mentor,
            title="Monthly chat",
            status=status,
            starts_at=NOW + timedelta(days=days),
            held_at=NOW + timedelta(days=days, hours=1) if status == Meeting.HELD else None,
            cancelled_at=NOW - timedelta(days=1) if status == Meeting.CANCELLED else None,
            cancelled_by=relationship.mentee if status == Meeting.CANCELLED else None,
        )
        Agenda.objects.create(meeting=meeting, kind=Agenda.REGULAR, answers={"wins": "Shipped the report"})
        return meeting

    def content(self, relationship, i, goal):
        """What two people accumulate in a relationship: meetings, notes, action items, feedback, thanks."""
        mentee, mentor = relationship.mentee, relationship.mentor
        held = self.meeting(relationship, days=-7 - i)
        self.meeting(relationship, days=7 + i, status=Meeting.SCHEDULED)
        Note.objects.create(meeting=held, author=mentee, text=f"Shared note {i}", shared=True)
        Note.objects.create(meeting=held, author=mentor, text=f"Private note {i}")
        for assignee in (mentee, mentor):
            ActionItem.objects.create(
                relationship=relationship,
                meeting=held,
                text=f"Action {i}",
                assignee=assignee,
                created_by=mentor,
                due_on=(NOW + timedelta(days=i - 5)).date(),
            )
        MeetingFeedback.objects.create(meeting=held, author=mentee, rating=4, comment="Useful")
        MentorFeedback.objects.create(
            relationship=relationship, meeting=held, author=mentor, strengths="Clear", next_steps="Practise"
        )
        ProgressUpdate.objects.create(relationship=relationship, author=mentee, text=f"Update {i}", goal=goal)
        Celebration.objects.create(relationship=relationship, goal=goal, text=f"Achieved {goal.text}")
        GratitudeNote.objects.create(relationship=relationship, author=mentee, recipient=mentor, text="Thank you")
        Pulse.objects.create(relationship=relationship, person=mentee, score=4)
        RelationshipEvent.objects.create(relationship=relationship, actor=mentee, what=f"Step {i}")

    def grow(self, size):
        while self.steps < size:
            self.step(self.steps)
            self.steps += 1

    def step(self, i):
        new_mentor = make_person(f"mentor{i}@budget.example", f"Mentor {i}", accepting_mentees=True, mentor_capacity=2)
        new_mentee = make_person(f"mentee{i}@budget.example", f"Mentee {i}", seeking_mentors=True)
        applicant = make_person(f"applicant{i}@budget.example", f"Applicant {i}", seeking_mentors=True)
        for person, role in [(new_mentor, "mentor"), (new_mentee, "mentee")]:
            Enrollment.objects.create(program=self.program, person=person, role=role, status=Enrollment.APPROVED)
        Enrollment.objects.create(
            program=self.program,
            person=applicant,
            role="mentee",
            status=Enrollment.APPLIED,
            answers={str(q.pk): "Yes" for q in self.program.questions.all()},
            cohort=f"Cohort {i % 3}",
        )
        others = [self.relationship(self.mentee, new_mentor), self.relationship(new_mentee, self.mentor)]
        past = self.relationship(
            self.mentee,
            new_mentor,
            status=Relationship.COMPLETED,
            ended_on=(NOW - timedelta(days=30)).date(),
            end_reason="goals_met",
        )
        Reflection.objects.create(relationship=past, author=self.mentee, text="I learned a lot")
        GratitudeNote.objects.create(relationship=past, author=new_mentor, recipient=self.mentee, text="Thanks")
        self.requests(i, new_mentor, new_mentee, applicant)
        MatchProposal.objects.create(run=self.run, mentee=new_mentee, mentor=new_mentor, score=70, reasons=["SQL"])
        goal = Goal.objects.create(
            owner=self.mentee,
            text=f"Lead discovery project {i} by June 2027",
            status=Goal.ACTIVE,
            visibility=Goal.MENTORS,
            target_date=(NOW + timedelta(days=90)).date(),
        )
        goal.shared_with.add(self.mentor, *(r.mentor for r in others))
        # The first goal is the one whose page is measured: it grows too.
        first(Goal, owner=self.mentee).shared_with.add(new_mentor)
        goal.skill_gaps.add(self.skill_gap)
        for position in range(2):
            Milestone.objects.create(goal=goal, text=f"Milestone {position}", position=position, done=position == 0)
        for relationship in [self.pair, *others]:
            relationship.agreement_versions.get().goals.add(goal)
            self.content(relationship, i, goal)
        proposed = Meeting.objects.create(
            relationship=self.pair, organiser=self.mentor, title="Next chat", status=Meeting.PROPOSED
        )
        for day in (3, 4):
            Slot.objects.create(meeting=proposed, starts_at=NOW + timedelta(days=day + i))
        self.meeting(self.pair, days=2 + i, status=Meeting.CANCELLED)
        program_goal = Goal.objects.create(
            owner=self.mentee, text=f"Share goal {i}", visibility=Goal.PROGRAM, shared_program=self.program
        )
        program_goal.skill_gaps.add(self.skill_gap)
        self.network(i, goal, new_mentor, others[0])
        self.interviews(i, new_mentor, new_mentee)
        self.messages(i, others[0])
        for person in (self.mentee, self.mentor, self.coordinator):
            for read_at in (None, NOW):
                Notification.objects.create(
                    person=person, category="meetings", title=f"Reminder {i}", url="/meetings/", read_at=read_at
                )
            Nudge.objects.create(
                person=person, key=f"budget:{person.pk}:{i}", rule="agenda", category="meetings", title="Agenda",
                due_at=NOW + timedelta(days=1 + i),
            )  # fmt: skip
        PlanVersion.objects.create(plan=self.plan, answers={"strengths": f"Version {i}"}, saved_at=NOW - timedelta(i))
        AccessToken.objects.create(
            user=self.mentee, name=f"Script {i}", token_hash=f"{i:064d}", hint="mh_abc", expires_at=NOW + timedelta(90)
        )
        WebhookSubscription.objects.create(owner=self.mentee, url=f"https://hooks.example/{i}", events=["*"])

    def requests(self, i, new_mentor, new_mentee, applicant):
        """Received, sent, offered and answered requests, each about one of the mentee's goals."""
        goal = Goal.objects.create(owner=applicant, text=f"Learn SQL {i}", status=Goal.ACTIVE)
        received = MentorshipRequest.objects.create(
            mentee=applicant, mentor=self.mentor, message="Could we talk?", expires_at=NOW + timedelta(days=10)
        )
        received.goals.add(goal)
        MentorshipRequest.objects.create(
            mentee=self.mentee, mentor=new_mentor, message="Could we talk?", expires_at=NOW + timedelta(days=10)
        ).goals.add(*self.mentee.goals.all()[:2])
        MentorshipRequest.objects.create(
            mentee=self.mentee,
            mentor=applicant,
            initiated_by=MentorshipRequest.MENTOR,
            message="I could help",
            status=MentorshipRequest.INFO_REQUESTED,
            info_question="When?",
            expires_at=NOW + timedelta(days=10),
        )
        for mentee, mentor in [(self.mentee, new_mentor), (new_mentee, self.mentor)]:
            MentorshipRequest.objects.create(
                mentee=mentee,
                mentor=mentor,
                message="Another question",
                status=MentorshipRequest.DECLINED,
                decline_reason="timing",
                expires_at=NOW - timedelta(days=1),
                answered_at=NOW - timedelta(days=2),
            )

    def network(self, i, goal, new_mentor, relationship):
        """Contacts at every stage, some on the platform and mentoring, with encounters and messages."""
        on_platform = Contact.objects.create(
            owner=self.mentee,
            person=new_mentor,
            relationship=relationship,
            name=f"Mentor {i}",
            email=new_mentor.email,
            stage=Contact.MENTORING,
        )
        contact = Contact.objects.create(
            owner=self.mentee,
            name=f"Contact {i}",
            email=f"contact{i}@elsewhere.example",
            stage=Contact.PATH[i % 4],
            research_notes="Her talk on pricing experiments",
        )
        for each in (on_platform, contact):
            each.goals.add(goal)
            each.skill_gaps.add(self.skill_gap)
            Encounter.objects.create(owner=self.mentee, contact=each, where="Conference", met_at=NOW - timedelta(i))
        Encounter.objects.create(
            owner=self.mentee, contact=contact, where="Meetup", met_at=NOW - timedelta(10 + i), followed_up_at=NOW
        )
        first_message = OutreachMessage.objects.create(
            owner=self.mentee,
            contact=contact,
            template="informational",
            channel=OutreachMessage.EMAIL,
            body="Hello",
            sent_at=NOW - timedelta(days=10 + i),
        )
        OutreachMessage.objects.create(
            owner=self.mentee,
            contact=contact,
            template="informational",
            channel=OutreachMessage.EMAIL,
            body="Following up",
            sent_at=NOW - timedelta(days=2),
            follow_up_of=first_message,
            response=OutreachMessage.POSITIVE,
            responded_at=NOW - timedelta(days=1),
        )
        OutreachMessage.objects.create(
            owner=new_mentor,
            contact=Contact.objects.create(owner=new_mentor, person=self.mentee, name="Maya Mentee"),
            recipient=self.mentee,
            template="informational",
            channel=OutreachMessage.PLATFORM,
            body="Hello Maya",
        )

    def messages(self, i, relationship):
        """One more message each way in the pair's conversation, and a conversation with each new mentor."""
        for author in (self.mentee, self.mentor):
            Message.objects.create(conversation=self.conversation(self.pair), author=author, body=f"About SQL, {i}")
        Message.objects.create(conversation=self.conversation(relationship), author=relationship.mentor, body="Hi")
        Conversation.objects.filter(relationship__in=[self.pair, relationship]).update(last_message_at=NOW)

    def interviews(self, i, new_mentor, new_mentee):
        """One held interview Maya asked of a new mentor, with a referral; one asked of Marco (times proposed) and
        one booked with him, which his free slots leave out."""
        contact = first(Contact, owner=self.mentee, person=new_mentor)
        held = InformationalInterview.objects.create(
            requester=self.mentee,
            interviewee=new_mentor,
            contact=contact,
            topic=f"Moving into product {i}",
            status=InformationalInterview.SCHEDULED,
            starts_at=NOW - timedelta(days=1, hours=i),
            ends_at=NOW - timedelta(days=1, hours=i) + timedelta(minutes=20),
        )
        referred = Contact.objects.create(owner=self.mentee, name=f"Referral {i}", how_known="introduction")
        Referral.objects.create(interview=held, contact=referred, note="Pricing")
        InformationalInterview.objects.create(
            requester=new_mentee,
            interviewee=self.mentor,
            topic=f"Question {i}",
            proposed_times=[(NOW + timedelta(days=2, hours=i)).isoformat()],
        )
        InformationalInterview.objects.create(
            requester=new_mentee,
            interviewee=self.mentor,
            topic=f"Booked {i}",
            status=InformationalInterview.SCHEDULED,
            starts_at=NOW + timedelta(days=1, minutes=30 * i),
            ends_at=NOW + timedelta(days=1, minutes=30 * i + 20),
        )

    def interview(self, **filters):
        return first(InformationalInterview, **filters)

    def conversation(self, relationship):
        people = [relationship.mentee, relationship.mentor]
        return open_conversation(Conversation.RELATIONSHIP, people, relationship=relationship)

    def open_request(self):
        return first(MentorshipRequest, mentor=self.mentor, status=MentorshipRequest.PENDING)

    def held_meeting(self):
        return first(Meeting, relationship=self.pair, status=Meeting.HELD)


def first(model, **filters):
    return model.objects.filter(**filters).order_by("pk").first()


# (name, whose page, its address in a world): every main page, each as the person it is for.
PAGES = [
    ("home as mentee", "mentee", lambda w: reverse("home:home")),
    ("home as mentor", "mentor", lambda w: reverse("home:home")),
    ("home as coordinator", "coordinator", lambda w: reverse("home:home")),
    ("goals", "mentee", lambda w: reverse("goals:index")),
    ("goal", "mentee", lambda w: reverse("goals:detail", args=[first(Goal, owner=w.mentee).pk])),
    ("development plan", "mentee", lambda w: reverse("goals:plan")),
    ("network", "mentee", lambda w: reverse("network:index")),
    ("network board", "mentee", lambda w: reverse("network:board")),
    ("contact", "mentee", lambda w: reverse("network:contact", args=[first(Contact, owner=w.mentee).pk])),
    ("network stats", "mentee", lambda w: reverse("network:stats")),
    ("directory", "mentee", lambda w: reverse("matching:directory")),
    ("mentees directory", "mentor", lambda w: reverse("matching:mentees")),
    ("profile", "mentee", lambda w: reverse("profiles:detail", args=[w.mentor.profile.pk])),
    ("relationships as mentee", "mentee", lambda w: reverse("relationships:index")),
    ("relationships as mentor", "mentor", lambda w: reverse("relationships:index")),
    ("relationship", "mentee", lambda w: reverse("relationships:detail", args=[w.pair.pk])),
    ("relationship as coordinator", "coordinator", lambda w: reverse("relationships:detail", args=[w.pair.pk])),
    ("request", "mentor", lambda w: reverse("relationships:request", args=[w.open_request().pk])),
    ("meetings", "mentee", lambda w: reverse("meetings:index")),
    ("meetings with someone", "mentee", lambda w: reverse("meetings:relationship", args=[w.pair.pk])),
    ("meeting", "mentee", lambda w: reverse("meetings:detail", args=[w.held_meeting().pk])),
    ("notifications", "mentee", lambda w: reverse("nudges:index")),
    ("notification settings", "mentee", lambda w: reverse("nudges:preferences")),
    ("programs", "coordinator", lambda w: reverse("programs:index")),
    ("program", "coordinator", lambda w: reverse("programs:detail", args=[w.program.slug])),
    ("program dashboard", "coordinator", lambda w: reverse("programs:dashboard", args=[w.program.slug])),
    ("program participants", "coordinator", lambda w: reverse("programs:participants", args=[w.program.slug])),
    ("program matching", "coordinator", lambda w: reverse("programs:matching", args=[w.program.slug])),
    ("program match run", "coordinator", lambda w: reverse("programs:run", args=[w.program.slug, w.run.number])),
    ("program settings", "coordinator", lambda w: reverse("programs:settings", args=[w.program.slug])),
    ("program attention", "coordinator", lambda w: reverse("coordination:attention", args=[w.program.slug])),
    ("program pairs", "coordinator", lambda w: reverse("coordination:pairs", args=[w.program.slug])),
    ("program outcomes", "coordinator", lambda w: reverse("coordination:outcomes", args=[w.program.slug])),
    ("program pair", "coordinator", lambda w: reverse("coordination:pair", args=[w.program.slug, w.pair.pk])),
    ("conversations", "mentee", lambda w: reverse("conversations:index")),
    ("conversation search", "mentee", lambda w: reverse("conversations:index") + "?q=SQL"),
    ("conversation", "mentee", lambda w: reverse("conversations:detail", args=[w.conversation(w.pair).pk])),
    ("conversation poll", "mentee", lambda w: reverse("conversations:poll", args=[w.conversation(w.pair).pk])),
    ("new program", "coordinator", lambda w: reverse("programs:create")),
    ("program enrolment form", "coordinator", lambda w: reverse("programs:questions", args=[w.program.slug])),
    ("program broadcasts", "coordinator", lambda w: reverse("programs:broadcasts", args=[w.program.slug])),
    ("account", "mentee", lambda w: reverse("accounts:account")),
    ("two-factor", "mentee", lambda w: reverse("mfa_index")),
    ("sessions", "mentee", lambda w: reverse("usersessions_list")),
    ("webhooks", "mentee", lambda w: reverse("integrations:webhooks")),
    ("profile settings", "mentee", lambda w: reverse("profiles:edit")),
    ("availability", "mentor", lambda w: reverse("availability:edit")),
    ("booking", "mentee", lambda w: reverse("availability:book", args=[w.pair.pk])),
    ("interviews", "mentee", lambda w: reverse("interviews:index")),
    ("interview", "mentee", lambda w: reverse("interviews:detail", args=[w.interview(requester=w.mentee).pk])),
    (
        "interview asked of you",
        "mentor",
        lambda w: reverse("interviews:detail", args=[w.interview(interviewee=w.mentor, status="requested").pk]),
    ),
    ("ask for an interview", "mentee", lambda w: reverse("interviews:ask", args=[first(Contact, owner=w.mentee).pk])),
    ("offline page", "mentee", lambda w: reverse("offline")),
    ("service worker", "mentee", lambda w: reverse("service_worker")),
    ("web app manifest", "mentee", lambda w: reverse("manifest")),
]


def api_get_paths():
    """Every GET route of the API, from its OpenAPI schema: a new list route is measured without a line here."""
    return [path for path, operations in api.get_openapi_schema()["paths"].items() if "get" in operations]


def routes(w):
    """(name, who, url) for every page and API GET route, in world w."""
    found = [(name, getattr(w, who), url(w)) for name, who, url in PAGES]
    ids = {
        "profile_id": w.mentor.profile.pk,
        "goal_id": first(Goal, owner=w.mentee).pk,
        "contact_id": first(Contact, owner=w.mentee).pk,
        "request_id": w.pair.request_id,
        "relationship_id": w.pair.pk,
        "meeting_id": w.held_meeting().pk,
        "interview_id": w.interview(requester=w.mentee).pk,
        "slug": w.program.slug,
        "number": w.run.number,
    }
    for path in api_get_paths():
        who = w.mentee
        if path.startswith("/api/programs/{slug}/"):
            who = w.coordinator
        elif path == "/api/mentors/suggested-mentees":
            who = w.mentor
        url = path.format(**ids)
        if path == "/api/profiles":
            # A page smaller than the people at both sizes: people search skips its count when one page holds every
            # match, so a bigger default page would measure that shortcut at one size and the count at the other.
            url += "?limit=1"
        found.append((f"GET {path}", who, url))
    return found


def measure(routes, clients):
    counts = {}
    for name, who, url in routes:
        client = clients[who.pk]
        first = client.get(url)
        assert first.status_code == 200, f"{name}: {url} answered {first.status_code}"
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, f"{name}: {url} answered {response.status_code}"
        counts[name] = {"count": len(queries), "sql": [q["sql"] for q in queries.captured_queries]}
    return counts


@pytest.fixture(scope="module")
def measured(django_db_setup, django_db_blocker):
    """{route name: {size: {"count", "sql"}}}, measured with SMALL and then LARGE data, all rolled back after."""
    results = {}
    with django_db_blocker.unblock(), time_machine.travel(NOW, tick=False), transaction.atomic():
        forget_directory()
        world = World()
        clients = {}
        for person in (world.mentee, world.mentor, world.coordinator):
            clients[person.pk] = Client()
            clients[person.pk].force_login(person, backend="mentorhub.accounts.backends.ModelBackend")
        for size in (SMALL, LARGE):
            world.grow(size)
            forget_directory()
            for name, counted in measure(routes(world), clients).items():
                results.setdefault(name, {})[size] = counted
        transaction.set_rollback(True)
    if os.environ.get("UPDATE_QUERY_COUNTS") == "1":
        BASELINE.write_text(
            json.dumps({name: sizes[SMALL]["count"] for name, sizes in sorted(results.items())}, indent=2) + "\n"
        )
    return results


def route_names():
    return [name for name, _, _ in PAGES] + [f"GET {path}" for path in api_get_paths()]


def growth(sizes) -> str:
    """The queries the large page runs more than the small one: where the N+1 is."""
    small = list(sizes[SMALL]["sql"])
    extra = []
    for sql in sizes[LARGE]["sql"]:
        if sql in small:
            small.remove(sql)
        else:
            extra.append(sql if len(sql) < 300 else f"{sql[:300]}…")
    return "\n".join(extra[:10])


def test_every_page_has_a_budget(measured):
    baseline = json.loads(BASELINE.read_text())
    assert sorted(measured) == sorted(baseline), "UPDATE_QUERY_COUNTS=1 writes the budget of new pages"


@pytest.mark.parametrize("name", route_names())
def test_query_count_does_not_grow_with_the_data(measured, name):
    sizes = measured[name]
    assert sizes[LARGE]["count"] == sizes[SMALL]["count"], (
        f"{name}: {sizes[SMALL]['count']} queries with {SMALL} of everything, {sizes[LARGE]['count']} with "
        f"{LARGE}; the extra ones include:\n{growth(sizes)}"
    )


@pytest.mark.parametrize("name", route_names())
def test_query_count_matches_the_baseline(measured, name):
    budget = json.loads(BASELINE.read_text()).get(name)
    count = measured[name][SMALL]["count"]
    assert count == budget, (
        f"{name}: {count} queries, the budget in {BASELINE.name} says {budget}. If that is on purpose, "
        "rewrite it with UPDATE_QUERY_COUNTS=1."
    )
