"""How people really write first messages (issue 17): references that are not in a list of nouns, asks written
as statements or in words, several asks, dates offered as a list, thanks in other languages, mentorship asked for
in other words, and unfilled template prompts."""

import pytest

from mentorhub.coach.outreach import assess_message
from mentorhub.coach.tests.stated import stated_or_asked


@pytest.mark.parametrize(
    "text",
    [
        "Chef Moreau, I ate at Bistro Lune on Friday and the duck was extraordinary. Could I do one trial shift?",
        "Hi Sam, I use your httpx-retry library in every project at work. Could we have a 15-minute call?",
        "Hi Mrs Adeyemi, you supervised my placement at St Luke's in 2023. Could we talk for 20 minutes?",
        "Hi Theo, I use tokio-metrics, the crate you maintain. Would you be open to a 20-minute call?",
        "Dear Ms Kaur, your team at Birmingham Council ran the Small Heath pilot that I evaluated. Could we talk?",
        "Hi Ellie, we were on the same table at the CIPD dinner. Could we have a 20-minute call?",
    ],
)
def test_references_outside_a_list_of_nouns_are_personal(text):
    assert assess_message(text).personalization


@pytest.mark.parametrize(
    "text",
    [
        "Dear Ms Rossi, I admire your work enormously and you are an inspiration to women in science.",
        "Hi Dimitri, I'm a machinist in Leeds. Your channel is great.",
    ],
)
def test_generic_praise_is_not_personal(text):
    assert not assess_message(text).personalization


@pytest.mark.parametrize(
    "text",
    [
        "Hi Mr Chen, I'd love 30 minutes of your time to learn how you moved into cybersecurity.",
        "Dear Ms Rossi, I'd love twenty minutes on the phone about careers in food science.",
        "Hello Mr Byrne, I'm a trainee teacher in Cork. Could I observe one lesson in your classroom?",
        "Respected Madam, I humbly request 15 minutes of your valuable time to discuss the UPSC preparation.",
        "Hi Lauren, could I visit your farm for one morning to see the paddock system?",
    ],
)
def test_bounded_asks_written_as_statements_or_in_words_are_clear(text):
    assert assess_message(text).clear_ask


@pytest.mark.parametrize(
    "text",
    [
        "Could we have a call, and could you also review my portfolio and introduce me to your design lead?",
        "May I send you my research proposal for feedback, my CV for comments, and my cover letter?",
        "Hi Beth, Carlos from the Ruby meetup said you'd be up for a chat. Let me know!",
    ],
)
def test_several_asks_or_reported_offers_are_not_one_clear_ask(text):
    assert stated_or_asked(assess_message(text), "clear_ask", False)


def test_a_list_of_dates_is_flexible_and_earliest_convenience_is_not():
    assert assess_message("Could we do a 15-minute call? I'm free 3 March, 5 March or 9 March.").flexibility
    assert assess_message("Would you have 15 minutes? I'm free on the 3rd, 4th or 10th of March.").flexibility
    assert not assess_message("Could we do a 15-minute call? Please reply at your earliest convenience.").flexibility


@pytest.mark.parametrize("thanks", ["Merci beaucoup!", "Diolch!", "Asante sana!", "Obrigada!", "Ευχαριστώ!", "Cheers!"])
def test_thanks_in_other_languages_is_gratitude(thanks):
    assert assess_message(f"Could we have a 20-minute call about your talk at the summit? {thanks}").gratitude


@pytest.mark.parametrize(
    "text",
    [
        "Would you be my guide through this next stage of my career?",
        "Would you walk with me through my PhD as I find my feet?",
        "I'd love you to be the one who shows me the ropes over the next few years.",
        "I humbly request you to guide me throughout my UPSC preparation as my mentor.",
        "Could you coach me every week until I'm senior?",
    ],
)
def test_mentorship_asked_for_in_other_words_is_premature(text):
    assert assess_message(text).premature_ask


def test_unfilled_template_prompt_is_flagged_and_not_read_as_personal():
    result = assess_message(
        "Dear Ana, I was struck by [something specific of theirs: a talk, article or project]. "
        "Could we have a 20-minute call? Any time that suits you works. Thank you."
    )
    assert result.placeholders == ["[something specific of theirs: a talk, article or project]"]
    assert result.hints[0] == "Fill in [something specific of theirs: a talk, article or project] with your own words."
    assert not result.personalization


