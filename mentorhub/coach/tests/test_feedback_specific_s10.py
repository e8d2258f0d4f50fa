"""Session 10, specific: moments inside advice or habits are any such moment; named pieces of work are one."""

import pytest

from mentorhub.coach.feedback import assess_feedback


@pytest.mark.parametrize(
    "text",
    [
        "After every home visit, write up the notes in the system before you drive to the next family.",
        "If you get stuck on a ticket, post in the team channel before you spend a whole afternoon on it.",
        "Have you thought about calling the supplier before the delivery instead of waiting for it?",
        "You tend to leave the till drawer open for the next shift.",
        "Far too much time on your phone during service.",
        "Bit too quiet on shift, otherwise reliable and quick with the orders.",
        "You keep forgetting to sign the drugs book at the end of a round.",
    ],
)
def test_a_moment_inside_advice_or_a_habit_is_not_taken_as_one_situation(text):
    assert assess_feedback(text).specific is False


@pytest.mark.parametrize(
    "text",
    [
        "This tender for Brookfield Council went in with the old rates card.",
        "The extension at the Mills is out of level by 2cm.",
        "The Morgan christening cake - icing cracked, sponge sunk in the middle.",
        "Invoice 4471 to Carter Roofing had the wrong VAT number.",
        "Shed roof on plot 9 is leaking.",
        "Patio by the back door's sloping the wrong way.",
        "That press release for the Dunmore launch went out with a typo in the headline.",
    ],
)
def test_a_named_piece_of_work_reads_as_specific_without_a_date(text):
    assert assess_feedback(text).specific is True


@pytest.mark.parametrize(
    "text",
    [
        "kindly check the fuses before leaving the site going forward",
        "From now on label every sample tube before closing the fridge.",
        "Sergeant Hale is brave and dependable, a real asset to the watch, but can be hot-headed with the public.",
        "Officer Dunn is loyal and honest, a credit to the station, though can be stubborn with colleagues.",
    ],
)
def test_a_rule_for_the_future_or_a_character_reference_points_at_no_moment(text):
    assert assess_feedback(text).specific is False


@pytest.mark.parametrize(
    "text",
    [
        "Gave my first solo talk to the whole department today!!",
        "Site map is clear, parking shown on p.3, fine otherwise.",
        "Dental appointment today was alright I suppose.",
    ],
)
def test_a_first_time_a_page_reference_or_a_named_visit_today_is_one_situation(text):
    assert assess_feedback(text).specific is True


@pytest.mark.parametrize(
    "text",
    [
        "This month's payroll went out late.",
        "Last quarter's forecast was way off on the Midlands numbers.",
        "this week's rota has two people on the same slot",
    ],
)
def test_work_dated_by_its_period_is_one_piece(text):
    assert assess_feedback(text).specific is True
