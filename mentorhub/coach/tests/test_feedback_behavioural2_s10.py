"""Second behavioural cycle (session 10): kinds of wording that judge the person, or name nothing, in new words."""

import pytest

from mentorhub.coach.feedback import assess_feedback


@pytest.mark.parametrize(
    "text",
    [
        "Honestly I'm disappointed in you, you're better than this.",
        "You're better than that. The rota was a mess again on Sunday and nobody was told.",
        "We expected more of you this term, to be frank.",
        "Quite disappointed in him, expected better from him after the training he had.",
    ],
)
def test_disappointment_aimed_at_the_person_is_not_behavioural(text):
    assert assess_feedback(text).behavioural is False


@pytest.mark.parametrize(
    "text",
    [
        "Strengths: punctual, friendly. Weaknesses: forgets to restock the drinks fridge.",
        "Pros - honest, punctual. Cons - leaves the till drawer open when she goes on break.",
        "Positives: calm under pressure, clear notes. Negatives: slow to hand over at the end of the shift.",
        "Genuinely talented with the horses, but the tack room is a tip.",
        "Truly gifted with the little ones, though her planning folder is thin.",
        "Decent bloke, turns up on time, bit too chatty on the phone with his mates.",
        "She's a bit talkative when the ward is quiet, otherwise fine.",
    ],
)
def test_a_bare_trait_in_a_list_or_before_a_person_is_not_behavioural(text):
    assert assess_feedback(text).behavioural is False


@pytest.mark.parametrize(
    "text",
    [
        "The Year 9 assembly was brilliant!",
        "Your Monday update was lovely.",
        "I thought the call on Friday was really helpful.",
        "The catch-up last week was useful, I'm grateful.",
        "Really appreciate all your hard work. Keep going!",
        "Thanks for all your efforts this term.",
    ],
)
def test_praise_of_an_occasion_or_of_effort_names_nothing_done(text):
    assert assess_feedback(text).behavioural is False


@pytest.mark.parametrize(
    "text",
    [
        "The slides in the Friday deck were crowded, with four charts on one.",
        "The workshop on risk registers was too long.",
        "The Year 9 assembly was brilliant, the clips were well chosen and short.",
        "She stayed calm under pressure during the fire drill and counted everyone out.",
        "The tone of the letter to Mrs Hale was honest, friendly and short.",
        "Pros: friendly, fast delivery. Cons: the box was dented.",
    ],
)
def test_the_same_words_about_the_work_stay_behavioural(text):
    assert assess_feedback(text).behavioural is True


@pytest.mark.parametrize(
    "text",
    [
        "Glow: great energy. Grow: patience!",
        "Strengths - positive attitude. Work on: punctuality.",
        "EBI: more self-belief.",
        "We appreciate your efforts, always. Keep going!",
        "Thank you for all your hard work.",
    ],
)
def test_a_quality_of_the_person_as_a_glow_or_grow_or_thanks_for_effort_is_not_behavioural(text):
    assert assess_feedback(text).behavioural is False


@pytest.mark.parametrize(
    "text",
    [
        "Glow: the energy in your warm-up got everyone moving. Grow: the cool-down was rushed.",
        "Thanks for your help with the rota on Sunday, it saved me an hour.",
    ],
)
def test_a_glow_or_thanks_that_names_the_deed_stays_behavioural(text):
    assert assess_feedback(text).behavioural is True


@pytest.mark.parametrize(
    "text",
    [
        "Really appreciate your efforts as always. Keep it going!",
        "Thanks so much for all your hard work, keep it up!",
        "I value your commitment always, carry on.",
        "We appreciate your hard work always, keep it up",
        "I appreciate your dedication always. Keep it up!",
    ],
)
def test_thanks_for_effort_alone_is_not_behavioural_even_where_the_learned_reading_leans_the_other_way(text):
    assert assess_feedback(text).behavioural is False


@pytest.mark.parametrize(
    "text",
    [
        "The invoice had the old bank details on it.",
        "Your CV still has two typos in the first line.",
        "The risk assessment lacked a section on lone working.",
        "A cracker of a closing argument in the Patel hearing.",
        "A belter of a header in the second half.",
    ],
)
def test_what_the_work_has_or_lacks_and_an_idiom_about_a_thing_are_behavioural(text):
    assert assess_feedback(text).behavioural is True


@pytest.mark.parametrize(
    "text",
    [
        "The session had a good vibe.",
        "The meeting had some nice moments.",
    ],
)
def test_what_an_occasion_had_names_nothing_done(text):
    assert assess_feedback(text).behavioural is False


@pytest.mark.parametrize(
    "text",
    [
        "A costly slip on a big order: the delivery note had last month's address on it.",
        "Small thing but it matters to the client: your summary lacked the page references.",
        "Honestly a howler of a typo on the front cover of the Dunmore bid.",
        "What a shocker of a weld on the second bracket, it cracked under the first load.",
    ],
)
def test_longer_notes_on_what_the_work_had_or_an_idiom_about_it_are_behavioural(text):
    assert assess_feedback(text).behavioural is True


def test_a_gem_of_a_person_is_still_a_verdict_on_the_person():
    assert assess_feedback("An absolute gem of a lad, we are lucky to have him on the ward.").behavioural is False


@pytest.mark.parametrize(
    "text",
    [
        "Expected more from you on the budget section, it had no totals.",
        "Your tone with the client was lovely.",
    ],
)
def test_disappointment_or_praise_tied_to_a_part_of_the_work_is_not_a_verdict_on_the_person(text):
    assert assess_feedback(text).behavioural is True
