"""How people really write goals (issue 17): feelings with stray numbers, named outcomes, holidays and seasons,
past and start dates. Dates follow the convention in mentorhub/coach/periods.py: a period ends on its last day."""

from datetime import date

import pytest

from mentorhub.coach.goals import assess_goal

TODAY = date(2026, 11, 30)


def _assess(text: str, today: date = TODAY):
    return assess_goal(text, today=today)


@pytest.mark.parametrize(
    "text",
    [
        "Feel 20% more confident when I talk to consultants.",
        "Be a calmer mum to my 2 kids.",
        "After 6 years in the job I want to finally enjoy it again.",
        "Be 20 % better at public speaking.",
        "In my 30 years in nursing I want to leave a legacy.",
    ],
)
def test_feelings_with_stray_numbers_are_neither_specific_nor_measurable(text):
    result = _assess(text)
    assert (result.specific, result.measurable) == (False, False)


@pytest.mark.parametrize(
    "text",
    [
        "Get promoted to Band 6 charge nurse.",
        "Make partner at the firm.",
        "Ship v2 of the invoicing API.",
        "Finish the walnut rocking chair I started in the workshop.",
        "Become tech lead of the mobile squad.",
        "Learn the first movement of the Moonlight Sonata.",
        "Qualify as a CIMA accountant.",
    ],
)
def test_named_outcomes_without_a_number_are_specific_and_measurable(text):
    result = _assess(text)
    assert (result.specific, result.measurable) == (True, True)


@pytest.mark.parametrize(
    "text",
    ["Get promoted.", "Keep working on my Spanish.", "Explore data science over the summer.", "Network more."],
)
def test_open_ended_activities_are_not_measurable(text):
    assert not _assess(text).measurable


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Finish the quilt before xmas.", "2026-12-25"),
        ("Paint the back fence over the Easter holidays.", "2027-04-05"),
        ("Apply to 10 agencies from April to September.", "2027-09-30"),
        ("Lose 10 kg by summer.", "2027-08-31"),
        ("Sell 50 diyas before Diwali.", "2027-10-29"),
        ("Cook iftar for my family once a week during Ramadan.", "2027-03-09"),
        ("Clear the backlog of 240 applications this financial year.", "2027-03-31"),
        ("Close £250k of new business in the 2027/28 financial year.", "2028-03-31"),
        ("Finish the coursework portfolio by the end of term.", "2026-12-20"),
        ("Introduce a reading corner by the February half-term.", "2027-02-20"),
        ("Launch the newsletter with 6 issues over the 2026/27 school year.", "2027-07-31"),
        ("Pass my CSCS test by the 15th.", "2026-12-15"),
        ("Pass the New York bar in July.", "2027-07-31"),
    ],
)
def test_holidays_seasons_and_school_and_financial_years_end_on_their_last_day(text, deadline):
    result = _assess(text)
    assert result.time_bound
    assert result.deadline == deadline


@pytest.mark.parametrize(
    "text",
    [
        "Publish two articles in peer-reviewed journals by March 2024.",
        "Deploy the new fraud-detection rules to production by the 1st of November 2026.",
    ],
)
def test_a_date_already_past_is_not_a_deadline(text):
    result = _assess(text)
    assert not result.time_bound
    assert result.deadline is None
    assert any("already passed" in hint for hint in result.hints)


@pytest.mark.parametrize(
    "text",
    [
        "Starting in January, go to the gym three days a week.",
        "Start the Mandarin evening course on 12 January 2027.",
    ],
)
def test_a_start_date_is_not_a_deadline(text):
    result = _assess(text)
    assert not result.time_bound
    assert any("when you start" in hint for hint in result.hints)


def test_a_start_date_with_a_length_gives_the_deadline():
    result = _assess("Complete the 10-week Mandarin evening course starting 12 January 2027.")
    assert result.time_bound
    assert result.deadline == "2027-03-23"