def test_a_verdict_people_split_on_names_the_label_and_is_not_confident():
    result = assess_message(
        "Hi Mariana, your talk was brilliant. Could we have a 20-minute call, and would you mentor me?"
    )
    assert not result.confident
    assert "clear_ask" in result.unsure


def test_a_plain_good_message_is_confident():
    result = assess_message(
        "Hi Marco, I listened to your talk at the Lisbon Product Summit on discovery interviews. Could I ask you "
        "three questions over a 20-minute video call? Any weekday morning works, or whenever suits you. Thank you."
    )
    assert result.confident
    assert result.unsure == []


@pytest.mark.parametrize(
    "text",
    [
        "Dear Dr Mensah, you were the registrar on my first night shift at the Royal Free. Could we talk?",
        "Dear Ms Achebe, I heard you read at the Bath Literature Festival. Could I have 15 minutes?",
        "Hey Luis, big fan of your pandas-profiling fork. Would you be up for a quick call?",
    ],
)
def test_them_beside_a_named_place_event_or_thing_is_personal(text):
    assert assess_message(text).personalization


def test_a_job_title_at_a_named_employer_is_not_personal():
    text = "Hello Ms Chen, I see you're a Senior Product Designer at Atlassian. Could we talk?"
    assert not assess_message(text).personalization


@pytest.mark.parametrize(
    "text",
    [
        "Professor Ito, I need 20 minutes to discuss my dissertation topic.",
        "hey jess could i come watch one of ur workshops? thx",
        "I'd be very grateful for 15 minutes on the phone about antimicrobial stewardship.",
    ],
)
def test_asks_in_other_words_are_clear_asks(text):
    assert assess_message(text).clear_ask


@pytest.mark.parametrize(
    "text",
    [
        "Hi Kwame, I loved your photos of the Accra market. I'm around on 3, 4 or 10 March for a 20-minute call.",
        "Could we have a 20-minute video call in the week of 12 January or the week after?",
    ],
)
def test_days_listed_before_their_month_and_a_week_or_the_next_are_flexible(text):
    assert assess_message(text).flexibility is True


def test_observing_one_of_their_teams_meetings_is_a_bounded_ask():
    text = "Hey Tomás, I use your date-fns locale patch every day. Could I observe one of your team's code reviews?"
    assert assess_message(text).clear_ask is True


@pytest.mark.parametrize(
    "text",
    [
        "Hi Lena, I'm after a quick 15-minute call about your route into forensic science.",
        "Hi Lena, I read your piece on soil forensics. A ten minute chat would mean a lot to me.",
    ],
)
def test_asks_stated_as_what_the_sender_is_after_are_clear_asks(text):
    assert assess_message(text).clear_ask is True


def test_learning_at_their_side_for_years_is_a_premature_ask():
    assert assess_message("Could I learn at your side over the next two years?").premature_ask is True


@pytest.mark.parametrize(
    "text",
    [
        "I'd be thankful for a short ten-minute call about conservation work.",
        "A 20-minute chat on Zoom on Monday at 4 would be brilliant.",
        "Could I help out at one Sunday work party on the allotments?",
        "Could you tell me, in one email, which course you'd pick?",
        "Please could you send me your price list?",
        "I would be honoured to ask you two questions about sculpture.",
    ],
)
def test_thanks_in_advance_praise_for_a_slot_one_day_and_one_email_are_clear_asks(text):
    assert assess_message(text).clear_ask is True


def test_plural_weekdays_and_fitting_around_them_are_flexible():
    text = "Could I visit for one afternoon? Mondays or Wednesdays are best, but I can fit around you."
    assert assess_message(text).flexibility is True


def test_keeping_an_eye_on_progress_through_training_is_a_premature_ask():
    text = "Could you keep an eye on my progress and advise me as I go through my apprenticeship?"
    assert assess_message(text).premature_ask is True


@pytest.mark.parametrize(
    "text",
    [
        "Dear Mr Ode, I'm hoping to observe one of your masterclasses at the Royal Academy.",
        "Could you help me with one thing: which textbook would you pick?",
        "I'm a career changer hoping for a quick call about probation work.",
    ],
)
def test_one_of_their_classes_one_thing_and_hoping_for_a_call_are_clear_asks(text):
    assert assess_message(text).clear_ask is True


def test_asking_which_one_they_would_pick_offers_no_flexibility():
    assert assess_message("Could you help me with one thing: which textbook would you pick?").flexibility is False


