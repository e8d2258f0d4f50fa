import pytest

from mentorhub.coach.outreach import (
    HINT_CLEAR_ASK,
    HINT_FLEXIBILITY,
    HINT_GRATITUDE,
    HINT_PERSONALIZATION,
    HINT_PREMATURE,
    MessageAssessment,
    assess_message,
)
from mentorhub.coach.tests.stated import stated_or_asked

GOOD_NURSING = (
    "Hi Priya, I read your piece in Nursing Times on cutting handover errors on night shifts, and my ward "
    "has just trialled your checklist. I'm a charge nurse thinking about a move into quality improvement. "
    "Would you be open to a 20-minute phone call in the next few weeks? Whatever time suits you is fine by "
    "me. Thank you for reading this."
)


def test_strong_message_passes_every_check():
    a = assess_message(GOOD_NURSING)

    assert (a.personalization, a.clear_ask, a.flexibility, a.gratitude) == (True, True, True, True)
    assert not a.premature_ask
    assert a.hints == []
    assert a.problems == []
    assert a.confident


def test_bare_mentor_request_fails_every_check():
    a = assess_message("Hello, I want to get into finance. Will you mentor me?")

    assert a.premature_ask
    assert not (a.personalization or a.clear_ask or a.flexibility or a.gratitude)
    assert a.hints == [HINT_PERSONALIZATION, HINT_CLEAR_ASK, HINT_FLEXIBILITY, HINT_GRATITUDE, HINT_PREMATURE]


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam, your keynote at the Design Systems Summit on token naming changed how our team works.",
        "Hi Dev, Dana Whitfield from the carpentry guild suggested I reach out to you.",
        "Dear Dr. Haddad, we met at the coastal erosion symposium in Bergen last Thursday.",
        "Hi Noor, I noticed you moved from audit into corporate treasury at Halden Bank two years ago.",
        "Hello Ms. Osei, congratulations on the regional small business award for your electrical firm!",
        "Hi Claire, I've been following your work on paediatric sepsis screening in the ED.",
        "Hi Rob, thanks again for the tips on estimating jobs at the union apprenticeship night.",
    ],
)
def test_specific_detail_about_recipient_counts_as_personalization(text):
    assert assess_message(text).personalization


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tom, I really admire your work in finance and would love to learn from you.",
        "Hello Ms. Chen, I came across your profile and see you're a Senior Product Designer at Atlassian.",
        "Dear Professor Lee, I have followed your career for years and I'm impressed by your achievements.",
        "Hi Jo, I'd value your feedback on my portfolio project.",
        "Hi Mark, I work in accounting and you work in accounting too.",
        "Hi Ana, we haven't met, but I'd love to meet you.",
    ],
)
def test_generic_praise_or_job_title_is_not_personalization(text):
    assert not assess_message(text).personalization


def test_research_notes_detail_counts_as_personalization():
    notes = "Set up the simulation lab at St Anne's in 2021. Writes about debriefing after simulation."
    text = "Hi Maya, I'd love to learn how the simulation lab came together and how debriefing works there."

    assert not assess_message(text).personalization
    assert assess_message(text, recipient_name="Maya", research_notes=notes).personalization


def test_research_notes_echoing_only_the_job_title_is_not_personalization():
    notes = "Head of Nursing Education at St Anne's Hospital."
    text = "Hi Maya, I see you are head of nursing education at St Anne's Hospital. Could we talk?"

    assert not assess_message(text, recipient_name="Maya", research_notes=notes).personalization


@pytest.mark.parametrize(
    "text",
    [
        "Could you spare 15 minutes for a phone call about your path into forensic accounting?",
        "Would you be open to a short video chat about moving from bench science into regulatory affairs?",
        "Could I buy you a coffee near your studio one afternoon?",
        "I have two questions about choosing a PhD lab. Would you be willing to answer them by email?",
        "Would you be willing to review my one-page portfolio and tell me what to cut?",
        "Could we meet for half an hour so I can ask how you priced your first plumbing jobs?",
    ],
)
def test_bounded_request_is_a_clear_ask(text):
    assert assess_message(text).clear_ask


