"""Feedback written in a fixed format is read by its headings and marks: each side counts only when its section
names something."""

import pytest

from mentorhub.coach.feedback import assess_feedback, normalise
from mentorhub.coach.note_formats import note_sides
from mentorhub.coach.tests.stated import stated_or_asked


@pytest.mark.parametrize(
    "text",
    [
        "Glow: the seating plan in Tuesday's Y8 lesson got the back row talking. Grow: the starter ran 15 minutes.",
        "Rose - lambing checks all logged / Thorn - pen 4 water trough empty on Sunday / Bud - try the new feeder",
        "Stop: taking calls at the till. Start: greeting people at the door. Continue: the tidy stockroom.",
        "Pros: the cash-flow model for the bakery loan is clear. Cons: the rent assumption is last year's.",
        "Strengths: calm with anxious patients. Areas to develop: handover notes at the end of the night shift.",
        "+ clean welds on the gate hinges - grinder left plugged in on the bench -> unplug before you walk away",
        "Site audit Fri: \u2713 harnesses \u2713 edge protection \u2717 ladder not tied at scaffold bay 3",
        "Done: first two chapters of the manual translated. Not done: the glossary.",
        "Call review: Opening 2/2, Listening 2/2, Resolution 1/4, Close 1/2.",
        "Punctuality: Excellent. Record keeping: Needs improvement. Customer care: Good.",
        "What I achieved: my forklift ticket on the 3rd. What I'd do differently: book the refresher sooner.",
        "Q1 What did they do well? Kept the minutes short. Q2 What could be better? Send them within a day.",
        "PR checklist: [x] tests pass [x] changelog \u2717 the retry loop swallows the timeout on line 40",
        "\U0001f44d greeting at the door \U0001f44d card machine charged \U0001f44e fitting-room queue ran to 20 mins",
        "Cleaning audit, kitchen 2: Floors: clean. Extractor filters: dirty. Bins: clean.",
    ],
)
def test_a_note_with_both_sides_filled_is_balanced(text):
    sides = note_sides(normalise(text))
    assert sides is not None and sides.worked and sides.improve
    assert stated_or_asked(assess_feedback(text), "balanced", True)


@pytest.mark.parametrize(
    "text",
    [
        # The side to improve left empty, in the ways people leave it.
        "Pros: the budget tables for the food bank bid were spot on. Cons: none that I noticed.",
        "WWW: the whole pitch to the parish council, honestly. EBI: can't think of anything!",
        "Keep: the warm welcome at reception. Change: n/a",
        "Glow: everything on Saturday's match. Grow: -",
        # The side that worked left empty.
        "Glow: n/a Grow: the float was £15 down on Thursday and £10 on Saturday. Count it with a supervisor.",
        "What went well: Even better if: the minutes went out within a day",
        "Stop: talking over the junior staff. Start: asking them first. Continue: nothing this time",
        "Done: nothing this month, off sick \U0001f912 Not done: the quarterly VAT return.",
        "Worked: the new rota for the half-term holiday club, every slot covered. Didn't:",
        "Plus: nothing I can see. Minus: the tender pack went out without the price schedule.",
        "Q1 What did they do well? Great energy! Q2 What could be better? Nothing really, keep it up",
    ],
)
def test_a_note_with_one_side_empty_is_not_balanced(text):
    sides = note_sides(normalise(text))
    assert sides is not None and not (sides.worked and sides.improve)
    assert stated_or_asked(assess_feedback(text), "balanced", False)


@pytest.mark.parametrize(
    "text",
    [
        # A plus that joins two things, a dash between clauses and a heading word inside a sentence are no format.
        "Pt in bay 2 - you didn't check allergies + meds before the injection. Ask every time.",
        "We had to stop: the rain came in through the roof of the workshop on Monday.",
        # One heading alone says nothing about the other side.
        "Great session on Tuesday. Next steps: book the venue for the spring fair.",
        # A date and a total are no score sheet.
        "Shift on 14/11 was fine, 6/12 tables turned by nine.",
    ],
)
def test_prose_is_not_read_as_a_note(text):
    assert note_sides(normalise(text)) is None


def test_a_plan_beside_what_worked_is_left_to_the_words():
    # "Bud" may carry on what worked or correct it: the note's format alone does not say which.
    sides = note_sides("Rose: the choir's anthem on Sunday. Bud: the carol service rota.")
    assert sides is not None and sides.worked and sides.next_step and not sides.improve


def test_a_section_on_neither_side_is_left_to_the_words():
    # "Overall:" heads no side; its words may be the praise the note lacks.
    sides = note_sides("Overall: a strong first term. Keep: - Improve: mark the Year 9 books within a week.")
    assert sides is not None and sides.improve and not sides.worked and sides.other
