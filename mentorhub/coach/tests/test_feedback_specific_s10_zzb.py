"""Session 10 (fourth cycle), specific: a rule opened by "if/when <someone else> ..." followed by an instruction
is any such occasion; a piece of work or an occasion followed by "today" / "this afternoon" is one moment."""

import pytest

from mentorhub.coach.feedback import assess_feedback


@pytest.mark.parametrize(
    "text",
    [
        "If a customer asks for a refund after 30 days, call the duty manager before the second visit.",
        "When a parent rings in upset, take their number and call back after the first lesson.",
        "If the courier turns up late, note it on the sheet and tell the team at the morning briefing.",
    ],
)
def test_a_rule_opened_by_if_or_when_about_someone_else_names_no_moment(text):
    assert assess_feedback(text).specific is False


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam, your presentation today had lots of good ideas, but you seemed nervous. Good effort!",
        "The mock interview this afternoon went ok, you looked a bit unsure of yourself at times.",
        "Your talk this evening showed real promise, I think you just need more confidence.",
    ],
)
def test_an_occasion_followed_by_today_or_this_afternoon_names_one_moment(text):
    assert assess_feedback(text).specific is True


@pytest.mark.parametrize(
    "text",
    [
        "Your site reports are clear and your photos look sharp. Could you add the plot number to every photo?",
        "Your client emails are friendly and your replies go out fast. Can you add the ticket link at the bottom?",
        "His lab write-ups are tidy and his graphs read well. Label the axes with units on every graph.",
    ],
)
def test_praise_of_someones_works_in_general_then_a_request_names_no_piece(text):
    assert assess_feedback(text).specific is False