def test_today_is_the_persons_today():
    # 31 December in Auckland while it is still 30 December in London: "by the end of the year" is today there.
    assert _assess("Read 24 books by the end of the year.", today=date(2026, 12, 31)).deadline == "2026-12-31"
    assert not _assess("Read 24 books by 30 December 2026.", today=date(2026, 12, 31)).time_bound


@pytest.mark.parametrize(
    "text",
    ["Feel 20% more confident when I talk to consultants.", "Learn Python 3.", "Start a weekly life-drawing habit."],
)
def test_verdicts_people_split_on_are_not_confident_and_name_the_label(text):
    result = _assess(text)
    assert not result.confident
    assert result.unsure
    assert set(result.unsure) <= {"specific", "measurable", "time_bound"}


def test_a_plain_smart_goal_is_confident():
    result = _assess("Pass the NCLEX-RN on my first attempt by 30 June 2027.")
    assert result.confident
    assert result.unsure == []


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Land my first paying design client by Valentine's Day.", "2027-02-14"),
        ("Finish the costume before Halloween.", "2027-10-31"),
        ("Complete my MSc modules in semester 2 with a merit average.", "2027-05-31"),
        ("Finish the scarf I'm knitting for Mum by Mother's Day.", "2027-03-07"),
        ("Make 3 pieces of furniture for the craft fair at Whitsun.", "2027-05-16"),
        ("I aim to obtain the DELF B2 diploma until the end of juin 2027.", "2027-06-30"),
    ],
)
def test_named_days_numbered_semesters_and_foreign_month_names_are_deadlines(text, deadline):
    result = _assess(text)
    assert result.time_bound and result.deadline == deadline


def test_a_deadline_word_before_something_undated_is_a_question_not_a_verdict():
    result = _assess("Open the community fridge before the Harvest Supper.")
    assert "time_bound" in result.unsure


@pytest.mark.parametrize(
    "text",
    [
        "Take over as head coach of the U12 team.",
        "Make head of department.",
        "Get at least an A in chemistry.",
        "Get my Ofsted-style observation graded good or better.",
        "Learn the opening of Beethoven's Pathétique.",
    ],
)
def test_a_named_role_or_grade_is_a_result_without_a_number(text):
    result = _assess(text)
    assert (result.specific, result.measurable) == (True, True)


@pytest.mark.parametrize(
    "text",
    [
        "Do well at uni.",
        "Get my head around music theory.",
        "Make the kids love football.",
        "Stop drowning in paperwork.",
        "Make the house feel like home.",
    ],
)
def test_wishes_in_other_words_are_not_specific(text):
    assert not _assess(text).specific


@pytest.mark.parametrize(
    "text",
    [
        "Become a certified Scrum Master.",
        "Rebuild the clutch on my old Land Rover.",
        "I want to achiev the level B2 in french.",
        "Get my CSCS card sorted.",
    ],
)
def test_credentials_and_repairs_written_loosely_are_checkable_results(text):
    result = _assess(text)
    assert (result.specific, result.measurable) == (True, True)


@pytest.mark.parametrize(
    "text",
    [
        "Read around my dissertation topic.",
        "Get more organised in the new term.",
        "Start my master's in social work.",
    ],
)
def test_open_ended_reading_a_state_and_a_beginning_are_not_counted_as_done(text):
    assert _assess(text).measurable is False


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Look for a new job in the new year.", "2027-01-31"),
        ("Get more organised in the new term.", "2027-03-31"),
        ("Hand in the report untill 15 feburary 2027.", "2027-02-15"),
    ],
)
def test_the_new_year_the_new_term_and_misspelt_dates_are_deadlines(text, deadline):
    result = _assess(text)
    assert (result.time_bound, result.deadline) == (True, deadline)


@pytest.mark.parametrize(
    "text",
    [
        "Nail the audition for the youth orchestra.",
        "Ride the whole of the Camino Francés.",
        "Get my 2 apprentices through their end-point assessment.",
        "Wrap up the kitchen refit for the Patels.",
    ],
)
def test_results_in_everyday_verbs_are_checkable(text):
    assert _assess(text).measurable is True