def test_playing_in_the_same_league_is_personal_and_another_night_is_flexible():
    text = (
        "Hi Dev, we both play in the Thursday pool league at the Swan. Can I buy you a pint after next week's game? "
        "Or another night if that's better."
    )
    result = assess_message(text)
    assert (result.personalization, result.flexibility) == (True, True)


def test_being_there_for_me_for_years_is_a_premature_ask():
    assert assess_message("I'd like you to be there for me as I find my feet over the next few years.").premature_ask


def test_one_stage_in_a_kitchen_in_any_week_of_a_month_is_a_flexible_clear_ask():
    result = assess_message("Could I do one stage in your kitchen? Any week in February.")
    assert (result.clear_ask, result.flexibility) == (True, True)


def test_jazakallah_is_thanks():
    assert assess_message("Could I ask you two questions about teaching? Jazakallah khair.").gratitude is True


def test_maybe_one_day_is_not_a_bounded_ask():
    text = "Hi Ama, I saw your stand at Lagos Fashion Week. I'd love to learn from you and maybe one day collaborate."
    assert assess_message(text).clear_ask is False


def test_whichever_is_least_disruptive_is_flexible():
    assert assess_message("I'd welcome a 10-min call, whichever time is least disruptive.").flexibility is True


def test_checking_in_with_me_every_few_weeks_is_a_premature_ask():
    text = "I'm hoping you'd check in with me every few weeks while I set up the practice."
    assert assess_message(text).premature_ask is True


def test_three_of_my_photos_is_a_bounded_ask():
    assert assess_message("Could you critique three of my landscape photos?").clear_ask is True


@pytest.mark.parametrize(
    "text",
    [
        "Let me know if you'd ever want to grab a coffee or something.",
        "Hi Lou, I loved your mural in Leith. If you ever fancy a 20-minute chat, I'm around.",
    ],
)
def test_if_you_ever_and_or_something_leave_the_ask_open(text):
    assert stated_or_asked(assess_message(text), "clear_ask", False)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Dear Mr Morrison, your choir talk at the Mod in Oban moved me. Might I ask two questions? Tapadh leibh.",
            "gratitude",
        ),
        ("Could I sail with your crew for one regatta?", "clear_ask"),
        ("Hi Noor, loved your zine. Maybe one day we could grab a 20-minute coffee.", "clear_ask"),
        ("Could I visit for an hour? Mondays and Fridays are good for me.", "flexibility"),
        ("Would you study with me weekly over the coming year? Thank you.", "premature_ask"),
        ("Could you stay in touch with me as I go through my first year of teaching?", "premature_ask"),
    ],
)
def test_a_verdict_that_may_rest_on_words_the_coach_does_not_know_is_a_question(text, label):
    result = assess_message(text)
    assert label in result.unsure
    assert result.confident is False


@pytest.mark.parametrize(
    "text",
    [
        # An ask stated through how the writer would feel: "I'd be chuffed / stoked / over the moon to ...".
        "I'd be stoked to grab a 20-minute call with you about audio engineering.",
        "I would be over the moon to shadow you for one shift in the kitchen.",
        # The subject dropped, as in a DM: "Happy to hop on a call ...", "Keen to grab a coffee ...".
        "Happy to jump on a ten-minute video call about your move into product.",
        "Keen to grab a quick coffee with you one lunchtime next week.",
        # The ask as the subject of "would help / would make my week".
        "A half-hour chat about nursing in Canada would help me hugely.",
        "Ten minutes on the phone about getting into sound design would make my week.",
        # Longer names for one of their lessons or rehearsals.
        "Could I observe one of your A-level further maths lessons this term?",
        "Could I sit in on one of your Tuesday night big band rehearsals?",
        # A referral or passing something on is one bounded ask.
        "Could you refer me for the junior analyst role on your team?",
        "Would you put in a good word for me with the hiring team at Arup?",
        "Could you forward my CV to your recruitment lead?",
        "Would you be willing to pass my details on to the practice manager?",
        # A counted handful of days or mornings.
        "I'd love to shadow you for two mornings on the ward.",
        "Could I spend three days in your workshop over Easter?",
        # A short piece of writing bounded by its length or named as a post or bio.
        "Could you look over my 300-word bio for the conference?",
        "Would you read my short blog post about switching careers and tell me if it lands?",
    ],
)
def test_bounded_asks_in_other_words(text):
    assert stated_or_asked(assess_message(text), "clear_ask", True)


