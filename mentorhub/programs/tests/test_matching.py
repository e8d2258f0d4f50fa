import pytest
from django.core import mail

from mentorhub.lib.errors import DomainError
from mentorhub.matching.scoring import Weights
from mentorhub.programs import match_runs, services
from mentorhub.programs.match_runs import Rules
from mentorhub.programs.models import MatchRun
from mentorhub.relationships.models import Relationship, RelationshipEvent

pytestmark = pytest.mark.django_db

SQL = [{"name": "SQL", "level": "expert"}]
PRODUCT = [{"name": "product management", "level": "expert"}]


@pytest.fixture
def cohort(personas, program, enrol):
    """Greedy's trap: Sofia enrolled first and likes Ana best, but Ana is the only mentor who speaks Spanish with
    Diego; Marco (the personas' mentor) teaches Sofia well too."""
    people = {
        "ana": enrol(program, "ana@test.example", "mentor", name="Ana Mentor", capacity=1,
                     languages=["English", "Spanish"], skills_offered=SQL + PRODUCT),
        "sofia": enrol(program, "sofia@test.example", "mentee", name="Sofia Mentee",
                       skills_sought=["SQL", "product management"]),
        "diego": enrol(program, "diego@test.example", "mentee", name="Diego Mentee", languages=["Spanish"],
                       skills_sought=["product management"]),
        "joao": enrol(program, "joao@test.example", "mentee", name="Joao Mentee", languages=["Portuguese"]),
    }  # fmt: skip
    personas.mentor.profile.skills_offered = SQL
    personas.mentor.profile.mentor_capacity = 1
    personas.mentor.profile.save()
    # The personas' mentee already has a mentor in the program: no longer part of the cohort to match.
    Relationship.objects.create(mentee=personas.mentee, mentor=personas.other_member, program=program)
    return people


def run(program, by, **rules):
    return match_runs.dry_run(program, by, weights=Weights(), rules=Rules(**rules), objective=MatchRun.MOST_MATCHED)


def test_a_dry_run_matches_everyone_it_can_explains_and_beats_greedy(personas, program, cohort):
    result = run(program, personas.coordinator)
    assert result.status == MatchRun.DRAFT and result.number == 1
    pairs = {(p.mentee.email, p.mentor.email): p for p in result.proposals.all()}
    assert set(pairs) == {("sofia@test.example", "mentor@test.example"), ("diego@test.example", "ana@test.example")}
    assert any("skill gap" in r for r in pairs[("diego@test.example", "ana@test.example")].reasons)
    summary = result.summary
    assert summary["matched"] == 2 and summary["greedy"]["matched"] == 1
    assert summary["proven_optimal"]
    unmatched = {u["name"]: u["reason"] for u in summary["unmatched"]}
    assert unmatched == {"Joao Mentee": "no mentor shares Portuguese"}


def test_the_dry_run_page_shows_pairs_reasons_unmatched_and_the_gain(client_for, personas, program, cohort):
    client = client_for(personas.coordinator)
    response = client.post("/programs/data/matching/", {
        "objective": "most_matched", "not_previous_pair": "on", "min_score": 0, "per_mentee": 1,
        **{f"weight_{k}": v for k, v in Weights().to_dict().items()},
    })  # fmt: skip
    assert response.status_code == 302 and response.url == "/programs/data/matching/runs/1/"
    page = client.get(response.url).content.decode()
    assert "Diego Mentee" in page and "no mentor shares Portuguese" in page
    assert "+1 matched" in page and "first come, first served" in page and "Optimal" in page


def test_a_run_the_solver_stopped_early_says_how_close_it_is(client_for, personas, program, cohort):
    result = run(program, personas.coordinator)
    assert result.summary["proven_optimal"] and result.summary["gap_percent"] == 0
    # What a run that hit the solver's round limit stores (test_solver.py shows the solver reporting it).
    result.summary |= {"proven_optimal": False, "gap_percent": 0.4, "objective_value": 996.0, "upper_bound": 1000.0}
    result.save()
    page = client_for(personas.coordinator).get(f"/programs/data/matching/runs/{result.number}/").content.decode()
    assert "Within 0.4 %" in page and "scores more than 1000.0 (this one: 996.0)" in page
    assert "Optimal" not in page


def test_weights_and_rules_are_kept_on_each_run(personas, program, cohort):
    first = match_runs.dry_run(
        program, personas.coordinator, weights=Weights(skills=1, timezone=0), rules=Rules(min_score=10),
        objective=MatchRun.BEST_TOTAL,
    )  # fmt: skip
    second = run(program, personas.coordinator)
    assert first.weights["skills"] == 1 and first.weights["timezone"] == 0 and first.rules["min_score"] == 10
    assert second.number == 2 and second.weights == Weights().to_dict()