@pytest.mark.parametrize(
    "text",
    [
        "I'm a welder looking to move into inspection. Let's connect!",
        "I would like to know about your experience in academia. Please reply.",
        "I need help with my design career. When are you free?",
        "Would you be my mentor as I start out in interior design?",
        "I roast coffee for a living. Can we talk?",
        "Could we have a 30-minute call every week until my exam?",
    ],
)
def test_vague_or_open_ended_request_is_not_a_clear_ask(text):
    assert stated_or_asked(assess_message(text), "clear_ask", False)


@pytest.mark.parametrize(
    "text",
    [
        "Could we talk for 15 minutes? I'm happy to work around your shifts.",
        "Would a call on Tuesday or Thursday afternoon work?",
        "Could I ask three questions, by email or on a short call, whichever is easier for you?",
        "Any weekday morning works for me.",
        "Could we meet for coffee? Feel free to suggest a time that works for you.",
    ],
)
def test_offering_options_or_deferring_is_flexible(text):
    assert assess_message(text).flexibility


@pytest.mark.parametrize(
    "text",
    [
        "Could we have a 15-minute call on Friday at 3pm?",
        "Would you have 20 minutes for a phone call next Wednesday?",
        "I know your schedule is packed, but could we meet Monday at 9?",
    ],
)
def test_fixed_slot_is_not_flexible(text):
    assert not assess_message(text).flexibility


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for considering it.",
        "Many thanks in advance, Jake",
        "I'd be grateful for any time you can spare.",
        "I really appreciate you sharing your process so openly.",
        "thx so much!!",
    ],
)
def test_thanks_or_appreciation_is_gratitude(text):
    assert assess_message(text).gratitude


@pytest.mark.parametrize(
    "text",
    [
        "Looking forward to hearing from you. Best regards, Tina",
        "Thanks to my manager, I now lead the night shift. Could we talk?",
        "I know your time is valuable, so I'll keep this short.",
    ],
)
def test_no_thanks_is_not_gratitude(text):
    assert not assess_message(text).gratitude


@pytest.mark.parametrize(
    "text",
    [
        "Would you be my mentor as I prepare for the CPA exam?",
        "I would be honoured if you would agree to mentor me through my move into architecture.",
        "Would you consider taking me on as a mentee during my PhD applications?",
        "I need a mentor who can meet with me every week. Please tell me if you accept.",
        "I'm not sure whether it's appropriate to ask, but would you be willing to mentor me?",
        "You'd be the perfect mentor for me as I move into energy finance. Would you be open to that?",
        "I'd love to learn from you regularly. Could we meet monthly?",
    ],
)
def test_asking_a_stranger_for_mentorship_is_premature(text):
    assert assess_message(text).premature_ask


@pytest.mark.parametrize(
    "text",
    [
        "I'm not asking you to be my mentor, just for a 15-minute call about how you got chartered.",
        "Please don't feel obligated to mentor me. Could I ask you two quick questions?",
        "I don't expect you to mentor me, but I'd be grateful for a coffee one morning.",
        "This isn't a request for ongoing mentorship; could we have one 20-minute chat?",
        "My mentor, Dr. Yusuf, suggested I contact you. Could we have a short call?",
        "Do you know anyone who could mentor me in welding inspection?",
        "Could I have 20 minutes during your weekly office hours?",
    ],
)
def test_negated_or_third_party_mentor_mentions_are_not_premature(text):
    assert stated_or_asked(assess_message(text), "premature_ask", False)


def test_negated_mentor_ask_lowers_confidence():
    a = assess_message("I'm not asking you to be my mentor, but could we have a 20-minute call next week?")

    assert stated_or_asked(a, "premature_ask", False)
    assert stated_or_asked(a, "clear_ask", True)
    assert not a.confident


def test_word_count_and_length_hint():
    short = assess_message("Hi Lena, could we have a 20-minute call about hospital finance?")
    long = assess_message(GOOD_NURSING + " " + "I have spent years on the ward and learned a lot. " * 12)

    assert short.word_count == 11
    assert not short.too_long
    assert long.word_count > 150
    assert long.too_long
    assert long.hints[-1] == f"Cut to under 150 words (now {long.word_count})."