@pytest.mark.parametrize(
    "text",
    [
        "Could I shadow you two afternoons a week this term?",
        "I'd be stoked to hear from you.",
        "Happy to share more about my background.",
        "I spent three days in a workshop last spring and loved it.",
    ],
)
def test_not_bounded_asks(text):
    assert stated_or_asked(assess_message(text), "clear_ask", False)


@pytest.mark.parametrize(
    "text",
    [
        # Abbreviated days and options joined by a slash.
        "Could we do a 15-minute call? I'm free mon or wed evening.",
        "Up for a quick coffee? I can do thurs/fri mornings.",
        "Could I have twenty minutes on the phone, weds or thurs arvo?",
        # A question handing them the time.
        "Would you be up for a short call? When suits?",
        "Could we grab a coffee? When's good?",
        # Their agenda or availabilities.
        "Could we have a half-hour call? I will adapt to your agenda.",
        "Could we meet for thirty minutes online? I can fit in with your agenda.",
        # Another format offered with "otherwise" or "alternatively".
        "Could we have a 20-minute call next week? Alternatively, a couple of questions by email would be fine.",
        "Would a short video call work? Otherwise I can just send my two questions in writing.",
    ],
)
def test_flexibility_in_other_words(text):
    assert stated_or_asked(assess_message(text), "flexibility", True)


@pytest.mark.parametrize(
    "text",
    [
        "Could we have a call on Monday at 3pm? Otherwise I'm doing well.",
        "I'm around Thursday at 4pm for a quick call.",
    ],
)
def test_not_flexible(text):
    assert not assess_message(text).flexibility


@pytest.mark.parametrize(
    "text",
    [
        "Could I ask you two questions about your sermon by email? Paldies.",
        "Would you have twenty minutes for a call next week? Siyabonga.",
        "Could we talk for fifteen minutes about the exhibition? ありがとうございます",
        "Could I ask one question about the mine audit by email? Dankie!",
        "Could we have a short call about reef surveys? Vinaka.",
    ],
)
def test_thanks_in_more_languages(text):
    assert assess_message(text).gratitude


@pytest.mark.parametrize(
    "text",
    [
        # A standing arrangement with the writer in other verbs.
        "Would you sit with me weekly until my finals?",
        "Could you sit down with me monthly to go through my portfolio?",
        # Alongside me, for a span of years in words.
        "Would you walk alongside me as I grow my studio for the next couple of years?",
        "I'd love you to work alongside me while I set up my practice over the next few years.",
    ],
)
def test_premature_asks_in_other_words(text):
    assert assess_message(text).premature_ask


@pytest.mark.parametrize(
    "text",
    [
        # A place to be, or something asked for, is not something known about them.
        "Hello, I'm a pharmacy student. Could I observe one of your dispensing sessions on the oncology unit?",
        "Hello, I'm a vet student. I'd love to volunteer at your clinic during my summer holidays.",
        "Hi, I'm retraining as a teacher. I'd love to hear your story sometime.",
        "Hi, I'm a medical student. I'd love to sit in at your surgery for a morning, any week in June or July.",
        "Hello, I'm a trainee chef. I'd like to do one trial shift with you, sometime over Easter or in May.",
    ],
)
def test_not_personal(text):
    assert not assess_message(text).personalization


@pytest.mark.parametrize(
    "text",
    [
        "I went to your workshop on pottery glazing at the Leeds Craft Fair and loved it.",
        "Your clinic's work on equine dentistry at Newmarket is why I chose vet school.",
    ],
)
def test_still_personal(text):
    assert assess_message(text).personalization


# --- Round u kinds ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Texting shorthand for a question.
        "hey, got 2 qs about the grant form, ok if i message them over?",
        # Pages counted in the plural, in brackets.
        "Could you skim my cover note (3 pages) before Friday?",
        # A handful of the writer's samples.
        "Would you look at a few of my wireframes and tell me what's off?",
        "Could I send you two of my mockups for a gut check?",
    ],
)
def test_bounded_asks_round_u(text):
    assert assess_message(text).clear_ask


@pytest.mark.parametrize(
    "text",
    [
        "Could we meet for half an hour? The day is entirely up to you.",
        "Would a 20-minute call be OK? Timing is up to you.",
        "Could I visit for one afternoon? Either day works for me.",
    ],
)
def test_flexibility_round_u(text):
    assert assess_message(text).flexibility


def test_replying_up_to_them_is_not_flexibility():
    text = "Could we have a 20-minute call on Monday at 3pm? Whether you reply is up to you."
    assert not assess_message(text).flexibility