def test_giving_a_percentage_of_effort_is_a_feeling_not_a_count():
    result = _assess("Give 110% at work.")
    assert (result.specific, result.measurable) == (False, False)


@pytest.mark.parametrize(
    "text",
    [
        "Pay off my student loan.",
        "Switch my team's builds from Jenkins to GitHub Actions.",
        "Move my mum into the care home near us.",
        "Get through my probation at the bank.",
        "Qualify for the county squad.",
    ],
)
def test_outcomes_people_write_without_a_number_are_checkable(text):
    result = _assess(text)
    assert (result.specific, result.measurable) == (True, True)


def test_moving_ones_career_somewhere_is_still_a_direction_not_a_done_thing():
    assert _assess("Move my career into tech.").measurable is False


def test_a_range_of_months_without_from_ends_on_its_last_month():
    result = _assess("Be more present for the team during busy season, Jan to April.")
    assert (result.time_bound, result.deadline) == (True, "2027-04-30")


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Sit the MRCP Part 2 written paper in the May/June series.", "2027-06-30"),
        ("Repaint the hallway and stairs between January and Easter.", "2027-03-28"),
        ("Clear out the garage and take 10 bags to the tip over the festive period.", "2027-01-03"),
    ],
)
def test_month_pairs_a_range_ending_on_a_holiday_and_the_festive_period_are_deadlines(text, deadline):
    result = _assess(text)
    assert (result.time_bound, result.deadline) == (True, deadline)


def test_a_sitting_or_intake_named_by_its_season_is_a_deadline():
    assert _assess("Pass the CIPS Level 4 diploma at the summer sitting.").time_bound is True


def test_a_holiday_last_year_has_already_passed():
    result = _assess("Hand in the 2 grant reports before Easter last year.")
    assert result.time_bound is False
    assert "already passed" in result.hints[-1]


@pytest.mark.parametrize(
    "text",
    [
        "Get my head round the new pension rules before April.",
        "want to get fitter b4 the summer, been a smoker for 20 yrs",
    ],
)
def test_a_wish_with_a_life_story_number_is_neither_specific_nor_measurable(text):
    result = _assess(text)
    assert (result.specific, result.measurable, result.time_bound) == (False, False, True)


@pytest.mark.parametrize(
    "text",
    ["Get my mojo back at work over the spring.", "Play around with 3D printing from now to Christmas."],
)
def test_getting_a_feeling_back_and_playing_around_are_wishes_with_a_deadline(text):
    result = _assess(text)
    assert (result.specific, result.measurable, result.time_bound) == (False, False, True)


@pytest.mark.parametrize(
    "text",
    [
        "Get published in Nature Ecology.",
        "Put in for a transfer to the dog unit.",
        "Put the flat on the market.",
    ],
)
def test_being_published_somewhere_named_applying_and_selling_are_checkable(text):
    result = _assess(text)
    assert (result.specific, result.measurable) == (True, True)


def test_an_exam_sitting_named_by_its_month_ends_with_that_month():
    result = _assess("Pass the CII R01 exam at the June sitting.")
    assert (result.time_bound, result.deadline) == (True, "2027-06-30")


def test_next_yr_is_next_year():
    result = _assess("think about moving to Leeds next yr")
    assert (result.specific, result.time_bound, result.deadline) == (False, True, "2027-12-31")


@pytest.mark.parametrize(
    "text",
    [
        "Get my forklift ticket before the warehouse job starts on 2 March.",
        "Learn all 40 chords before the summer course starts in July.",
    ],
)
def test_before_something_that_starts_on_a_date_is_a_deadline(text):
    assert _assess(text).time_bound is True


@pytest.mark.parametrize(
    "text",
    [
        "Keep the garden tidy during lambing season.",
        "Pass my level 1 judging at the autumn assessment day.",
        "Finish the bird box at the Oct half term.",
    ],
)
def test_seasons_people_name_by_their_work_assessment_days_and_short_month_half_terms_are_deadlines(text):
    assert _assess(text).time_bound is True


