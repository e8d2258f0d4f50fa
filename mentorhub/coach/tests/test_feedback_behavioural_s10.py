"""Session 10: kinds of wording the behavioural reading got wrong on fresh rounds (new phrasings)."""

import pytest

from mentorhub.coach.feedback import assess_feedback


@pytest.mark.parametrize(
    "text",
    [
        # A bare trait word heading a clause, with no "very" or subject before it.
        "Impatient with the juniors. Give them time to finish before you step in.",
        "Forgetful, but a lovely presence on the ward.",
        "Stubborn as usual, though his joinery is coming on.",
        "Unreliable about the rota. Swap shifts through the app, not by text.",
        # A trait, or a warm word, aimed at the people or animals someone deals with.
        "Ever so gentle with the horses, bit nervous around the farrier.",
        "Kind with the elderly customers, and the till was balanced every night.",
        # Virtues "shown" or "demonstrated" in an appraisal name no action.
        "Tomasz has displayed tremendous dedication and integrity this year.",
        "He demonstrates genuine compassion and professionalism at all times.",
        # Non-native appraisal: "is always honest person", "works very hard".
        "Ms Liu is always helpful person and works very hard.",
        "Mr Ahmed is very sincere man, he is doing the job good.",
        # Idioms and rarer words for a character verdict.
        "Sharp as a tack and twice as quick.",
        "Proper safe pair of hands, you'd trust her with anything.",
        "The sort of nurse who you'd want looking after your own mum.",
        "Genuinely one of the finest trainees I've supervised.",
        "An absolute diamond on the shop floor.",
        "What a legend, seriously.",
        "A rather obstinate and truculent young man.",
        "She is an affable, perspicacious analyst.",
        "Head in the clouds most days, honestly.",
        "Knows her onions but a bit of a loose cannon with the clients.",
        "A fast learner. Next month, run the stock take on your own.",
    ],
)
def test_character_verdicts_in_other_words_are_not_behavioural(text):
    assert assess_feedback(text).behavioural is False


@pytest.mark.parametrize(
    "text",
    [
        # A short fault of the work with no subject: the thing not done, or "too" a quality of the work.
        "Fridge temperatures not logged again.",
        "Timesheets still not submitted.",
        "Far too wordy.",
        "Too formal for a thank-you card.",
        # Telegraphic notes on the work: a noun and its quality.
        "Extraction this morning: clean sockets, tidy sutures.",
        "Edges crisp. Joints tight. Nice.",
    ],
)
def test_short_notes_on_the_work_are_behavioural(text):
    assert assess_feedback(text).behavioural is True


@pytest.mark.parametrize(
    "text",
    [
        # Words that are traits elsewhere, here about the work or a role: no verdict on the person.
        "Nice, clean welds on the gate frame.",
        "She is responsible for the rota and it was out on time.",
        "You worked really hard on the budget tables and they balance now.",
        "Lovely with the glaze on the second batch, the colour is even.",
        "We raised a credit to the client for the damaged stock.",
        "The kind of mistake that costs a sale: the quote had last year's prices.",
        "Tough session, but your pacing on the long run was spot on.",
    ],
)
def test_words_that_can_judge_a_person_but_here_describe_the_work_stay_behavioural(text):
    # No verdict on the person is found: the panel says "about what was done", or asks where the learned reading
    # leans the other way, but never states a cross.
    result = assess_feedback(text)
    assert result.behavioural is True or "behavioural" in result.unsure


@pytest.mark.parametrize(
    "text",
    [
        # A trait before a role noun: "a somewhat timid lead", "an overbearing manager".
        "A rather diffident supervisor; lets the loud ones decide.",
        # Character held as a possession: personality, presence, a head for something.
        "You've got such a warm presence, people just open up.",
        "You have a head for figures and a real future in audit.",
        # Energy brought to a place names no action.
        "He brings so much positivity to the depot, but his van checks are patchy.",
        # "too much of a", "something of a" before the trait.
        "You're something of a control freak with the rota, though the cover was sorted.",
        # A role named with "the" and then judged: "the driver was very rude".
        "Just to say the receptionist was extremely rude and unhelpful on the phone.",
        # Bare reactions and praise idioms name nothing.
        "Honestly not impressed.",
        "Mate you smashed it 🙌",
        "Best barber in the whole town!!",
    ],
)
def test_more_character_wordings_are_not_behavioural(text):
    assert assess_feedback(text).behavioural is False