@pytest.mark.parametrize(
    "text",
    [
        "Could we speak for ten minutes about the role? I'd be deeply obliged.",
        "Would you read my one-page CV? Highly obliged.",
    ],
)
def test_obliged_is_thanks(text):
    assert assess_message(text).gratitude


def test_obliged_to_is_not_thanks():
    assert not assess_message("I feel obliged to ask whether we could have a ten-minute call.").gratitude


@pytest.mark.parametrize(
    "text",
    [
        "Would you supervise me through the remainder of my apprenticeship?",
        "Could you support me through the rest of my PhD?",
        "Would you be my accountability partner while I write my novel?",
        "Could you be my cheerleader as I retrain as a nurse?",
        "Could you review my work every fortnight until I qualify?",
    ],
)
def test_premature_round_u(text):
    assert assess_message(text).premature_ask


def test_one_hard_moment_is_not_premature():
    text = "Could you help me through my interview prep in a 20-minute call on Friday?"
    assert not assess_message(text).premature_ask


@pytest.mark.parametrize(
    "text",
    [
        "Hello, I'm a final-year student. I'd like a quick call with you about working in Nairobi.",
        "Hello, I'm a second-year student. Could I visit your Leeds studio for one afternoon?",
    ],
)
def test_a_named_place_inside_the_ask_is_not_personal(text):
    assert not assess_message(text).personalization


@pytest.mark.parametrize(
    "text",
    [
        # A condition before the ask is not a second ask (round u: "If you've got a spare moment, could I ...").
        "If you can spare a moment, could I send you my 2-page proposal?",
        "When you're free to spare a sec, could I ask you one quick question by email?",
    ],
)
def test_a_condition_before_the_ask_is_not_another_ask(text):
    assert assess_message(text).clear_ask


def test_two_asks_after_a_condition_are_still_two():
    text = "If you can spare the time, could we have a 20-minute call, and could you also review my CV?"
    assert not assess_message(text).clear_ask


@pytest.mark.parametrize(
    "text",
    [
        # Where the ask would happen, named, is not something known about them (round u: "visit your Glasgow office",
        # "an informational interview with you about practising in Lagos"; round t: "observing at your clinic").
        "Dear Ms Reid, I am a third-year planning student. Could I visit your Bristol office for a morning to see how "
        "the team works?",
        "Hello, I am a law graduate. I would like a short phone call with you about working in Manchester.",
        "Hi, I am a trainee nurse. Would it be possible to spend a day observing at your practice during the Easter "
        "holidays?",
    ],
)
def test_the_place_of_the_ask_is_not_personal(text):
    assert not assess_message(text).personalization


@pytest.mark.parametrize(
    "text",
    [
        "I trained with you at Guy's in 2019. Could we have a 20-minute call about ICU nursing?",
        "I loved your Bristol office redesign on Dezeen. Could we have a 15-minute call?",
    ],
)
def test_their_own_named_things_stay_personal(text):
    assert assess_message(text).personalization


@pytest.mark.parametrize(
    "text",
    [
        # Their choice, described by how easy the day is for them (dev: "on whatever day is quietest for you").
        "Could we talk for ten minutes on whichever afternoon is calmest for you?",
        "Could I pop in for one hour, on whatever day is least hectic in the shop?",
    ],
)
def test_their_choice_by_how_easy_it_is(text):
    assert assess_message(text).flexibility


@pytest.mark.parametrize(
    "text",
    [
        # A site anyone can read them on is no named place of theirs (round s11o: "your content on LinkedIn").
        "Hi Ines, I've been enjoying your videos on YouTube for ages. Could we have a 15-minute call?",
        "Hello Mr Obi, I keep seeing your updates on LinkedIn. Would you have 20 minutes next week?",
    ],
)
def test_a_platform_is_not_a_named_place(text):
    result = assess_message(text)
    assert not result.personalization or "personalization" in result.unsure


@pytest.mark.parametrize(
    "text",
    [
        # What the sender would like from them is no hint of who they are (round s11o: "grow under your guidance").
        "Dear Dr Osei, I am a pharmacy student in Kumasi and I am seeking your advice on hospital placements. Could we "
        "talk for 15 minutes?",
        "Hi Priya, I'm a new QA engineer in Chennai and I would value your insights on test automation. Could I have "
        "a 20 minute call?",
    ],
)
def test_what_they_are_asked_for_is_not_personal(text):
    assert not assess_message(text).personalization