def test_a_year_hoped_to_be_the_one_is_a_wish_with_a_deadline():
    result = _assess("hoping 2028 is the year we finally feel at home")
    assert (result.specific, result.measurable, result.time_bound) == (False, False, True)


@pytest.mark.parametrize(
    "text", ["Get stuck into the choir from January.", "Look at options for a sabbatical next year."]
)
def test_getting_stuck_in_and_looking_at_options_are_not_specific(text):
    assert _assess(text).specific is False


@pytest.mark.parametrize(
    "text",
    [
        "Bag a place on the regional youth orchestra.",
        "Clinch the Morley refurbishment contract.",
        "Lock in a venue for the charity ball.",
        "Get my 9-year-old through her grade 3 piano.",
        "Get all the volunteers on the new rota app.",
        "Keep my 200-day running streak going.",
    ],
)
def test_outcomes_in_everyday_verbs_and_streaks_are_checkable(text):
    result = _assess(text)
    assert (result.specific, result.measurable) == (True, True)


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Run the 5k at the parkrun on New Year's Day.", "2027-01-01"),
        ("Retile the bathroom in 6 wks.", "2027-01-11"),
        ("Send the 3 chapters to my editor by 15/3.", "2027-03-15"),
    ],
)
def test_days_on_a_holiday_short_units_and_dates_without_a_year_are_deadlines(text, deadline):
    result = _assess(text)
    assert (result.time_bound, result.deadline) == (True, deadline)


def test_till_graduation_is_a_deadline():
    assert _assess("Finish 3 Coursera courses till graduation.").time_bound is True


def test_a_start_written_day_slash_month_is_a_start_not_a_count():
    result = _assess("Kicking off my MSc dissertation on 1/3.")
    assert (result.measurable, result.time_bound) == (False, False)


def test_a_share_of_ones_life_before_a_wish_is_not_the_goals_count():
    result = _assess("My week is 80% meetings; I'd like focus.")
    assert (result.specific, result.measurable) == (False, False)


@pytest.mark.parametrize(
    "text",
    ["Bring the ward's CQC rating up to Outstanding.", "Check every one of our 60 fire doors."],
)
def test_a_named_grade_reached_and_all_of_our_things_are_checkable(text):
    result = _assess(text)
    assert (result.specific, result.measurable) == (True, True)


@pytest.mark.parametrize(
    "text", ["10 years sober, I want to laugh again.", "Start thinking about my pension over the next 3 years."]
)
def test_laughing_again_and_starting_to_think_are_not_specific(text):
    assert _assess(text).specific is False


def test_harvest_festival_is_a_deadline():
    assert _assess("Raise £2,000 for the roof by Harvest Festival.").time_bound is True


@pytest.mark.parametrize(
    "text",
    [
        "Volunteer more in 2027, I've had 2 lucky years.",
        "Get out in nature more this spring, I've worked 8 to 6 for 15 years.",
    ],
)
def test_numbers_in_a_trailing_clause_about_ones_life_count_nothing(text):
    result = _assess(text)
    assert (result.specific, result.measurable, result.time_bound) == (False, False, True)


@pytest.mark.parametrize("text", ["Turn the spare room into a sewing studio.", "Rebrand the florist's shop."])
def test_turning_a_thing_into_another_and_rebranding_are_checkable(text):
    result = _assess(text)
    assert (result.specific, result.measurable) == (True, True)


def test_a_holiday_with_a_past_year_has_passed():
    assert _assess("Reopen the tea room by Mothering Sunday 2025.").time_bound is False
    assert _assess("Reopen the tea room by Easter 2027.").deadline == "2027-03-28"


@pytest.mark.parametrize(
    "text",
    [
        "✨ just want calm this year ✨ after 3 hard ones",
        "Look after my back this year, I turned 60 in May.",
    ],
)
def test_a_wish_with_numbers_about_the_past_is_neither_specific_nor_measurable(text):
    result = _assess(text)
    assert (result.specific, result.measurable, result.time_bound) == (False, False, True)


