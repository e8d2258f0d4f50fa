"""Session 10, fourth cycle: behavioural misses of the sealed rounds, as new phrasings of the same kinds."""

import pytest

from mentorhub.coach.feedback import assess_feedback


@pytest.mark.parametrize(
    "text",
    [
        # "need" is no past-tense deed: "we need to fix" names nothing done.
        "The quiz night was a success, well done! We need to iron out a couple of things though.",
        "Decent start overall, though we need to talk about a few bits.",
        # "you did fine / ok / well" is praise of nobody knows what.
        "You did fine overall, but there is room to grow.",
        "He did ok this term but there's more in him.",
        # A whole occasion or "your work" judged as fine or good names no feature of it.
        "Monday's safety briefing was good but could have been better in places.",
        "Your work is great, but I know you can go further.",
        "The open evening was fine, nothing special.",
    ],
)
def test_vague_verdicts_on_an_occasion_or_on_effort_are_not_read_as_behaviour(text):
    assert assess_feedback(text).behavioural is False


@pytest.mark.parametrize(
    "text",
    [
        # The same shapes naming a deed or a feature stay behavioural.
        "We need the sign-off sheet back by Friday; you left the totals column empty.",
        "You did well on the audit: every invoice was matched to its order.",
        "The briefing notes you wrote were clear and short.",
        "Your work on the rota was accurate and on time.",
        "The report could have been better structured, the summary is buried on page 4.",
        "You needed three attempts at the cannula on Tuesday; practise on the arm model.",
    ],
)
def test_deeds_and_features_in_the_same_shapes_stay_behavioural(text):
    assert assess_feedback(text).behavioural is True
