import calendar
import re
import time
from datetime import date, timedelta

import pytest

from mentorhub.coach.goals import GoalAssessment, assess_goal

# A Wednesday in May, so "this quarter", "next month" and month names without a year all have work to do.
TODAY = date(2026, 5, 20)

SMART_GOALS = [
    "Pass the NCLEX-RN exam on my first attempt by 15 July 2027.",
    "Close 12 new enterprise deals in the EMEA region this quarter.",
    "Record and release a five-song EP of my jazz compositions by December 2027.",
    "Draft and file three pro bono asylum applications within 90 days.",
    "Raise my Year 9 students' average reading score from 62 to 75 by the end of the school year.",
    "Cut the p95 latency of the billing API from 800 ms to 300 ms within 8 weeks.",
]
VAGUE_GOALS = [
    "Become a more compassionate nurse.",
    "Sell more.",
    "Practise guitar more often.",
    "Understand contract law better.",
    "Be a more engaging teacher.",
    "Write cleaner code.",
]


def _assess(text: str) -> GoalAssessment:
    return assess_goal(text, today=TODAY)


@pytest.mark.parametrize("text", SMART_GOALS)
def test_smart_goals_pass_all_three_checks(text):
    result = _assess(text)
    assert (result.specific, result.measurable, result.time_bound) == (True, True, True)
    assert result.confident
    assert result.problems == []
    assert result.hints == []


@pytest.mark.parametrize("text", VAGUE_GOALS)
def test_vague_wishes_fail_all_three_checks(text):
    result = _assess(text)
    assert (result.specific, result.measurable, result.time_bound) == (False, False, False)
    assert result.confident
    assert len(result.hints) == 3


@pytest.mark.parametrize(
    "text",
    [
        "Mentor the two new graduate nurses on the cardiac ward.",
        "Publish a peer-reviewed paper on sepsis screening.",
        "Book 15 discovery meetings with hospital procurement teams.",
        "Write a cookbook with 50 family recipes.",
    ],
)
def test_concrete_goal_without_deadline_is_specific_and_measurable_but_not_time_bound(text):
    result = _assess(text)
    assert result.specific and result.measurable
    assert not result.time_bound
    assert result.deadline is None


@pytest.mark.parametrize(
    "text",
    [
        "Be a better litigator next year.",
        "Grow as a music teacher this year.",
        "Get better at giving code review feedback within the next month.",
    ],
)
def test_vague_goal_with_deadline_is_only_time_bound(text):
    result = _assess(text)
    assert not result.specific and not result.measurable
    assert result.time_bound


def test_concrete_action_without_a_count_is_specific_but_not_measurable():
    result = _assess("Volunteer at the community legal clinic.")
    assert result.specific
    assert not result.measurable


@pytest.mark.parametrize(
    "text",
    [
        "Earn the AWS Solutions Architect certification.",
        "Pass the state bar exam.",
        "Submit my PhD thesis.",
        "Launch our new patient onboarding checklist.",
    ],
)
def test_checkable_deliverable_counts_as_measurable(text):
    assert _assess(text).measurable


@pytest.mark.parametrize(
    "text",
    ["Improve my closing rate.", "Learn Python 3.", "Improve my COVID-19 protocol knowledge."],
)
def test_numbers_inside_names_and_verbs_used_as_modifiers_are_not_measures(text):
    result = _assess(text)
    assert not result.measurable
    assert not result.specific


def test_deadline_numbers_do_not_make_a_goal_measurable():
    result = _assess("Get better at public speaking by 30 June 2027.")
    assert result.time_bound
    assert not result.measurable


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("by March 2027", "2027-03-31"),
        ("by 30 June 2027", "2027-06-30"),
        ("by June 30, 2027", "2027-06-30"),
        ("by 2027-06-30", "2027-06-30"),
        ("within 10 weeks", "2026-07-29"),
        ("in 3 months", "2026-08-20"),
        ("in 10 days", "2026-05-30"),
        ("this quarter", "2026-06-30"),
        ("next quarter", "2026-09-30"),
        ("in Q3 2027", "2027-09-30"),
        ("by the end of the year", "2026-12-31"),
        ("this year", "2026-12-31"),
        ("next year", "2027-12-31"),
        ("by end of August", "2026-08-31"),
        ("by end of March", "2027-03-31"),
        ("this month", "2026-05-31"),
        ("next month", "2026-06-30"),
        ("by the end of summer", "2026-08-31"),
        ("in 2027", "2027-12-31"),
        ("before next Friday", "2026-05-29"),
    ],
)
def test_deadline_phrases_resolve_to_iso_dates(phrase, expected):
    result = _assess(f"Publish four posts on the nursing blog {phrase}.")
    assert result.time_bound
    assert result.deadline == expected