def test_being_somewhere_by_a_time_every_day_is_a_routine_not_a_state():
    result = _assess("Be at the yard by 7:00 every weekday in February.")
    assert (result.specific, result.measurable, result.time_bound) == (True, True, True)


@pytest.mark.parametrize(
    ("text", "deadline"),
    [("Get the porch rebuilt by Memorial Day.", "2027-05-31"), ("Sell 40 quilts by Labor Day.", "2027-09-06")],
)
def test_american_holidays_are_deadlines(text, deadline):
    assert _assess(text).deadline == deadline


def test_before_a_named_seasonal_event_is_a_deadline():
    assert _assess("Pass the 4 theory exams before the gliding club's summer camp.").time_bound is True


def test_the_run_up_to_a_holiday_ends_on_it():
    assert _assess("Knit 6 hats for the shelter in the run-up to Christmas.").deadline == "2026-12-25"


def test_a_bit_every_day_is_not_a_count():
    result = _assess("Paint a bit every day over the winter.")
    assert (result.specific, result.measurable) == (False, False)


def test_a_check_named_by_its_month_is_a_deadline():
    assert _assess("Get 90% of my class through the phonics check in the June check.").time_bound is True


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Fix the gate round about xmas.", "time_bound"),
        ("Repaint the gate by June for the fair of 2025.", "time_bound"),
        ("Do more for the church in 2027, I've sung there 30 years.", "measurable"),
    ],
)
def test_a_verdict_that_may_rest_on_words_the_coach_cannot_read_is_a_question(text, label):
    result = _assess(text)
    assert label in result.unsure
    assert result.confident is False


@pytest.mark.parametrize(
    "text",
    [
        "Get made up to inspector by next spring.",
        "Get bumped up to senior associate this year.",
        "Get moved up to the first team before the end of the season.",
    ],
)
def test_a_promotion_in_everyday_words_is_measurable(text):
    result = _assess(text)
    assert (result.specific, result.measurable) == (True, True)


@pytest.mark.parametrize(
    "text",
    [
        "Look into doing a PhD next year.",
        "Think about taking the bar exam in 2027.",
        "Consider writing a book about my grandmother's farm.",
    ],
)
def test_weighing_something_up_is_not_doing_it(text):
    result = _assess(text)
    assert not result.measurable
    assert "Add a number" in " ".join(result.hints)


@pytest.mark.parametrize(
    "text",
    [
        "I want to stop hating Sunday evenings, 20 years in retail does that to you.",
        "Get my head straight before my finals in June.",
        "Go from zero to a good level of German by summer 2027.",
    ],
)
def test_a_state_of_mind_or_a_vague_level_is_neither_specific_nor_measurable(text):
    result = _assess(text)
    assert (result.specific, result.measurable) == (False, False)


@pytest.mark.parametrize(
    "text", ["Shadow the ward sister on night shifts.", "Tutor my nephew in maths.", "Coach the under-14 girls."]
)
def test_coaching_or_shadowing_someone_without_a_count_is_specific_but_not_measurable(text):
    result = _assess(text)
    assert (result.specific, result.measurable) == (True, False)


@pytest.mark.parametrize(
    "text", ["Coach the under-14 girls for 10 Saturday sessions.", "Shadow the ward sister on 4 night shifts."]
)
def test_coaching_or_shadowing_with_a_count_is_measurable(text):
    assert _assess(text).measurable


def test_an_errand_on_a_named_document_is_measurable():
    result = _assess("Sort out my passport renewal before the summer.")
    assert (result.specific, result.measurable) == (True, True)


@pytest.mark.parametrize(
    "text",
    [
        "Sort out my career, 31 years old and still temping.",
        "Consider retraining as a paramedic next year.",
        "Weigh up a move into consulting.",
    ],
)
def test_an_age_or_a_possibility_weighed_up_is_not_specific(text):
    assert not _assess(text).specific


