"""Session 10, fourth cycle: kinds of wording the actionable reading missed or over-read (rounds zw, zx, zze)."""

import pytest

from mentorhub.coach.feedback import assess_feedback


@pytest.mark.parametrize(
    "text",
    [
        # A labelled piece of advice: "My suggestion: <a step>", with a verb the lists may not know.
        "Good first week. My advice: shadow Aisha on the early shift before you open up alone.",
        "Top tip: photograph every meter before you touch it.",
        # First-person advice verbs aimed at the person.
        "I'd recommend you skim the style guide before the next draft.",
        "I would advise you to phone the landlord before the inspection.",
        "We'd suggest you pilot the survey with five people first.",
        # Wanting the person to do something.
        "I'd like you to lead the Monday huddle next week.",
        "I want you to shadow Dev on two night shifts.",
        # A hedged imperative after a dash, with a verb the lists may not know.
        "The intro is strong. The middle section drags a bit - maybe trim the case studies to one each?",
        "Your spreadsheet works but the tabs are a maze — perhaps colour-code them by quarter.",
    ],
)
def test_labelled_recommended_wanted_or_hedged_steps_read_as_actionable(text):
    assert assess_feedback(text).actionable


@pytest.mark.parametrize(
    "text",
    [
        # "Sort it out", "don't do that again": a telling-off that names no step.
        "Sloppy week. Sort yourself out.",
        "Untidy and late again. Get it together.",
        "Please do not do that again.",
        "honestly u are amazing, never change",
        "You're perfect, don't change a thing!",
        # An improvement area with a modal and a subject.
        "Polite lad, but he must improve his attendance.",
        "She should improve her timekeeping.",
        # Unnamed things to fix.
        "Good turnout on Sunday. There are some issues we need to address before the next one.",
        "Decent first draft, a couple of things you should fix.",
    ],
)
def test_telling_offs_and_unnamed_fixes_are_not_a_next_step(text):
    assert not assess_feedback(text).actionable


@pytest.mark.parametrize(
    "text",
    [
        # A diary update with the subject dropped opens on an irregular past tense, not an instruction.
        "Understood the VAT return properly at last, though I still forgot the receipts folder.",
        "Forgot the float again on Saturday, so the till was out by a tenner.",
        "Drove the forklift for the first time on Monday. Bit jerky.",
    ],
)
def test_a_diary_line_opening_on_an_irregular_past_tense_is_not_a_next_step(text):
    assert not assess_feedback(text).actionable


@pytest.mark.parametrize(
    "text",
    [
        # "Be a little more X" with any degree word is still a change of manner, not a step.
        "Perhaps try to be a little more assertive with suppliers?",
        "Try and be slightly more organised.",
        # "Speak up more" says more of something unnamed.
        "Lovely manner with the kids but quite quiet in planning meetings. Speak up more.",
        "Participate more in seminars.",
    ],
)
def test_more_of_a_manner_or_of_taking_part_is_not_a_next_step(text):
    assert not assess_feedback(text).actionable
