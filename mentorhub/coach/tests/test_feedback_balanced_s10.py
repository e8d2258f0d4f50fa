"""Balanced: kinds of wording seen on fresh rounds (session 10), in new phrasings."""

import pytest

from mentorhub.coach.feedback import assess_feedback


@pytest.mark.parametrize(
    "text",
    [
        "Your plating is always tidy; the portions could be more even.",
        "The report reads nicely, the charts could be a bit bigger.",
        "Great on the phones, the filing less so.",
        "Her notes are thorough but her handovers are less detailed than they were.",
        "Strong first half. The conclusion needs a lot more work.",
        "Friendly with the residents, the medication rounds need work.",
    ],
)
def test_a_soft_fault_beside_praise_reads_balanced(text):
    assert assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Pros: tidy, on time. Cons: forgets to log the mileage.",
        "Things to work on: your chasing of invoices. Good stuff: your spreadsheets are neat.",
    ],
)
def test_a_list_of_pros_and_cons_reads_balanced(text):
    assert assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Nice lad, just needs to stop swearing on the shop floor.",
        "Sweet girl, needs to put her hand up more in class.",
        "Bone idle but knows her stuff.",
    ],
)
def test_a_character_contrast_reads_balanced(text):
    assert assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Rang 5 parents about the trip, four said yes. The last one got angry and I panicked.",
        "Hit 2 of my 3 goals this week. The reading one I only managed 20 pages of 100.",
    ],
)
def test_a_win_then_a_struggle_in_an_update_reads_balanced(text):
    assert assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Oh wonderful, the stock take started late again. Riveting.",
        "Oh great, the van came back with no fuel again.",
    ],
)
def test_sarcastic_praise_is_not_praise(text):
    assert not assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Good to see you today. On the rota for December - have you thought about splitting the late shifts?",
        "Dear Madam, the cover note sent on 3/11 shows the wrong postcode. Kindly correct and resend by Monday.",
    ],
)
def test_a_pleasantry_or_politeness_beside_a_fix_is_not_praise(text):
    assert not assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Sgt Okafor is dependable and unflappable. His file on the Mill Lane assault was complete and the CPS "
        "charged without queries.",
        "Aisha has been a diligent and conscientious team leader. The Eastgate refit finished a week early with "
        "zero reportable accidents.",
    ],
)
def test_a_praise_only_appraisal_is_not_balanced(text):
    result = assess_feedback(text)
    assert not result.balanced


@pytest.mark.parametrize(
    "text",
    [
        "Your labels are neat and easy to read, the spacing could be tighter.",
        "- polite on the phone - uniform tidy - till counts need work",
        "9/10 for the flavour, 3/10 for the presentation.",
    ],
)
def test_praise_and_a_soft_fault_side_by_side_read_balanced(text):
    assert assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Mo has been a dependable and hard-working supervisor. The Elm Street job was handed over a week early and "
        "with zero reportable defects.",
        "Sam is a born organiser and the volunteers love her. The fun run on Sunday was well marshalled and everyone "
        "was in place for kick-off.",
    ],
)
def test_a_phrasal_verb_in_praise_is_not_a_fault(text):
    assert not assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Nice serve, elbow dropping late in the set.",
        "Packed 120 boxes on Monday, a record. Two went out with the wrong labels.",
        "Your menu for the Hart wedding was very clear, the couple loved the layout. For the next one, add the "
        "allergens beside each dish.",
    ],
)
def test_more_ways_of_naming_a_win_and_a_fault_read_balanced(text):
    assert assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Ben's a born coach and the kids adore him. His warm-up on Sunday was well paced and everyone was ready "
        "on time.",
        "Nice to catch up. About the stock losses at the Derby branch - what about moving the perfume behind the "
        "counter?",
    ],
)
def test_praise_only_or_a_question_suggestion_is_not_balanced(text):
    assert not assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Lock the van every time you leave it, even for a minute. Apart from that, your job sheets are spot on.",
        "Always wear gloves when you handle the bleach. Otherwise your cleaning rota is excellent.",
    ],
)
def test_praise_after_a_fix_opened_by_otherwise_reads_balanced(text):
    assert assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "The quarterly fuel logs for July and August were handed in late. These must be submitted by the 3rd of "
        "each month from now on.",
        "Your write-up for the enzyme practical is missing the units on two graphs. Add them before Monday.",
        "Not my place, but the bins weren't put out Sunday. Worth a word?",
    ],
)
def test_a_fault_and_a_fix_with_a_stray_praise_word_is_not_balanced(text):
    assert not assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Your Tuesday class had too many pupils queueing at the printer. Print the worksheets the day before "
        "instead of during the lesson.",
        "Today I forgot my stethoscope for the home visits, had to go back for it. From tomorrow I keep a spare in "
        "the car.",
        "Solid month overall, a couple of things to polish but you're heading the right way.",
    ],
)
def test_a_fault_with_a_fix_or_a_vague_criticism_is_not_balanced(text):
    assert not assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "This week I have finished the wiring module and passed the quiz. Reading the schematics is still difficult "
        "for me, I will ask Gary to go through one with me.",
        "Did my first solo lambing on Tuesday and it was successful. Ewe was stressed because I took too long.",
        "Saturday's lunch service ran like clockwork apart from the soup going out cold to table 4.",
    ],
)
def test_a_win_beside_a_difficulty_in_an_update_reads_balanced(text):
    assert assess_feedback(text).balanced
