"""Balanced, fourth cycle: kinds of wording missed on sealed rounds zw/zx and round zzd, in new phrasings."""

import pytest

from mentorhub.coach.feedback import assess_feedback


@pytest.mark.parametrize(
    "text",
    [
        "Label the axes on every chart, otherwise the lab write-up was excellent.",
        "Speak up a little when you take questions, otherwise your pitch on Friday was really clear.",
    ],
)
def test_a_fix_then_otherwise_praise_reads_balanced(text):
    assert assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "The toast at the dinner landed well with the guests. Watch the pace - you sped up at the end.",
        "Your answers in the panel interview were thorough. Watch your timing.",
    ],
)
def test_praise_then_a_bare_warning_reads_balanced(text):
    assert assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "You're a gem, but the stock count on aisle 4 was off by twenty boxes. Count twice before you submit.",
        "Honestly she is a star but her timesheets for March were wrong again.",
    ],
)
def test_praise_of_the_person_as_a_noun_beside_a_fault_reads_balanced(text):
    assert assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Your risk register is thorough and the owners are all named. Could you add a review date to each row?",
        "The menu costings were accurate. Can you list the allergens on the back page as well?",
    ],
)
def test_praise_then_a_polite_request_to_change_reads_balanced(text):
    assert assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Update: finished the survey design and got ethics approval. The recruitment is stalled, no replies yet.",
        "Passed the mock exam on Tuesday. Still stuck on the integration questions though.",
    ],
)
def test_a_win_and_being_stuck_in_an_update_reads_balanced(text):
    assert assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "The audit file you prepared was complete and well indexed; the partner had no amendments.",
        "You write clean code and your pull requests rarely need rework.",
    ],
)
def test_praise_that_nothing_came_back_is_not_a_fault(text):
    assert not assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Your lab reports are precise and your figures seldom need redrawing.",
        "The bathroom tiling you did in the Shah flat was neat and still watertight after the flood test.",
        "Some of the parent feedback was critical, but it went well.",
    ],
)
def test_praise_with_a_fault_word_that_names_no_fault_is_not_balanced(text):
    assert not assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "An absolute angel with the toddlers, just needs to log the nappy changes.",
        "Such a godsend on the night shift, but the drug fridge log was blank twice.",
    ],
)
def test_a_fond_noun_for_the_person_beside_a_fault_reads_balanced(text):
    assert assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "The incident log is tidy and every entry is timed. Could you put the collar number on each line too?",
        "Your invoices are accurate and go out on time. Would you write the PO number on the first page?",
    ],
)
def test_praise_then_a_polite_request_for_a_change_reads_balanced(text):
    assert assess_feedback(text).balanced