def test_month_name_without_year_is_the_next_such_month_end():
    assert _assess("Give two talks at the law society in May.").deadline == "2026-05-31"
    assert _assess("Give two talks at the law society in April.").deadline == "2027-04-30"


def test_months_are_added_by_calendar_and_clamped_to_month_end():
    result = assess_goal("Ship the mobile app in 3 months.", today=date(2026, 11, 30))
    assert result.deadline == "2027-02-28"


def test_latest_of_several_time_expressions_is_the_deadline():
    result = _assess("Attend two sales conferences in 2027 and follow up with three leads within 48 hours.")
    assert result.deadline == "2027-12-31"


def test_semester_ends_on_its_documented_last_day():
    result = _assess("Teach 10 piano lessons to beginners by the end of the semester.")
    assert result.time_bound
    assert result.deadline == "2026-05-31"


def test_undated_but_real_limit_is_time_bound_without_a_deadline():
    result = _assess("Teach 10 piano lessons to beginners by the end of the season.")
    assert result.time_bound
    assert result.deadline is None


@pytest.mark.parametrize("word", ["soon", "someday", "eventually", "one day"])
def test_vague_time_words_are_not_time_bound(word):
    result = _assess(f"Publish three articles on employment law {word}.")
    assert not result.time_bound
    assert result.deadline is None
    assert any(word in hint and "deadline" in hint for hint in result.hints)


@pytest.mark.parametrize(
    "text",
    [
        "Run 5 km in under 30 minutes.",
        "Answer every patient call bell within 3 minutes.",
        "Practise scales 4 days a week.",
    ],
)
def test_durations_that_are_measures_are_not_deadlines(text):
    result = _assess(text)
    assert result.measurable
    assert not result.time_bound


def test_missing_deadline_hint_suggests_a_realistic_future_date():
    result = _assess("Write a 20-page design doc for the new deployment pipeline.")
    hint = next(h for h in result.hints if "deadline" in h)
    day, month, year = re.search(r"by (\d{1,2}) (\w+) (\d{4})", hint).groups()
    suggested = date(int(year), list(calendar.month_name).index(month), int(day))
    assert TODAY < suggested <= TODAY + timedelta(days=366)


def test_hints_name_what_is_missing():
    result = _assess("Get better at negotiating.")
    assert any("get better" in hint.lower() for hint in result.hints)
    assert any("number" in hint.lower() for hint in result.hints)
    assert any("deadline" in hint.lower() for hint in result.hints)


def test_past_date_is_not_a_deadline_and_says_it_passed():
    result = _assess("Publish 3 case studies by March 2020.")
    assert not result.time_bound
    assert result.deadline is None
    assert any("31 March 2020 has already passed" in hint for hint in result.hints)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "!!!",
        "x" * 5000,
        "Je veux améliorer mon anglais d'ici la fin de l'année.",
        "我想在明年之前通过英语考试。",
        "asdfgh qwrtzp",
    ],
)
def test_unreadable_input_gets_no_confident_verdict(text):
    result = _assess(text)
    assert (result.specific, result.measurable, result.time_bound) == (False, False, False)
    assert result.deadline is None
    assert result.confident is False
    assert result.problems and result.hints


def test_too_long_input_reports_its_length():
    text = "Publish four articles by June 2027. " * 20
    result = _assess(text)
    assert not result.confident
    assert str(len(text)) in result.problems[0]


def test_to_dict_has_the_contract_keys():
    data = _assess(SMART_GOALS[0]).to_dict()
    assert set(data) == {
        "specific", "measurable", "time_bound", "deadline", "hints", "problems", "unsure", "confident"
    }  # fmt: skip
    assert data["deadline"] == "2027-07-15"


def test_today_defaults_to_the_current_date():
    before = date.today()
    deadline = assess_goal("Finish the compliance training in 10 days.").deadline
    assert deadline in {
        (before + timedelta(days=10)).isoformat(),
        (date.today() + timedelta(days=10)).isoformat(),
    }


def test_assessment_is_deterministic():
    assert _assess(SMART_GOALS[1]) == _assess(SMART_GOALS[1])


def test_assessment_is_fast():
    # CPU time of this thread: what the coach costs, not how long a shared machine makes it wait for a core.
    goals = SMART_GOALS + VAGUE_GOALS
    start = time.thread_time()
    for _ in range(20):
        for goal in goals:
            _assess(goal)
    mean_ms = (time.thread_time() - start) * 1000 / (20 * len(goals))
    assert mean_ms < 5