@pytest.mark.parametrize(
    "text",
    [
        # One part of their work singled out (round s11o: "especially the episode on legacy Rails upgrades").
        "Hi Dana, I listen to Data Untangled every week and particularly liked the episode about survival models. "
        "Could we talk for 15 minutes?",
        "Dear Mr Kaya, I loved the chapter on Ottoman trade routes. Could I ask you two questions by email?",
        # Seen doing what they do (dev: "I saw you referee the Auckland Blues game").
        "Hi Fionn, I saw you judge the bake-off final in Cork last month. Could I ask you three quick questions?",
    ],
)
def test_a_part_of_their_work_or_seeing_them_at_it_is_personal(text):
    assert assess_message(text).personalization


@pytest.mark.parametrize(
    "text",
    [
        # How welcome the favour would be, with no thanks: readers split on whether it is thanks (round s11o).
        "Hi Marek, I'm moving into data journalism. Fifteen minutes on the phone would mean a lot to me.",
        "Dear Ms Lund, I'm a trainee midwife. A short chat about community posts would mean so much.",
    ],
)
def test_it_would_mean_a_lot_asks_about_gratitude(text):
    assert "gratitude" in assess_message(text).unsure


@pytest.mark.parametrize(
    "text",
    [
        # A second request joined to the first (round s11o: "and also whether you could be an external examiner",
        # "and if possible arrange a call"; dev: "and also ask about shadowing").
        "Dear Dr Sato, I'd like to request a short meeting, and also whether you might write me a reference.",
        "Hi Lena, I'd love to hear more about the open role and the team, and ideally set up a call next week.",
        "Hi Kofi, could I have a 20-minute call with you, and also ask about an internship in your unit?",
        # ... or in a sentence of its own (round s11o: "Also please review my CV attached").
        "Hi Rosa, could we have a 15-minute call next week? Also, could you share the job description?",
        "Dear Mr Tan, would you have 20 minutes for a chat? Additionally please send me your reading list.",
    ],
)
def test_a_second_request_is_not_one_clear_ask(text):
    assert stated_or_asked(assess_message(text), "clear_ask", False)


@pytest.mark.parametrize(
    "text",
    [
        # Many questions are not a bounded ask (dev: "quite a few questions about it").
        "Hi Omar, I'm starting out in welding and I have quite a few questions. Would you be open to that?",
    ],
)
def test_quite_a_few_questions_is_not_bounded(text):
    assert not assess_message(text).clear_ask


@pytest.mark.parametrize(
    "text",
    [
        # One letter for one application (dev: "a reference letter for my residency application").
        "Dear Prof Mwangi, you taught my hydrology module. Would you write a letter of recommendation for my MSc?",
        # A request written as wanting to ask, or with "kindly" (round s11o, dev).
        "Dear Dr Horvat, I wanted to ask if you might spare 20 minutes next week for a call.",
        "Respected Sir, kindly spare 15 minutes for a call with me about civil services exams.",
        # A week counted as one (round s11o: "volunteer for one week on your next exhibition install").
        "Hello Ms Quispe, would you let me volunteer for one week at the harvest festival you organise?",
    ],
)
def test_letters_wanting_to_ask_kindly_and_one_week_are_clear_asks(text):
    assert assess_message(text).clear_ask


@pytest.mark.parametrize(
    "text",
    [
        # Growing with them for no time in particular (round s11o: "grow under your guidance in the long run").
        "Hi Zainab, I am a junior architect and I hope to develop under your wing in the long term.",
        "Dear Mr Lee, I'm a first-year teacher and would love to keep learning from you over the years.",
    ],
)
def test_growing_with_them_in_the_long_run_is_premature(text):
    assert assess_message(text).premature_ask


def test_either_slot_is_flexible():
    # Round s11o: "I've seen you have slots on Thursday and Friday, either is fine."
    assert assess_message(
        "Could we talk for 20 minutes? Your calendar shows the 4th and the 9th, either is fine."
    ).flexibility


def test_hebrew_thanks():
    # Dev: "Todah rabah."
    assert assess_message("Dear Rabbi Levi, could I ask you two questions over email? Toda raba!").gratitude


@pytest.mark.parametrize(
    "text",
    [
        # Guidance that spans the sender's growth, not one conversation.
        "Dear Ms Obi, I am new to banking and I need someone who can advise me step by step as I settle in.",
        "Hello Sir, I'm a junior welder. Please support me in this trade as I grow. Thank you.",
    ],
)
def test_guidance_as_i_grow_is_premature(text):
    assert assess_message(text).premature_ask


