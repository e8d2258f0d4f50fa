import math
import random
from datetime import UTC, datetime

import numpy as np
import pytest

from mentorhub.matching.scoring import DEFAULT_WEIGHTS, Match, MentorIndex, Weights, best_first, score_pair

NOW = datetime(2027, 1, 15, 12, tzinfo=UTC)  # January: New Zealand on daylight time, California not


def mentee(**fields) -> dict:
    return {
        "id": 1,
        "skills_offered": [],
        "skills_sought": ["product management", "stakeholder management", "public speaking"],
        "goal_text": "",
        "expertise_text": "",
        "values": ["curiosity", "honesty"],
        "interests": ["chess"],
        "timezone": "Europe/Lisbon",
        "languages": ["English", "Portuguese"],
        "meeting_formats": ["video"],
        **fields,
    }


def mentor(id, **fields) -> dict:
    return {
        "id": id,
        "skills_offered": [],
        "skills_sought": [],
        "goal_text": "",
        "expertise_text": "",
        "values": [],
        "interests": [],
        "timezone": "Europe/London",
        "languages": ["English"],
        "meeting_formats": ["video"],
        "capacity_left": 2,
        **fields,
    }


def skills(*pairs) -> list[dict]:
    return [{"name": name, "level": level} for name, level in pairs]


def by_id(matches: list[Match]) -> dict[int, Match]:
    return {m.mentor_id: m for m in matches}


def test_no_shared_language_makes_a_mentor_ineligible_with_score_zero():
    speaks_french = mentor(10, languages=["French"], skills_offered=skills(("product management", "expert")))
    match = score_pair(mentee(), speaks_french, now=NOW)
    assert not match.eligible
    assert match.score == 0
    assert match.reasons[0] == "no shared language"


def test_a_mentor_with_no_languages_listed_shares_none():
    assert not score_pair(mentee(), mentor(10, languages=[]), now=NOW).eligible


def test_languages_are_compared_case_insensitively_and_named_in_the_reasons():
    match = score_pair(mentee(), mentor(10, languages=[" portuguese", "Spanish"]), now=NOW)
    assert match.eligible
    assert match.reasons[-1] == "speaks Portuguese with you"


def test_no_capacity_left_makes_a_mentor_ineligible():
    match = score_pair(mentee(), mentor(10, capacity_left=0), now=NOW)
    assert not match.eligible
    assert match.score == 0
    assert "no capacity left" in match.reasons


def test_more_capacity_left_is_slightly_better():
    index = MentorIndex([mentor(10, capacity_left=1), mentor(11, capacity_left=3)], now=NOW)
    results = by_id(index.score(mentee()))
    one, three = results[10], results[11]
    assert one.components["capacity"] < three.components["capacity"]
    assert 0 < three.score - one.score <= 3
    assert "has room for 3 more mentees" in three.reasons
    assert "has room for 1 more mentee" in one.reasons


def test_ineligible_mentors_are_left_out_unless_asked_for_and_then_come_last():
    mentors = [mentor(10, capacity_left=0, skills_offered=skills(("public speaking", "expert"))), mentor(11)]
    index = MentorIndex(mentors, now=NOW)
    assert [m.mentor_id for m in index.score(mentee())] == [11]
    everyone = index.score(mentee(), include_ineligible=True)
    assert [(m.mentor_id, m.eligible) for m in everyone] == [(11, True), (10, False)]


def test_a_mentee_is_never_matched_with_themselves():
    me = mentor(1, skills_offered=skills(("public speaking", "expert")))
    match = score_pair(mentee(id=1), me, now=NOW)
    assert not match.eligible
    assert match.reasons[0] == "this is you"


def test_a_mentor_covering_more_gaps_scores_higher_all_else_equal():
    one = mentor(10, skills_offered=skills(("product management", "expert")))
    two = mentor(11, skills_offered=skills(("product management", "expert"), ("public speaking", "expert")))
    results = by_id(MentorIndex([one, two], now=NOW).score(mentee()))
    assert results[11].score > results[10].score
    assert results[10].components["skills"] == pytest.approx(1 / 3, abs=1e-4)
    assert results[11].components["skills"] == pytest.approx(2 / 3, abs=1e-4)


def test_coverage_is_weighted_by_the_mentors_level():
    levels = ["beginner", "intermediate", "advanced", "expert"]
    mentors = [mentor(10 + i, skills_offered=skills(("public speaking", level))) for i, level in enumerate(levels)]
    results = by_id(MentorIndex(mentors, now=NOW).score(mentee(skills_sought=["public speaking"])))
    coverage = [results[10 + i].components["skills"] for i in range(4)]
    assert coverage == [0.3, 0.6, 0.85, 1.0]
    assert [results[10 + i].score for i in range(4)] == sorted({results[10 + i].score for i in range(4)})


