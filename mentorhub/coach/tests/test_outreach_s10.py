"""Session 10 outreach kinds: each case is a new phrasing of a kind of wording round t missed, not a round text."""

import pytest

from mentorhub.coach.outreach import assess_message


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
    assert assess_message(text).clear_ask


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
    assert not assess_message(text).clear_ask


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
    assert assess_message(text).flexibility


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