def test_exactly_150_words_is_not_too_long():
    assert not assess_message("Thanks " * 150).too_long
    assert assess_message("Thanks " * 151).too_long


def test_hyphenated_and_punctuated_tokens_count_as_one_word():
    assert assess_message("A 20-minute call - Tuesday?").word_count == 4


@pytest.mark.parametrize("text", ["", "   \n\t", "???", "!!! ... ---", "12345"])
def test_empty_or_wordless_input_is_a_problem(text):
    a = assess_message(text)

    assert len(a.problems) == 1
    assert not a.confident
    assert not (a.personalization or a.clear_ask or a.flexibility or a.gratitude or a.premature_ask)
    assert a.hints == []


@pytest.mark.parametrize(
    "text",
    [
        "Hola Ana, me encantaría hablar contigo sobre tu carrera en diseño. ¿Tienes 20 minutos la próxima "
        "semana? Gracias.",
        "Bonjour Marc, pourriez-vous m'accorder un appel de 20 minutes? Merci pour votre temps.",
        "你好 我想请你做我的导师",
    ],
)
def test_non_english_message_is_a_problem(text):
    a = assess_message(text)

    assert a.problems == ["The message doesn't look like English; the coach can only check English messages."]
    assert not a.premature_ask
    assert not a.gratitude
    assert not a.confident


def test_english_message_with_foreign_names_is_checked():
    a = assess_message(
        "Hi Juan de la Cruz, I read your article on the Banco de la Nación merger. Could I ask two questions?"
    )

    assert a.problems == []
    assert a.personalization and a.clear_ask


def test_short_english_greeting_is_not_mistaken_for_another_language():
    assert assess_message("Greetings Professor Mbeki").problems == []


def test_none_text_is_treated_as_empty():
    assert assess_message(None).problems  # type: ignore[arg-type]


def test_texting_shorthand_is_understood():
    a = assess_message("hi jess! saw ur tiktok about dental hygiene school. could i ask u 3 questions? thank u")

    assert a.personalization and a.clear_ask and a.gratitude


def test_to_dict_has_the_contract_keys():
    d = assess_message(GOOD_NURSING).to_dict()

    assert set(d) == {
        "personalization",
        "clear_ask",
        "flexibility",
        "gratitude",
        "premature_ask",
        "word_count",
        "too_long",
        "hints",
        "problems",
        "placeholders",
        "unsure",
        "confident",
    }
    assert isinstance(assess_message("Thanks!"), MessageAssessment)


def test_assessment_is_deterministic():
    assert assess_message(GOOD_NURSING).to_dict() == assess_message(GOOD_NURSING).to_dict()


def test_a_mentorship_request_asking_for_mentoring_is_not_a_premature_ask():
    text = "Hi Marco, you supervised my placement at St Luke's. Would you be my mentor this year? Thank you."
    as_outreach = assess_message(text)
    as_request = assess_message(text, purpose="request")

    assert as_outreach.premature_ask and not as_outreach.clear_ask
    assert not as_request.premature_ask and as_request.clear_ask
    assert HINT_PREMATURE not in as_request.hints and "premature_ask" not in as_request.unsure


def test_an_offer_to_mentor_is_its_own_clear_ask():
    verdict = assess_message(
        "Hi Maya, I liked your question at Tuesday's SQL meetup. I'd be glad to mentor you.", purpose="offer"
    )

    assert verdict.clear_ask and not verdict.premature_ask


def test_an_unknown_purpose_is_refused():
    with pytest.raises(ValueError):
        assess_message("Hi Maya, could we talk for 20 minutes?", purpose="spam")


def test_no_flexibility_in_a_long_message_is_asked_not_stated():
    # Past 45 words a "no" is a claim about every sentence, and offers of time come in words no list holds.
    text = (
        "Dear Ms Okafor, I read your article in Nursing Times about setting up the falls clinic at St Luke's, and it "
        "changed how our ward runs its safety huddles. I am a Band 5 nurse hoping to move into quality improvement "
        "next year. Could we have a 20-minute call on Tuesday 9 March at 2pm? Thank you for reading this."
    )
    result = assess_message(text)
    assert result.word_count > 45
    assert result.flexibility is False
    assert "flexibility" in result.unsure and not result.confident
