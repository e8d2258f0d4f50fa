"""Session 10, third cycle: kinds of wording the behavioural reading got wrong on rounds zq, zr, zs, zv, zza."""

import pytest

from mentorhub.coach.feedback import assess_feedback


@pytest.mark.parametrize(
    "text",
    [
        # A trait after a degree adverb the list did not know ("far too", "way too", "overly", "extremely").
        "In the budget review you were way too defensive when Sam asked about overtime.",
        "At the parents' evening you were extremely abrupt with the Hassans.",
        "She was overly bossy with the volunteers at the fete on Sunday.",
        # A bare trait after a frequency word heading a clause, aimed at a thing ("Sometimes careless with...").
        "Often careless with the cash-up sheets. Count the float twice before you sign.",
        "Good week overall. Often a bit lazy with my reading log though.",
        "Occasionally forgetful about the fridge checks.",
        # An effort exhortation in the second person names no action.
        "You need to step up.",
        "You have to work harder.",
        "You need to try harder this term.",
        # A disposition named as a gift ("good instincts") judges the person.
        "Good instincts with the patients, but your notes are thin.",
        # Contractions written without the apostrophe ("Hes", "shes", "youre"), and "a hard worker".
        "Shes a hard worker, never misses a shift.",
        "Youre so lazy with the washing up.",
    ],
)
def test_a_verdict_on_the_person_is_not_behavioural(text):
    assert assess_feedback(text).behavioural is False


@pytest.mark.parametrize(
    "text",
    [
        # An activity noun heading a sentence is not a person's name ("Dispensing was sloppy", "Plating was careless").
        "Plastering was sloppy in the back bedroom: the corners are rough. Go over them with a float before Friday.",
        "Documentation was careless on Tuesday's round, two charts had no times.",
    ],
)
def test_a_verdict_on_an_activity_is_behavioural(text):
    assert assess_feedback(text).behavioural is True


@pytest.mark.parametrize(
    "text",
    [
        # An occasion with a date after its head is still an occasion ("the call on 12th May was fine").
        "The call on 12th May was fine I suppose.",
        "The workshop on 3 June was really helpful.",
    ],
)
def test_a_verdict_on_a_dated_occasion_names_nothing_done(text):
    assert assess_feedback(text).behavioural is False


@pytest.mark.parametrize(
    "text",
    [
        # Blame of a whole piece of work names no feature of it, like "your cake was lovely".
        "The Harrogate refit was a shambles from start to finish.",
        "Your report was a complete mess.",
        "That presentation was dreadful.",
    ],
)
def test_a_whole_verdict_on_the_work_names_no_feature(text):
    assert assess_feedback(text).behavioural is False


def test_a_whole_verdict_with_what_made_it_so_is_behavioural():
    assert assess_feedback("Your spreadsheets are always a nightmare to follow.").behavioural is True