@pytest.mark.parametrize(
    "text",
    [
        "Hit C1 in French before I move to Lyon.",
        "Get voted in as treasurer of the allotment society.",
        "Plant a native hedge along the back fence.",
        "Mentor a first-year teacher for a term.",
        "Tutor my neighbour's son for 6 weeks before his entrance exam.",
    ],
)
def test_a_level_hit_a_seat_won_a_thing_planted_or_a_length_served_is_measurable(text):
    result = _assess(text)
    assert (result.specific, result.measurable) == (True, True)


def test_coaching_a_particular_team_is_specific():
    result = _assess("Coach my daughter's netball team.")
    assert (result.specific, result.measurable) == (True, False)


@pytest.mark.parametrize(
    "text",
    [
        "Be mortgage-free before I retire in 2031.",
        "Go smoke free by Easter.",
        "Lose two dress sizes for the summer.",
        "Put my name forward for the deputy head role.",
        "Move house before the baby is due in June.",
    ],
)
def test_a_threshold_of_ones_own_or_a_one_off_step_is_measurable(text):
    result = _assess(text)
    assert (result.specific, result.measurable) == (True, True)


@pytest.mark.parametrize(
    "text",
    ["As a dad of 2 on shifts I want more time outdoors.", "As a single parent to 3 teens I just need some peace."],
)
def test_what_a_parent_of_several_wants_is_the_goal_not_the_count(text):
    result = _assess(text)
    assert (result.specific, result.measurable) == (False, False)


def test_a_named_credential_worked_towards_is_specific_but_not_measurable():
    result = _assess("Study for my Level 2 food hygiene certificate.")
    assert (result.specific, result.measurable) == (True, False)


@pytest.mark.parametrize(
    "text", ["Become a member of the Chartered Institute of Marketing.", "Do up the spare room before my mum moves in."]
)
def test_a_membership_won_or_a_room_done_up_is_measurable(text):
    result = _assess(text)
    assert (result.specific, result.measurable) == (True, True)


def test_a_particular_team_is_a_thing_but_a_team_alone_is_not():
    assert _assess("Volunteer with the hospital radio team.").specific
    assert not _assess("Build my team.").specific


@pytest.mark.parametrize(
    "text", ["Survive my first year of teaching.", "Meet more people in the first half of next year."]
)
def test_getting_through_or_the_half_of_a_year_is_no_count(text):
    assert not _assess(text).measurable


def test_in_six_months_after_havent_looks_back():
    result = _assess("Haven't been to the gym in 6 months, get back to it.")
    assert not result.time_bound


@pytest.mark.parametrize(
    "text, deadline",
    [
        ("Read 10 books before school starts in September.", "2027-09-30"),
        ("Post twice a week through to Easter.", "2027-03-28"),
    ],
)
def test_before_school_starts_and_through_to_a_holiday_are_deadlines(text, deadline):
    result = _assess(text)
    assert result.time_bound
    assert result.deadline == deadline


@pytest.mark.parametrize(
    "text",
    [
        "Get involved in the staff wellbeing committee.",
        "Practise the Chopin nocturne in E flat.",
        "Rehearse my Hamlet audition speech.",
    ],
)
def test_taking_part_in_or_practising_a_named_thing_is_specific_but_not_measurable(text):
    result = _assess(text)
    assert (result.specific, result.measurable) == (True, False)


@pytest.mark.parametrize(
    "text",
    [
        "Work on Chopin's étude op. 10 no. 3.",
        "Have a life again, 70-hour weeks since 2021.",
        "Sort my life out.",
    ],
)
def test_a_number_that_names_a_piece_or_tells_a_life_counts_nothing(text):
    assert not _assess(text).measurable


def test_going_on_a_trip_is_done_or_not():
    result = _assess("Go on a week's walking holiday in the Lakes before my 50th.")
    assert (result.specific, result.measurable) == (True, True)
