"""Session 10 (second cycle), specific: a weekday or a place inside an instruction is any such day or place;
an event by its host's name and a numbered item are one."""

import pytest

from mentorhub.coach.feedback import assess_feedback


@pytest.mark.parametrize(
    "text",
    [
        "Please to submit the timesheet before Thursday noon and not on Monday morning.",
        "Try and get the delivery notes scanned the same day rather than on Tuesday in a batch.",
        "Kindly do the needful and lock the meter cupboard after closing the site going forward.",
        "Start: logging the returns at the counter. Stop: stacking boxes in bay 2. Continue: greeting regulars.",
        "• put on gloves for the sharps bin • keep the Omnicell drawer shut • sign the CD book pls",
    ],
)
def test_a_weekday_or_place_inside_an_instruction_is_not_one_situation(text):
    assert assess_feedback(text).specific is False


@pytest.mark.parametrize(
    "text",
    [
        "Good rhythm, keep the bow straight and lift the wrist every 4 bars instead of every 2.",
    ],
)
def test_a_frequency_with_a_number_is_not_a_numbered_place(text):
    assert assess_feedback(text).specific is False


@pytest.mark.parametrize(
    "text",
    [
        "The cake for the Kowalskis' wedding leaned badly by the speeches.",
        "Music at the Obi funeral was pitched well and the family thanked us.",
        "Ticket #3190 is well scoped, nicely done.",
        "i forgot to lock the tool store on tuesday, from now on i will check it before i leave",
    ],
)
def test_an_event_by_its_hosts_name_or_a_numbered_item_is_one_situation(text):
    assert assess_feedback(text).specific is True


@pytest.mark.parametrize(
    "text",
    [
        "Over the coming month, focus on getting the rota out by Thursday lunchtime.",
        "For the rest of term, try to get the reading logs signed by Friday.",
    ],
)
def test_an_instruction_after_a_lead_in_phrase_names_no_moment(text):
    assert assess_feedback(text).specific is False


@pytest.mark.parametrize(
    "text",
    [
        "For your next parents' evening, bring the reading records for each child.",
        "At the next site meeting, take the snag list and walk it with the foreman.",
    ],
)
def test_the_next_occasion_in_advice_is_any_upcoming_one(text):
    assert assess_feedback(text).specific is False


@pytest.mark.parametrize(
    "text",
    [
        "His obs on Bay 4 are always complete and charted on time.",
        "Your SQL queries are tidy but your Excel formulas are hard to follow.",
    ],
)
def test_a_habit_or_a_kind_of_work_in_general_is_not_one_piece(text):
    assert assess_feedback(text).specific is False


@pytest.mark.parametrize(
    "text",
    [
        "The flowers for the Nwosu wedding drooped before the speeches.",
        "Catering at the Brennan funeral ran out of sandwiches by two o'clock.",
        "At the Year 11 graduation the sound desk cut out twice.",
        "The raffle at the Rotary fundraiser raised less than we hoped because the tickets went on sale late.",
    ],
)
def test_a_family_or_community_event_is_one_occasion(text):
    assert assess_feedback(text).specific is True


@pytest.mark.parametrize(
    "text",
    [
        "Your GP referrals are thorough, well done.",
        "Honestly your CAD drawings are the neatest in the office.",
    ],
)
def test_a_tool_or_field_word_before_a_plural_is_a_kind_of_work(text):
    assert assess_feedback(text).specific is False


@pytest.mark.parametrize(
    "text",
    [
        "Quick feet on the pitch, but she switches off when the ball is on the other wing.",
        "Lovely touch on the pitch and he never stops running.",
    ],
)
def test_on_the_pitch_is_a_place_of_play_not_one_sales_pitch(text):
    # Never stated as one named piece of work; at most asked about where the rules leave it open.
    result = assess_feedback(text)
    assert result.specific is False or "specific" in result.unsure


@pytest.mark.parametrize(
    "text",
    [
        "You should think about applying for the Grade 7 post, you'd walk it.",
        "Have a look at the Band 5 post on the surgical ward, it would suit you.",
    ],
)
def test_a_job_post_by_its_grade_is_no_piece_of_work(text):
    assert assess_feedback(text).specific is False


@pytest.mark.parametrize(
    "text",
    [
        "The intake form is shorter now, but still too many questions on page 3.",
        "Good structure overall, though section 4 has far too much jargon.",
    ],
)
def test_too_much_in_a_numbered_part_is_a_fault_in_one_piece(text):
    assert assess_feedback(text).specific is True


@pytest.mark.parametrize(
    "text",
    [
        "Your witness statement reads well, but section 3 overstates it, it claims things the tenant never said.",
    ],
)
def test_never_in_another_clause_leaves_a_numbered_part_one_piece(text):
    assert assess_feedback(text).specific is True


@pytest.mark.parametrize(
    "text",
    [
        "Dear Kofi, kindly note the delivery docket for shipment 88213 was not stamped. Please stamp all dockets.",
        "The board pack is fine. Please add the cash-flow slide before Thursday's trustees meeting.",
        "Kindly consider Ms Afolabi for the team award, she closed the Wexford audit two weeks early.",
    ],
)
def test_a_reference_number_a_days_meeting_or_a_report_inside_a_request_is_one_situation(text):
    assert assess_feedback(text).specific is True
