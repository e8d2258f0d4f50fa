"""Every count-based rule (docs/architecture.md, "Rules under concurrency") tried by real threads, each with its own
database connection, all released at once by a barrier; afterwards the invariant is read back from the database.

On PostgreSQL this is the deployment the README recommends for scale: several workers, row locks, READ COMMITTED.
SQLite's IMMEDIATE transactions serialise writers, so there the same cases show that the rules hold there too.
The figures (cases run, attempts, violations) are printed at the end and recorded in BENCHMARKS.md.
"""

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from mentorhub.lib.errors import DomainError
from mentorhub.network import services as network
from mentorhub.network.models import Contact
from mentorhub.nudges import services as nudges
from mentorhub.nudges.models import DeliveryPreferences, Nudge
from mentorhub.outbox.models import Email
from mentorhub.programs import services as programs
from mentorhub.programs.models import Enrollment, MatchProposal, MatchRun, Program
from mentorhub.relationships import services as relationships
from mentorhub.relationships.models import AgreementVersion, MentorshipRequest, Relationship
from tests.support import make_user as make_person

pytestmark = pytest.mark.django_db(transaction=True)

FIGURES: list[tuple[str, int, int]] = []  # (case, attempts, violations)


@pytest.fixture(scope="module", autouse=True)
def print_figures(request):
    yield
    if not FIGURES:
        return
    lines = [
        f"concurrency on {connection.vendor}: {len(FIGURES)} cases, {sum(a for _, a, _ in FIGURES)} attempts, "
        f"{sum(v for _, _, v in FIGURES)} violations",
        *(f"  {case:<52} {attempts:>3} attempts  {v} violations" for case, attempts, v in FIGURES),
    ]
    # Shown even when pytest captures output: these are the figures BENCHMARKS.md records.
    with request.config.pluginmanager.getplugin("capturemanager").global_and_fixture_disabled():
        print("\n" + "\n".join(lines))