def test_hard_rules_exclude_pairs_and_say_why(personas, program, cohort):
    cohort["sofia"].profile.timezone = "Asia/Tokyo"
    cohort["sofia"].profile.save()
    reasons = {
        u["name"]: u["reason"] for u in run(program, personas.coordinator, max_hours_apart=3).summary["unmatched"]
    }
    assert reasons["Sofia Mentee"] == "no mentor who fits is within 3 hours of their timezone"

    program.enrollments.filter(person__in=[cohort["diego"], cohort["ana"]]).update(department="Finance")
    reasons = {u["name"]: u["reason"] for u in run(program, personas.coordinator, different_department=True)
               .summary["unmatched"]}  # fmt: skip
    assert reasons["Diego Mentee"] == "every mentor who fits works in their own department (Finance)"

    Relationship.objects.create(mentee=cohort["diego"], mentor=cohort["ana"], status="completed")
    reasons = {u["name"]: u["reason"] for u in run(program, personas.coordinator).summary["unmatched"]}
    assert reasons["Diego Mentee"] == "every mentor who fits has mentored them before"

    reasons = {u["name"]: u["reason"] for u in run(program, personas.coordinator, min_score=99, not_previous_pair=False)
               .summary["unmatched"]}  # fmt: skip
    assert reasons["Sofia Mentee"].startswith("no mentor who fits reaches the minimum score of 99 (best: ")


def test_rankings_are_honoured(personas, program, cohort):
    # Diego, speaking English now, fits Ana better (she teaches product management) but ranks Marco first.
    cohort["diego"].profile.languages = ["English"]
    cohort["diego"].profile.save()
    program.enrollments.filter(person=cohort["diego"]).update(rankings=[personas.mentor.pk])
    result = run(program, personas.coordinator)
    diego = result.proposals.get(mentee=cohort["diego"])
    assert diego.mentor == personas.mentor and diego.rank == 1 and diego.reasons[0] == "their choice no. 1"
    assert result.summary["first_choices"] == 1


def test_a_mentor_who_is_full_is_not_proposed_and_the_reason_says_so(personas, program, cohort):
    Relationship.objects.create(mentee=personas.outsider, mentor=cohort["ana"], status="active")
    reasons = {u["name"]: u["reason"] for u in run(program, personas.coordinator).summary["unmatched"]}
    assert reasons["Diego Mentee"] == "every mentor who shares a language with them is full"


def test_publish_starts_relationships_and_tells_both(
    client_for, personas, program, cohort, django_capture_on_commit_callbacks
):
    result = run(program, personas.coordinator)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(personas.coordinator).post("/programs/data/matching/runs/1/publish/", {"confirm": "2"})
    assert response.status_code == 302
    result.refresh_from_db()
    assert result.status == MatchRun.PUBLISHED and result.published_by == personas.coordinator
    started = Relationship.objects.filter(program=program, status="active").exclude(mentee=personas.mentee)
    assert {(r.mentee.email, r.mentor.email) for r in started} == {
        ("sofia@test.example", "mentor@test.example"),
        ("diego@test.example", "ana@test.example"),
    }
    assert all(p.relationship_id for p in result.proposals.all())
    assert RelationshipEvent.objects.filter(relationship__in=started, actor=personas.coordinator).count() == 2
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        ["sofia@test.example", "mentor@test.example", "diego@test.example", "ana@test.example"]
    )
    with pytest.raises(DomainError):
        services.publish(result, personas.coordinator, confirm=2)


def test_publish_skips_a_pair_whose_mentor_filled_up_meanwhile(personas, program, cohort):
    result = run(program, personas.coordinator)
    Relationship.objects.create(mentee=personas.outsider, mentor=cohort["ana"], status="active")
    counts = services.publish(result, personas.coordinator, confirm=2)
    assert counts == {"started": 1, "skipped": 1}
    skipped = result.proposals.get(mentor=cohort["ana"])
    assert skipped.relationship is None and "no place left" in skipped.note


def test_manual_match_shows_the_score_then_matches(client_for, personas, program, cohort):
    client = client_for(personas.coordinator)
    preview = client.get(
        "/programs/data/matching/manual/preview/", {"mentee": cohort["sofia"].pk, "mentor": cohort["ana"].pk}
    ).content.decode()
    assert 'class="score"' in preview and "skill gap" in preview
    client.post("/programs/data/matching/manual/", {"mentee": cohort["sofia"].pk, "mentor": cohort["ana"].pk})
    relationship = Relationship.objects.get(mentee=cohort["sofia"], mentor=cohort["ana"])
    assert relationship.program == program and "score of" in relationship.history.get().why
    # Ana has no place left now: a second manual match is refused with the reason.
    response = client.post(
        "/programs/data/matching/manual/", {"mentee": cohort["diego"].pk, "mentor": cohort["ana"].pk}, follow=True
    )
    assert "no place left" in response.content.decode()


def test_a_run_with_nobody_to_match_says_so(personas, program):
    Relationship.objects.create(mentee=personas.mentee, mentor=personas.other_member, program=program)
    with pytest.raises(DomainError):
        run(program, personas.coordinator)


def test_reasons_never_reveal_private_goals(personas, program, cohort):
    from mentorhub.goals.models import Goal

    Goal.objects.create(owner=cohort["sofia"], text="Secretly learn negotiation for my exit", status="active")
    cohort["ana"].profile.skills_offered = [*SQL, {"name": "negotiation", "level": "expert"}]
    cohort["ana"].profile.save()
    result = run(program, personas.coordinator)
    assert not any("negotiation" in r for p in result.proposals.all() for r in p.reasons)