def test_amharic_thanks():
    assert assess_message("Could we talk for ten minutes about coffee export? Amesegnalehu!").gratitude


@pytest.mark.parametrize(
    "text",
    [
        # A role at the start of a career is not something of theirs (round s11g: "when you started as an editor").
        "Hello Mr Diaz, I'm a junior reporter. Could you tell me in one email what helped you when you started as a "
        "sub-editor?",
        "Dear Ms Ncube, could I ask what you found hardest after you started out as a nurse? Thank you.",
        # Where the ask happens, not their work (round s11g: "hang around your shop ... how you run diagnostics").
        "Hi Ade, could I spend a morning around your garage to see how you run MOT tests? Thanks.",
    ],
)
def test_roles_platforms_and_places_of_the_ask_are_not_personal(text):
    assert not assess_message(text).personalization


@pytest.mark.parametrize(
    "text",
    [
        # Asks listed as verbs (round s11g: "visit one of your sites, ask you a few questions, and get your feedback").
        "Hi Omar, I'd love to sit in on one of your lectures, ask you a couple of things, and get your thoughts on my "
        "thesis outline.",
        "Dear Ms Berg, could I visit your bakery one morning, and perhaps ask you about your suppliers?",
        # A call and an introduction in one breath (round s11g: "and also put me in touch with your hiring manager").
        "Hello Kofi, could we have a 15-minute chat, and also put me in touch with someone in your design team?",
    ],
)
def test_several_asks_in_one_sentence_are_not_one_clear_ask(text):
    assert stated_or_asked(assess_message(text), "clear_ask", False)


@pytest.mark.parametrize(
    "text",
    [
        # One pointer or one piece of work (round s11g: "recommend one book"; s11w: "a single ad headline",
        # "one bug report I wrote").
        "Hi Dana, could you suggest one podcast on hospital finance for a new analyst? Thank you.",
        "Dear Mr Alves, would you read a single opening paragraph of my grant application? Many thanks.",
        "Hi Kim, could you glance at one pull request I opened on your repo? Cheers, much appreciated.",
    ],
)
def test_one_pointer_or_one_piece_of_work_is_a_clear_ask(text):
    assert assess_message(text).clear_ask


@pytest.mark.parametrize(
    "text",
    [
        # "Any advice" is unbounded whatever format it comes in (s11w: "any advice, by email or a quick call").
        "Dear Dr Roy, I'd be grateful for any tips on the MRCP, in a short call or by email, whichever you prefer.",
        # Questions they hold, not asked for (round s11g: "I have a few questions ... would value your perspective").
        "Hi Ms Park, I have a couple of questions about audit and would welcome your view in a quick call sometime.",
    ],
)
def test_open_advice_and_held_questions_leave_the_ask_unsure(text):
    assert "clear_ask" in assess_message(text).unsure


@pytest.mark.parametrize(
    "text",
    [
        # A day of their choosing, dates then both left to them, a kind of day left open (round s11g, s11w).
        "Could I visit your lab for one afternoon, on a date of your choosing? Thank you.",
        "Could we talk for 20 minutes on 3 or 10 June? Both work for me. Thanks.",
        "Could I observe one of your rehearsals? Any rehearsal night works for me.",
    ],
)
def test_days_left_to_them_are_flexible(text):
    assert assess_message(text).flexibility


def test_where_they_post_is_never_surely_personal():
    # Round s11g: "I follow your Instagram and your work is amazing".
    verdict = assess_message("Hi Lola, I follow your TikTok and love your style. Could we have a 15-minute call?")
    assert not verdict.personalization or "personalization" in verdict.unsure


def test_jazak_allah_is_thanks():
    # Round s11g: "Jazak Allah."
    assert assess_message("Could we have a 15-minute call about actuarial exams? Jazak Allah khair.").gratitude


@pytest.mark.parametrize(
    "text",
    [
        # A postscript after an ask may be a second ask or the same one put plainly (round s11g).
        "Hi Femi, could we have a 15-minute call? P.S. If you know a good book on grant writing, please tell me.",
        "Dear Ms Ito, I'd love to hear how you chose oncology. PS could we meet for a coffee one lunchtime?",
    ],
)
def test_an_ask_in_a_postscript_after_another_leaves_the_ask_unsure(text):
    assert "clear_ask" in assess_message(text).unsure