@pytest.mark.parametrize(
    "text",
    [
        # Praise of the person tied to a piece of the work is about the work.
        "At the tribunal you were brilliant on the timeline but shaky on the pay figures.",
    ],
)
def test_praise_tied_to_a_piece_of_the_work_is_behavioural(text):
    # No verdict on the person is stated: "about what was done", or a question where the rules leave it open.
    result = assess_feedback(text)
    assert result.behavioural is True or "behavioural" in result.unsure


@pytest.mark.parametrize(
    "text",
    [
        "Reliable, repeatable results from the test rig this week.",
        "Organised, well-paced slides on the Q2 figures.",
        "A warm lead from the trade show, and you followed it up the same day.",
        "A defensive player should hold the line; you stepped up too early twice.",
    ],
)
def test_trait_words_that_describe_the_work_or_a_thing_stay_behavioural(text):
    assert assess_feedback(text).behavioural is True


def test_a_shrug_with_an_adverb_is_not_a_note_on_the_work():
    assert assess_feedback("Frankly not surprised.").behavioural is False


@pytest.mark.parametrize(
    "text",
    [
        # A named person who "has" done something did it.
        "Grace has managed the rota well since March, though the leave requests pile up.",
        # A pleasant word before a thing is praise of the thing: "really nice rapport with the family".
        "Really lovely rapport with the lad's mum at pick-up today.",
        # The work "could have been better planned" names what to improve.
        "The handover could have been better structured.",
        # A noun and its quality in a list of pros and cons.
        "Pros: quick, polite. Cons: coffee lukewarm, pastries stale.",
    ],
)
def test_notes_naming_the_work_or_a_deed_are_behavioural(text):
    assert assess_feedback(text).behavioural is True


@pytest.mark.parametrize(
    "text",
    ["Really enjoyed our chat.", "Very nice girl, very polite.", "So lovely, and a pleasure to have in class."],
)
def test_adverb_led_warmth_or_a_trait_before_a_person_stays_not_behavioural(text):
    assert assess_feedback(text).behavioural is False


def test_a_trait_aimed_at_the_little_ones_and_the_till_is_not_behavioural():
    assert assess_feedback("Gentle with the little ones, useless with the till.").behavioural is False


def test_a_noun_and_its_quality_in_places_is_behavioural():
    assert assess_feedback("Joins uneven in places.").behavioural is True


@pytest.mark.parametrize(
    "text",
    [
        # A virtue shown in a deed, a "gem of a" thing, knowledge of a named topic: about the work, not a verdict.
        "Showed real composure talking the driver down from the bridge.",
        "An absolute gem of a closing paragraph in the Kent report.",
        "Knows his stuff on the gas regs; forgot the CP12 copy for the tenant though.",
    ],
)
def test_idioms_tied_to_a_deed_or_a_thing_stay_behavioural(text):
    # No verdict on the person is found: the panel says "about what was done", or asks where the learned reading
    # leans the other way, but never states a cross.
    result = assess_feedback(text)
    assert result.behavioural is True or "behavioural" in result.unsure


@pytest.mark.parametrize(
    "text",
    [
        "Often slow answering the phones on the front desk.",
        "Your questioning of the witness was sharp, but need to tighten the closing.",
        "Priya has reconciled the petty cash every Friday, though the receipts go missing.",
    ],
)
def test_a_habit_a_named_technique_or_a_named_deed_is_behavioural(text):
    assert assess_feedback(text).behavioural is True


def test_an_occasion_that_went_fine_names_no_deed():
    assert assess_feedback("Parents evening last night went fine.").behavioural is False


def test_the_work_could_be_a_comparative_names_the_work():
    assert assess_feedback("The pointing could be neater.").behavioural is True
    assert assess_feedback("The meeting could be better.").behavioural is False
