from mentorhub.health.score import score


def test_regular_prepared_well_rated_pair_is_thriving():
    health = score(
        cadence_days=14,
        days_since_start=120,
        days_since_last_meeting=10,
        meetings_held=8,
        meetings_with_agenda=7,
        action_items_due=10,
        action_items_done_on_time=9,
        ratings=[4, 5, 5, 4, 5],
        response_hours=[5, 20, 12],
    )
    assert health.level == "thriving" and health.score >= 80
    assert "Last met 10 days ago; you agreed every 14 days" in health.reasons


def test_three_missed_cadences_is_stalled_even_with_good_ratings():
    health = score(cadence_days=14, days_since_start=200, days_since_last_meeting=50, meetings_held=3,
                   meetings_with_agenda=3, ratings=[5, 5, 5])  # fmt: skip
    assert health.level == "stalled"
    assert health.next_step.startswith("Find a date")


def test_falling_ratings_are_named_and_lower_the_score():
    rising = score(cadence_days=30, days_since_start=200, days_since_last_meeting=20, ratings=[2, 2, 2, 4, 4, 5])
    falling = score(cadence_days=30, days_since_start=200, days_since_last_meeting=20, ratings=[5, 5, 4, 2, 2, 3])
    assert any("falling" in r for r in falling.reasons) and any("rising" in r for r in rising.reasons)
    assert falling.score < rising.score


def test_without_an_agreement_the_next_step_is_to_write_one():
    health = score(days_since_start=10)
    assert health.next_step.startswith("Write and confirm an agreement")


def test_slow_replies_and_missed_action_items_lower_the_level():
    good = score(cadence_days=30, days_since_start=90, days_since_last_meeting=20)
    poor = score(cadence_days=30, days_since_start=90, days_since_last_meeting=20, action_items_due=6,
                 action_items_done_on_time=1, response_hours=[150, 170])  # fmt: skip
    assert good.level == "thriving" and poor.score < 65 and poor.level != "thriving"