def test_a_skill_listed_twice_counts_at_its_best_level():
    twice = mentor(10, skills_offered=skills(("SQL", "beginner"), ("sql", "expert")))
    assert score_pair(mentee(skills_sought=["SQL"]), twice, now=NOW).components["skills"] == 1.0


@pytest.mark.parametrize(
    ("sought", "offered"),
    [
        ("stakeholder management", "Stakeholder Management"),
        ("Data Visualization", "data visualisation"),
        ("roadmaps", "Roadmapping"),
        ("people managers", "people management"),
        ("public speaking skills", "Public speaking"),
        ("machine learning", "applied machine learning"),
        ("applied machine learning", "machine learning"),
    ],
)
def test_skill_names_match_tolerantly(sought, offered):
    match = score_pair(mentee(skills_sought=[sought]), mentor(10, skills_offered=skills((offered, "expert"))), now=NOW)
    assert match.components["skills"] == 1.0


def test_a_single_word_does_not_match_a_longer_skill_name():
    match = score_pair(
        mentee(skills_sought=["design"]), mentor(10, skills_offered=skills(("UX design", "expert"))), now=NOW
    )
    assert match.components["skills"] == 0


def test_skills_named_in_the_goal_text_count_as_gaps_for_mentors_who_offer_them():
    goal = "Move into product management by June 2027; practise negotiation before my next review."
    seeker = mentee(skills_sought=["public speaking"], goal_text=goal)
    both = mentor(10, skills_offered=skills(("public speaking", "expert"), ("negotiation", "advanced")))
    one = mentor(11, skills_offered=skills(("public speaking", "expert")))
    results = by_id(MentorIndex([both, one], now=NOW).score(seeker))
    assert results[10].components["skills"] == pytest.approx((1 + 0.85) / 2, abs=1e-4)
    assert results[11].components["skills"] == 1.0
    assert "offers negotiation, which your goals mention" in results[10].reasons


def test_skills_the_mentee_already_offers_are_not_gaps_when_the_goal_mentions_them():
    seeker = mentee(
        skills_sought=[], goal_text="Use my SQL to grow into analytics", skills_offered=skills(("SQL", "expert"))
    )
    match = score_pair(seeker, mentor(10, skills_offered=skills(("SQL", "expert"))), now=NOW)
    assert match.components["skills"] == 0


def test_timezone_difference_wraps_around_the_date_line():
    seeker = mentee(timezone="Pacific/Auckland")  # UTC+13 in January
    match = score_pair(seeker, mentor(10, timezone="America/Los_Angeles"), now=NOW)  # UTC-8: 21 h, or 3 h the other way
    assert match.components["timezone"] == pytest.approx(7 / 8)
    assert "3 hours apart" in match.reasons


@pytest.mark.parametrize(
    ("zone", "closeness", "reason"),
    [
        ("Europe/London", 1.0, "same timezone"),
        ("Europe/Berlin", 1.0, "1 hour apart"),
        ("Asia/Kolkata", 0.5625, "5.5 hours apart"),
        ("Asia/Tokyo", 0.125, "9 hours apart"),
        ("Pacific/Auckland", 0.0, "11 hours apart"),
    ],
)
def test_timezone_closeness_falls_from_two_to_ten_hours(zone, closeness, reason):
    match = score_pair(mentee(timezone="Europe/Lisbon"), mentor(10, timezone=zone), now=NOW)
    assert match.components["timezone"] == pytest.approx(closeness)
    assert reason in match.reasons


def test_offsets_are_taken_at_now_so_daylight_saving_counts():
    lisbon, new_york = mentee(timezone="Europe/Lisbon"), mentor(10, timezone="America/New_York")
    march = datetime(2027, 3, 20, 12, tzinfo=UTC)  # the US has moved its clocks, Europe not yet
    assert "5 hours apart" in score_pair(lisbon, new_york, now=NOW).reasons
    assert "4 hours apart" in score_pair(lisbon, new_york, now=march).reasons


def test_meeting_formats_must_share_one():
    seeker = mentee(meeting_formats=["video", "in_person"])
    shared = score_pair(seeker, mentor(10, meeting_formats=["in_person", "phone"]), now=NOW)
    disjoint = score_pair(seeker, mentor(11, meeting_formats=["phone"]), now=NOW)
    open_to_any = score_pair(seeker, mentor(12, meeting_formats=[]), now=NOW)
    assert (shared.components["formats"], disjoint.components["formats"], open_to_any.components["formats"]) == (
        1,
        0,
        1,
    )
    assert "both prefer in person" in shared.reasons
    assert "no common meeting format (prefers phone)" in disjoint.reasons


