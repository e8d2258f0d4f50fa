"""Session 10 (third cycle), specific: "never" in a report of what happened is one missed deed, not a rule;
"this time" in a report is the latest attempt; "today meeting" without the possessive is still today's meeting."""

import pytest

from mentorhub.coach.feedback import assess_feedback


@pytest.mark.parametrize(
    "text",
    [
        "The tenant at the Okafor flat never received the deposit certificate. Post it first class today.",
        "Our supplier never got the signed purchase order, so the pallets did not ship. Resend it now.",
        "The patient in the Lindqvist referral never had the follow-up letter sent. Chase it with admin.",
    ],
)
def test_never_in_a_report_of_one_missed_deed_names_a_situation(text):
    assert assess_feedback(text).specific is True


@pytest.mark.parametrize(
    "text",
    [
        "The sponge rose evenly this time. Well done!",
        "This time you remembered to torque the wheel nuts, nice.",
        "Your scales were much steadier this time round.",
    ],
)
def test_this_time_in_a_report_names_the_latest_attempt(text):
    assert assess_feedback(text).specific is True


@pytest.mark.parametrize(
    "text",
    [
        "Next time, bring the spare charger.",
        "Never leave the till open when you step away.",
    ],
)
def test_rules_with_next_time_or_never_stay_unspecific(text):
    assert assess_feedback(text).specific is False


@pytest.mark.parametrize(
    "text",
    [
        "Yesterday team meeting your summary of the outage was very clear, thank you.",
        "Today clinic you took the history from Mrs Bello in good order.",
    ],
)
def test_today_or_yesterday_before_an_occasion_without_the_possessive_is_that_occasion(text):
    assert assess_feedback(text).specific is True


@pytest.mark.parametrize(
    "text",
    [
        "You smashed it this time!",
        "Wow, you were on fire this time.",
    ],
)
def test_praise_this_time_that_points_at_nothing_is_not_a_situation(text):
    assert assess_feedback(text).specific is False


@pytest.mark.parametrize(
    "text",
    [
        "Submitted the CIPD assignment on time and got a merit. Buzzing!",
        "Finished the AQA coursework draft, sent to Mrs Hill.",
    ],
)
def test_a_piece_of_work_named_by_an_acronym_is_one_piece(text):
    assert assess_feedback(text).specific is True


@pytest.mark.parametrize(
    "text",
    [
        "Have you considered doing the stock rotation on a Tuesday rather than at the weekend?",
        "Have you tried ringing the landlord on a Monday instead of emailing?",
        "I'd suggest you keep Wednesday mornings free for marking.",
        "I would suggest keeping Thursday afternoons for the supplier calls.",
    ],
)
def test_a_weekday_in_a_question_of_advice_or_a_suggestion_is_any_such_day(text):
    assert assess_feedback(text).specific is False
