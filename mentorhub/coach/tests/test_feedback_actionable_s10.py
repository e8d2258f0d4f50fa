"""Session 10: kinds of wording the actionable reading missed or over-read on fresh rounds."""

import pytest

from mentorhub.coach.feedback import assess_feedback


@pytest.mark.parametrize(
    "text",
    [
        # A suggestion hedged as what could have been done.
        "The quiz night could have had a couple more tables near the bar?",
        "Could have used a bigger font on the menu boards maybe.",
        "Might be worth a quick word with the cleaners about the sluice room?",
        "Worth a second check of the meter readings before you file them.",
        "Have you tried the booking form on an old laptop? The submit button overlaps the footer.",
        "Ideally the risk log would sit at the front of the folder.",
        # A plan after a struggle, without "my" or "the".
        "Still slow on the scaffold inspections. Plan is to shadow Gareth on Thursday and Monday.",
        # Advice about a named third person.
        "Mrs Okafor should phone the parents the same day an incident is logged.",
        "Good lad, needs to stop arguing with the linesman.",
        # Non-native imperatives: "is necessary to", "could you" with a verb the lists lack.
        "The welds on bracket 4 are porous, is necessary to grind them back and weld again.",
        "is important to check the tyre pressures on every van after the weekend",
        "Nice photos for the menu. The prices are hard to read, could you bump them up a size?",
        # Terse advice.
        "write shorter emails. three lines max",
        "fewer meetings pls. two a week is plenty",
    ],
)
def test_a_next_step_in_hedged_terse_or_non_native_wording_reads_as_actionable(text):
    assert assess_feedback(text).actionable


@pytest.mark.parametrize(
    "text",
    [
        # Effort with no action in it.
        "Need to improve on planning and punctuality.",
        "Need to improve time management.",
        "could do a bit more tbh",
        "He could contribute more.",
        "Keep on doing whatever you're doing, it's great!",
        "Files are missing signatures in several places. Please be careful.",
        # A request to a third party is not advice to the person.
        "Kindly consider Mr Osei for the annual service award, he ran the night shift alone for a month.",
        # Sarcasm and small talk are not next steps.
        "Oh lovely, the printer jammed again at 4:55. Love that for us.",
        "mashallah the henna for the wedding was beautiful, everyone asked who did it",
        "Good chat today about the pipeline, you're getting there. Let's catch up in two weeks.",
        "- always on time - apron clean - till counts need work",
        "Met 4 suppliers this week, three were fine. Second one ignored my emails for a week.",
        # Hedged wording about an outcome or effort, not a step.
        "We could have had a better result on Saturday.",
        "Have you tried your best? Not really.",
        "Ideally it would have been finished by now.",
    ],
)
def test_effort_requests_to_others_and_small_talk_are_not_a_next_step(text):
    assert not assess_feedback(text).actionable
