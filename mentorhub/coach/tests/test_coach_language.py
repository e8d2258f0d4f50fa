"""The coaches read English and answer in English (API, CLI); a page shows their hints in the person's language."""

from datetime import date

from django.utils import translation

from mentorhub.coach import panel
from mentorhub.coach.goals import assess_goal
from mentorhub.coach.outreach import assess_message


def test_a_goal_hint_with_the_persons_own_words_is_shown_in_portuguese_around_those_words():
    hints = assess_goal("Get better at writing by March 2024.", today=date(2026, 11, 30)).hints
    with translation.override("pt"):
        shown = [panel.translate(h) for h in hints]
    assert shown[0].startswith("'Get better at writing' é vago")
    assert "Acrescente um número" in shown[1]
    assert shown[2].startswith("31 March 2024 já passou, por isso não é um prazo")


def test_an_outreach_hint_for_an_unfilled_placeholder_and_the_word_limit_are_shown_in_portuguese():
    verdict = assess_message("Hi Ana, I loved [a talk of theirs]. " + "word " * 160)
    with translation.override("pt"):
        shown = [panel.translate(h) for h in verdict.hints]
    assert "Preencha [a talk of theirs] com as suas próprias palavras." in shown
    assert "Reduza para menos de 150 palavras (agora 168)." in shown


def test_in_english_the_hints_stay_as_the_coach_wrote_them_and_other_text_is_left_alone():
    hints = assess_goal("Get better at writing.", today=date(2026, 11, 30)).hints
    with translation.override("en"):
        assert [panel.translate(h) for h in hints] == hints
    with translation.override("pt"):
        assert panel.translate("Something no coach wrote.") == "Something no coach wrote."