def test_shared_values_and_interests_use_the_dice_coefficient():
    match = score_pair(mentee(), mentor(10, values=["Honesty", "craft"], interests=["chess", "running"]), now=NOW)
    assert match.components["values"] == pytest.approx(2 * 2 / (3 + 4), abs=1e-4)
    assert "you share: honesty, chess" in match.reasons


def test_reasons_name_the_covered_skills_with_their_levels():
    daniel = mentor(10, skills_offered=skills(("Product Management", "expert"), ("stakeholder management", "advanced")))
    match = score_pair(mentee(), daniel, now=NOW)
    assert match.reasons[0] == (
        "covers 2 of your 3 skill gaps: product management (expert), stakeholder management (advanced)"
    )


def test_reasons_are_ordered_by_their_contribution_to_the_score():
    far_but_skilled = mentor(
        10,
        timezone="Asia/Tokyo",
        skills_offered=skills(("product management", "expert"), ("stakeholder management", "expert")),
        values=["curiosity"],
    )
    match = score_pair(mentee(), far_but_skilled, now=NOW)
    assert match.reasons == [
        "covers 2 of your 3 skill gaps: product management (expert), stakeholder management (expert)",
        "both prefer video",
        "you share: curiosity",
        "has room for 2 more mentees",
        "9 hours apart",
        "speaks English with you",
    ]


def test_similar_focus_names_shared_words_of_the_goal_text():
    seeker = mentee(skills_sought=[], goal_text="I want to lead a payments analytics team and hire well.")
    texts = [
        "Head of analytics for a payments company; I built the team from two to twelve.",
        "Orchestra conductor and composer.",
        "Payments product lead.",
    ]
    index = MentorIndex([mentor(10 + i, expertise_text=t) for i, t in enumerate(texts)], now=NOW)
    results = by_id(index.score(seeker))
    assert results[10].components["goals_text"] > 0
    assert results[12].components["goals_text"] > 0
    assert results[11].components["goals_text"] == 0
    assert not any(r.startswith("similar focus") for r in results[11].reasons)
    focus = next(r for r in results[10].reasons if r.startswith("similar focus: "))
    assert set(focus.removeprefix("similar focus: ").split(", ")) == {"payments", "analytics", "team"}


def test_the_score_is_the_rounded_weighted_mean_of_the_components():
    daniel = mentor(
        10, skills_offered=skills(("public speaking", "advanced")), timezone="Asia/Kolkata", values=["craft"]
    )
    match = score_pair(mentee(goal_text="Speak at a conference"), daniel, now=NOW)
    weights = DEFAULT_WEIGHTS.to_dict()
    mean = sum(weights[c] * v for c, v in match.components.items()) / sum(weights[c] for c in match.components)
    assert set(match.components) == {"skills", "goals_text", "values", "timezone", "formats", "capacity"}
    assert abs(match.score - 100 * mean) <= 0.5


def test_components_the_mentee_gave_nothing_for_are_left_out():
    blank = mentee(skills_sought=[], goal_text="", values=[], interests=[], meeting_formats=[], timezone="")
    match = score_pair(blank, mentor(10), now=NOW)
    assert match.components == {"capacity": 0.75}
    assert match.score == 75


def test_index_score_and_score_pair_agree():
    rng = random.Random(7)
    names = ["SQL", "product management", "stakeholder management", "public speaking", "negotiation", "Python"]
    zones = ["Europe/London", "Asia/Tokyo", "America/Los_Angeles", "Pacific/Auckland", "Asia/Kolkata"]
    mentors = [
        mentor(
            10 + i,
            skills_offered=skills(*((n, rng.choice(["beginner", "advanced", "expert"])) for n in rng.sample(names, 2))),
            expertise_text=rng.choice(["Head of product at a payments firm", "Data lead; SQL and Python", "Coach"]),
            values=rng.sample(["curiosity", "honesty", "craft"], 2),
            timezone=rng.choice(zones),
            capacity_left=rng.choice([0, 1, 3]),
            languages=rng.choice([["English"], ["Portuguese"], ["French"]]),
        )
        for i in range(30)
    ]
    seeker = mentee(goal_text="Move into product management at a payments company; learn SQL.")
    index = MentorIndex(mentors, now=NOW)
    for match in index.score(seeker, include_ineligible=True):
        pair = score_pair(seeker, next(m for m in mentors if m["id"] == match.mentor_id), index=index)
        assert pair == match
    alone = score_pair(seeker, mentors[0], now=NOW)
    assert alone == MentorIndex([mentors[0]], now=NOW).score(seeker, include_ineligible=True)[0]


