"""Balanced, second cycle (session 10): kinds of wording seen on sealed rounds, in new phrasings."""

import pytest

from mentorhub.coach.feedback import assess_feedback


@pytest.mark.parametrize(
    "text",
    [
        "He's great on the tills, not so great on the stock counts.",
        "Your sketches are lovely, the colouring is not very neat.",
        "The minutes were accurate, only the action list isn't clear about owners.",
    ],
)
def test_praise_beside_a_negated_word_of_praise_reads_balanced(text):
    assert assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Nice attitude, needs more polish.",
        "Good try overall, could be better.",
        "Lovely lad to have around but needs improvement.",
        "Decent effort, could have been a bit tighter in places.",
    ],
)
def test_vague_praise_with_a_criticism_that_names_nothing_is_not_balanced(text):
    assert not assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "You were too chatty during the fire drill briefing. Keep it to the exits and the muster point next time.",
        "Honestly you're better than this. The stock sheet for aisle 4 was half filled, finish it before you go home.",
        "The delivery log for Tuesday had no signatures. In future kindly sign each line when the van arrives.",
    ],
)
def test_a_fault_with_a_fix_and_no_real_praise_is_not_balanced(text):
    assert not assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Residents like how you chat to them during meals, your care notes are often late tho.",
        "Review note: Tom exceeded his sales target in May. His record keeping remains an area for development.",
        "Clear, well argued essay on the Tudors. Bit repetitive.",
        "Good thorough handover notes, a little long-winded.",
    ],
)
def test_praise_and_a_named_fault_in_other_registers_read_balanced(text):
    assert assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Sorry to say but the cash count for the Leeds branch has a discrepancy, please recount with the supervisor.",
        "I hate to say it but the petty cash for March does not tally, kindly check the receipts again and revert.",
    ],
)
def test_a_hedged_fault_with_nothing_that_worked_is_not_balanced(text):
    assert not assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Nice stroke, keep your head down on the turn and kick from the hip instead of the knee.",
        "Nice footwork, keep your guard up on the jab and step left instead of back.",
    ],
)
def test_praise_then_a_comma_and_a_fix_to_do_differently_reads_balanced(text):
    assert assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Your plastering is smooth and even, just watch the drips on the skirting.",
        "Lovely curry, careful with the salt in the rice.",
        "Confident delivery in the moot, mind your speed when you quote the cases.",
    ],
)
def test_praise_with_a_hedged_warning_reads_balanced(text):
    assert assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "At Friday's briefing you presented the rota without the weekend cover. Add it before it goes out on Monday.",
        "During the walkround the loading bay shutter was propped open. Staff are to be reminded at the huddle.",
    ],
)
def test_a_deed_done_without_its_part_or_a_thing_left_open_is_a_fault_not_praise(text):
    assert not assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Patients appreciate the way you explain their meds; your charting is often incomplete.",
        "Lovely clear diagrams, the labels are illegible in places.",
        "The quiz was a great idea, the answer sheet was inaccurate for question 4.",
    ],
)
def test_praise_beside_a_fault_said_with_a_negative_prefix_reads_balanced(text):
    assert assess_feedback(text).balanced


def test_never_better_is_praise_not_a_fault():
    assert not assess_feedback("Your stall at the Sunday market looked amazing, never better.").balanced