@pytest.mark.parametrize(
    "text",
    [
        # Asks as statements in other words: "it will be great help if you give me 10 minutes", "all I'm asking is
        # one coffee" (round s11g probes).
        "Respected Sir, it will be big help if you can give me 15 minutes on phone about the GATE exam. Thanking you.",
        "Hi Noor, I'm a junior buyer. All I am asking for is half an hour on Teams. Thanks a lot.",
    ],
)
def test_asks_stated_as_a_help_or_as_all_i_ask_are_clear(text):
    assert assess_message(text).clear_ask


@pytest.mark.parametrize(
    "text",
    [
        # One meeting with no length is bounded: "would you be willing to meet me sometime?" (rounds s11r, s11k).
        "Dear Dr Haas, I'm a forestry student in Freiburg. Would it be okay to meet you sometime near the institute?",
        "Hi Wen, I'm a junior animator in Taipei. Could I meet you sometime after the festival? Thanks!",
        "Hello Mr Costa, may I call you sometime and ask how you priced your first bridge job? Thank you.",
    ],
)
def test_one_meeting_without_a_length_is_a_clear_ask(text):
    assert assess_message(text).clear_ask


@pytest.mark.parametrize(
    "text",
    [
        # One question put as "tell me which / what / whether" (rounds s11r, s11k).
        "Good evening Mrs Bello, please could you tell me which nursing council exam I should sit first? Thank you.",
        "Hi Arnav, can you tell me whether the Pune plant takes diploma holders as trainees? Thanks a lot.",
    ],
)
def test_one_question_asked_as_tell_me_is_a_clear_ask(text):
    assert assess_message(text).clear_ask


@pytest.mark.parametrize(
    "text",
    [
        # "If you ever have half an hour" names the bound; only the time stays open (rounds s11r, s11k).
        "Hi Oksana, if you ever have fifteen minutes, I'd love to hear how you got into bridge inspection. Thanks!",
        "Dear Mr Ruiz, if you ever get time for a short phone call, I'd be very grateful. I'm a sommelier trainee.",
    ],
)
def test_if_you_ever_have_a_bounded_time_is_a_clear_ask(text):
    assert assess_message(text).clear_ask


@pytest.mark.parametrize(
    "text",
    [
        # Bounded favours that are not a call: a reference, a quick look, a day of theirs to watch (s11r, s11w).
        "Dear Dr Phiri, you taught my anatomy block in 2023. Could you write me a short reference for the MSc?",
        "Hi Joon, could I send you my showreel for a quick look before I apply to studios? Thank you!",
        "Hi Marek, could I tag along to one of your gigs to watch the sound check? Thanks, Ola",
        "Dear Ms Dube, I wondered if you would read my one-page funding pitch. I would be so grateful.",
    ],
)
def test_bounded_favours_that_are_not_a_call_are_clear_asks(text):
    assert assess_message(text).clear_ask


@pytest.mark.parametrize(
    "text",
    [
        # The time left to them in plain words (rounds s11r, s11k).
        "Hi Lotte, I'd love to ask you about museum conservation when you get a chance. Thank you!",
        "Hi Kofi, I'm moving into supply chain analytics. When are you free for a 20-minute call?",
        "Dear Dr Sato, could we have a 15-minute call sometime next month? Thank you.",
        "Dear Ms Hill, would you have 20 minutes for a call? I'm available Mondays and Fridays. Thanks.",
        "Hi Ravi, could I ask you one question about GATE prep? Please just tell me which day is easiest. Thanks.",
        "Hi Ines, could we have a 10-minute call? Only if you have time, of course. Thank you!",
        "Hi Zara, could I ask you two questions? By email or a short voice note, whichever you'd rather. Thanks!",
    ],
)
def test_time_left_to_them_in_plain_words_is_flexible(text):
    assert stated_or_asked(assess_message(text), "flexibility", True)


@pytest.mark.parametrize(
    "text",
    [
        # A bare "if you have time" often comes before one fixed slot, and "sometime" alone offers no window.
        "Hi Ola, if you have time, could we have a 20-minute call on Friday at 3pm? Thank you.",
        "Hi Tariq, would you be willing to meet me sometime? Thank you.",
    ],
)
def test_a_bare_condition_or_sometime_is_not_surely_flexible(text):
    verdict = assess_message(text)
    assert not verdict.flexibility or "flexibility" in verdict.unsure