def race(actions) -> list:
    """Run every action in its own thread, all released at once; each answer is the action's result, the
    DomainError's code, or the name of any other exception (a 500 for a user)."""
    barrier = threading.Barrier(len(actions))
    outcomes = [None] * len(actions)

    def run(i, action):
        try:
            barrier.wait()
            outcomes[i] = action()
        except DomainError as error:
            outcomes[i] = error.code
        except Exception as error:  # an unexpected error (a 500 for a user) is what this suite looks for
            outcomes[i] = type(error).__name__
        finally:
            connection.close()  # each thread had its own real connection

    threads = [threading.Thread(target=run, args=(i, a)) for i, a in enumerate(actions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def record(case: str, attempts: int, expected: int, actual: int) -> None:
    FIGURES.append((case, attempts, abs(actual - expected)))
    assert actual == expected, f"{case}: expected {expected}, found {actual}"


def person(i, role, **profile):
    if role == "mentor":
        profile = {"accepting_mentees": True, "mentor_capacity": 3, **profile}
    return make_person(f"{role}{i}@test.example", f"{role.title()} {i}", **profile)


MESSAGE = "Thank you for considering a short call about product discovery."


def test_one_mentee_sending_twenty_requests_at_once_ends_with_the_cap_open(settings):
    mentee = person(0, "mentee", seeking_mentors=True)
    mentors = [person(i, "mentor") for i in range(20)]
    outcomes = race([lambda m=m: relationships.send_request(mentee, m, message=MESSAGE) and "sent" for m in mentors])
    cap = settings.MENTORSHIP_MAX_OPEN_REQUESTS
    assert outcomes.count("sent") == cap and outcomes.count("too_many_open") == 20 - cap, outcomes
    record("open requests per mentee (20 at once, cap 5)", 20, cap, MentorshipRequest.objects.open().count())


def test_ten_identical_requests_at_once_leave_one_open():
    mentee, mentor = person(0, "mentee"), person(0, "mentor")
    outcomes = race([lambda: relationships.send_request(mentee, mentor, message=MESSAGE) and "sent"] * 10)
    assert outcomes.count("sent") == 1 and outcomes.count("duplicate") == 9, outcomes
    record("one open request per pair (10 at once)", 10, 1, MentorshipRequest.objects.open().count())


def test_accepts_and_coordinator_matches_together_never_overfill_a_mentor(personas):
    mentor = person(0, "mentor", mentor_capacity=3)
    program = personas.program
    Enrollment.objects.create(program=program, person=mentor, role="mentor", status="approved", capacity=3)
    actions = []
    for i in range(12):
        mentee = person(i, "mentee")
        if i % 2:
            request = relationships.send_request(mentee, mentor, message=MESSAGE)
            actions.append(lambda r=request: relationships.accept_request(r.pk, mentor) and "started")
        else:
            Enrollment.objects.create(program=program, person=mentee, role="mentee", status="approved")
            actions.append(
                lambda m=mentee: programs.match(program, m, mentor, personas.coordinator, "by hand") and "started"
            )
    outcomes = race(actions)
    assert outcomes.count("started") == 3 and outcomes.count("no_capacity") == 9, outcomes
    record("mentor capacity (12 accepts and matches, 3 places)", 12, 3, Relationship.objects.current().count())


def test_an_accept_and_a_coordinator_match_of_the_same_pair_start_one_relationship(personas):
    program = personas.program
    rounds = 5
    mentor = person(0, "mentor", mentor_capacity=rounds)
    Enrollment.objects.create(program=program, person=mentor, role="mentor", status="approved", capacity=rounds)
    actions = []
    for i in range(rounds):
        mentee = person(i, "mentee")
        Enrollment.objects.create(program=program, person=mentee, role="mentee", status="approved")
        request = relationships.send_request(mentee, mentor, message=MESSAGE)
        actions += [
            lambda r=request: relationships.accept_request(r.pk, mentor) and "started",
            lambda m=mentee: programs.match(program, m, mentor, personas.coordinator, "by hand") and "started",
        ]
    outcomes = race(actions)
    assert outcomes.count("started") == rounds and outcomes.count("already_related") == rounds, outcomes
    record("one relationship per pair (accept vs match, 5 pairs)", 2 * rounds, rounds, Relationship.objects.count())


def test_two_accepts_of_the_same_request_start_one_relationship():
    mentor = person(0, "mentor")
    requests = [relationships.send_request(person(i, "mentee"), mentor, message=MESSAGE) for i in range(3)]
    outcomes = race([lambda r=r: relationships.accept_request(r.pk, mentor) and "started" for r in requests * 2])
    assert outcomes.count("started") == 3 and outcomes.count("state") == 3, outcomes
    record("two accepts of one request (3 requests)", 6, 3, Relationship.objects.count())


def test_an_accept_racing_a_withdrawal_leaves_one_consistent_answer():
    mentor = person(0, "mentor", mentor_capacity=10)
    pairs = [(person(i, "mentee"), mentor) for i in range(6)]
    requests = [relationships.send_request(mentee, mentor, message=MESSAGE) for mentee, mentor in pairs]
    actions = []
    for request in requests:
        actions += [
            lambda r=request: relationships.accept_request(r.pk, mentor) and "accepted",
            lambda r=request: relationships.withdraw_request(r.pk, r.mentee) and "withdrawn",
        ]
    outcomes = race(actions)
    assert outcomes.count("accepted") + outcomes.count("withdrawn") == len(requests), outcomes
    accepted = MentorshipRequest.objects.filter(status="accepted").count()
    assert MentorshipRequest.objects.filter(status="withdrawn").count() == len(requests) - accepted
    # An accepted request has its one relationship, a withdrawn one none.
    record("accept vs withdraw (6 requests)", 12, accepted, Relationship.objects.filter(request__isnull=False).count())


def test_two_coordinators_publishing_the_same_run_start_its_pairs_once(personas):
    program = personas.program
    second = make_person("coord2@test.example", "Second Coordinator")
    program.coordinators.add(second)
    run = MatchRun.objects.create(program=program, number=1, created_by=personas.coordinator)
    for i in range(4):
        mentee, mentor = person(i, "mentee"), person(i, "mentor")
        Enrollment.objects.create(program=program, person=mentee, role="mentee", status="approved")
        Enrollment.objects.create(program=program, person=mentor, role="mentor", status="approved")
        MatchProposal.objects.create(run=run, mentee=mentee, mentor=mentor, score=80)
    outcomes = race(
        [lambda by=by: programs.publish(run, by, confirm=4)["started"] for by in (personas.coordinator, second)]
    )
    assert sorted(outcomes, key=str) == [4, "state"], outcomes
    record("two coordinators publish one run (4 pairs)", 2, 4, Relationship.objects.filter(program=program).count())


def test_two_people_proposing_an_agreement_at_once_leave_one_draft():
    mentee, mentor = person(0, "mentee"), person(0, "mentor")
    request = relationships.send_request(mentee, mentor, message=MESSAGE)
    relationship = relationships.accept_request(request.pk, mentor)
    actions = [
        lambda who=who: relationships.propose_agreement(relationship, who, {"cadence": "weekly"}) and "proposed"
        for who in (mentee, mentor) * 3
    ]
    outcomes = race(actions)
    assert outcomes.count("proposed") == 6, outcomes
    drafts = [v for v in AgreementVersion.objects.filter(relationship=relationship) if not v.is_confirmed]
    record("one agreement draft (6 proposals at once)", 6, 1, len(drafts))


def test_one_person_applying_five_times_at_once_is_enrolled_once():
    program = Program.objects.create(name="Open Program", slug="open", approval=Program.AUTOMATIC)
    mentee = person(0, "mentee")
    outcomes = race([lambda: programs.apply(program, mentee, "mentee") and "enrolled"] * 5)
    assert outcomes.count("enrolled") == 1 and outcomes.count("duplicate") == 4, outcomes
    record("one enrolment per person and role (5 applies)", 5, 1, Enrollment.objects.filter(program=program).count())


PARTICIPANTS = "email,name,role\n" + "".join(
    f"p{i}@import.example,Person {i},{'mentor' if i % 5 == 0 else 'mentee'}\n" for i in range(12)
)


def test_five_coordinators_importing_the_same_participants_enrol_each_once(personas):
    program = personas.program
    outcomes = race([lambda: programs.import_participants(program, PARTICIPANTS, personas.coordinator)] * 5)
    assert all(isinstance(o, dict) for o in outcomes), outcomes
    assert sorted(o["created"] for o in outcomes) == [0, 0, 0, 0, 12], outcomes
    imported = Enrollment.objects.filter(program=program, person__email__endswith="@import.example").count()
    record("participants import x5 (12 rows)", 5, 12, imported)


def test_two_programs_importing_the_same_new_people_at_once_make_one_account_each(personas):
    second = Program.objects.create(name="Second Program", slug="second")
    second.coordinators.add(personas.coordinator)
    actions = [
        lambda p=p: programs.import_participants(p, PARTICIPANTS, personas.coordinator)
        for p in (personas.program, second)
    ]
    outcomes = race(actions)
    assert all(isinstance(o, dict) for o in outcomes), outcomes
    assert sum(o["created"] for o in outcomes) == 12 and all(o["enrolled"] == 12 for o in outcomes), outcomes
    enrolled = Enrollment.objects.filter(person__email__endswith="@import.example")
    assert enrolled.count() == 24
    record("participants import into 2 programs (12 people)", 2, 12, enrolled.values("person").distinct().count())


CONTACTS = "name,email,organisation\n" + "".join(f"Contact {i},c{i}@net.example,Org {i}\n" for i in range(50))


def test_five_imports_of_the_same_contacts_at_once_add_each_contact_once():
    owner = person(0, "mentee")
    rows = [r.as_dict() for r in network.preview_import(owner, CONTACTS)]
    outcomes = race([lambda: network.commit_import(owner, rows)] * 5)
    assert all(isinstance(o, dict) for o in outcomes), outcomes
    assert sorted(o["created"] for o in outcomes) == [0, 0, 0, 0, 50], outcomes
    assert sorted(o["unchanged"] for o in outcomes) == [0, 50, 50, 50, 50], outcomes
    record("contacts import x5 (50 rows)", 5, 50, Contact.objects.filter(owner=owner).count())


def test_two_workers_sweeping_nudges_email_each_once():
    people = [person(i, "mentee") for i in range(10)]
    past = timezone.now() - timedelta(minutes=1)
    for i, someone in enumerate(people):
        DeliveryPreferences.objects.get_or_create(person=someone)
        nudges.schedule(someone, "request_received", f"race:{i}", past, f"Race nudge {i}", "", "/")
    outcomes = race([nudges.sweep, nudges.sweep])
    assert sum(outcomes) == len(people), outcomes
    assert Nudge.objects.filter(key__startswith="race:", delivered_at__isnull=True).count() == 0
    record("two workers sweep 10 nudges", 2, len(people), Email.objects.filter(subject__startswith="Race").count())