def test_score_matrix_has_one_row_per_mentee_and_marks_ineligible_pairs():
    mentors = [mentor(10), mentor(11, languages=["French"]), mentor(12, capacity_left=0)]
    mentees = [mentee(id=1), mentee(id=2, languages=["French"]), mentee(id=10)]
    index = MentorIndex(mentors, now=NOW)
    matrix = index.score_matrix(mentees)
    assert matrix.shape == (3, 3)
    assert (matrix < 0).tolist() == [[False, True, True], [True, False, True], [True, True, True]]
    assert matrix[matrix >= 0].max() <= 100
    assert round(matrix[0, 0]) == index.score(mentees[0])[0].score


def test_weights_change_the_ranking():
    skilled_far = mentor(10, timezone="Asia/Tokyo", skills_offered=skills(("public speaking", "expert")))
    near = mentor(11, timezone="Europe/Lisbon")
    index = MentorIndex([skilled_far, near], now=NOW)
    assert [m.mentor_id for m in index.score(mentee())] == [10, 11]
    by_timezone = Weights(skills=0.1, goals_text=0, values=0, timezone=1, formats=0, capacity=0)
    assert [m.mentor_id for m in index.with_weights(by_timezone).score(mentee())] == [11, 10]
    assert [m.mentor_id for m in MentorIndex([skilled_far, near], by_timezone, NOW).score(mentee())] == [11, 10]


def test_weights_round_trip_through_a_dict_and_reject_nonsense():
    weights = Weights.from_dict({"skills": 2, "timezone": "0.5"})
    assert weights.to_dict() == {**DEFAULT_WEIGHTS.to_dict(), "skills": 2.0, "timezone": 0.5}
    assert Weights.from_dict(weights.to_dict()) == weights
    for bad in ({"skils": 1}, {"skills": -1}, {"skills": float("nan")}, dict.fromkeys(DEFAULT_WEIGHTS.to_dict(), 0)):
        with pytest.raises(ValueError):
            Weights.from_dict(bad)


def test_scoring_is_deterministic_and_ties_go_to_the_lower_id():
    twins = [mentor(i) for i in (30, 10, 20)]
    first = MentorIndex(twins, now=NOW).score(mentee(), limit=2)
    again = MentorIndex(list(reversed(twins)), now=NOW).score(mentee(), limit=2)
    assert first == again
    assert [m.mentor_id for m in first] == [10, 20]


def test_limit_keeps_the_best_first():
    mentors = [mentor(10 + i, skills_offered=skills(("public speaking", "expert"))[: i % 2]) for i in range(10)]
    index = MentorIndex(mentors, now=NOW)
    everyone = index.score(mentee())
    assert [m.score for m in everyone] == sorted((m.score for m in everyone), reverse=True)
    assert index.score(mentee(), limit=3) == everyone[:3]
    assert index.score(mentee(), limit=0) == []


def test_a_page_lists_the_same_mentors_as_sorting_everyone_ties_included():
    rng = np.random.default_rng(7)
    ids = rng.permutation(200) + 1000
    rank = rng.integers(0, 5, 200).astype(np.float64)  # few distinct scores: ties on every page boundary
    candidates = np.flatnonzero(rng.random(200) < 0.8)
    everyone = candidates[np.lexsort((ids[candidates], -rank[candidates]))]
    for limit in (0, 1, 20, 40, len(candidates), len(candidates) + 5):
        assert best_first(candidates, rank, ids, limit).tolist() == everyone[:limit].tolist()
    assert best_first(candidates, rank, ids).tolist() == everyone.tolist()


def test_the_shown_rows_are_explained_with_the_ranking_s_own_numbers():
    mentors = [mentor(10 + i, skills_offered=skills(("public speaking", "expert"))[: i % 2]) for i in range(6)]
    index = MentorIndex(mentors, now=NOW)
    evaluated = index.evaluate(mentee())
    shown = index.matches(evaluated, [4, 1])
    assert [m.mentor_id for m in shown] == [14, 11]
    ranked = {m.mentor_id: m for m in index.score(mentee())}
    assert shown == [ranked[14], ranked[11]]
    assert [math.floor(evaluated.scores[r] + 0.5) for r in (4, 1)] == [m.score for m in shown]


def test_empty_inputs_do_not_crash():
    assert MentorIndex([], now=NOW).score(mentee()) == []
    assert MentorIndex([], now=NOW).score_matrix([mentee()]).shape == (1, 0)
    index = MentorIndex([{"id": 10}, mentor(11, timezone="Not/AZone", skills_offered=[{"name": ""}])], now=NOW)
    assert index.score_matrix([]).shape == (0, 2)
    assert [m.eligible for m in index.score({}, include_ineligible=True)] == [False, False]
    match = score_pair({"languages": ["English"]}, {"id": 10, "languages": ["english"]}, now=NOW)
    assert match.eligible
    assert 0 <= match.score <= 100
    assert isinstance(index.score_matrix([mentee()]), np.ndarray)
