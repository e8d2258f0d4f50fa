"""Verdicts on the person against what was done, as people really write them (issue 17): character words in any
voice and register, appraisals, idioms, lists of traits; short notes on the work; praise that names nothing."""

import pytest

from mentorhub.coach.feedback import about_the_person, assess_feedback
from mentorhub.coach.tests.stated import stated_or_asked


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
    assert stated_or_asked(assess_feedback(text), "behavioural", False)


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
    assert stated_or_asked(assess_feedback(text), "behavioural", True)


@pytest.mark.parametrize(
    "text",
    [
        "The session had a good vibe.",
        "The meeting had some nice moments.",
    ],
)
def test_what_an_occasion_had_names_nothing_done(text):
    assert stated_or_asked(assess_feedback(text), "behavioural", False)


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
    assert stated_or_asked(assess_feedback(text), "behavioural", True)


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


@pytest.mark.parametrize(
    "text",
    [
        # A trait after a degree adverb the list did not know ("far too", "way too", "overly", "extremely").
        "In the budget review you were way too defensive when Sam asked about overtime.",
        "At the parents' evening you were extremely abrupt with the Hassans.",
        "She was overly bossy with the volunteers at the fete on Sunday.",
        # A bare trait after a frequency word heading a clause, aimed at a thing ("Sometimes careless with...").
        "Often careless with the cash-up sheets. Count the float twice before you sign.",
        "Good week overall. Often a bit lazy with my reading log though.",
        "Occasionally forgetful about the fridge checks.",
        # An effort exhortation in the second person names no action.
        "You need to step up.",
        "You have to work harder.",
        "You need to try harder this term.",
        # A disposition named as a gift ("good instincts") judges the person.
        "Good instincts with the patients, but your notes are thin.",
        # Contractions written without the apostrophe ("Hes", "shes", "youre"), and "a hard worker".
        "Shes a hard worker, never misses a shift.",
        "Youre so lazy with the washing up.",
    ],
)
def test_a_verdict_on_the_person_is_not_behavioural(text):
    assert assess_feedback(text).behavioural is False


@pytest.mark.parametrize(
    "text",
    [
        # An activity noun heading a sentence is not a person's name ("Dispensing was sloppy", "Plating was careless").
        "Plastering was sloppy in the back bedroom: the corners are rough. Go over them with a float before Friday.",
        "Documentation was careless on Tuesday's round, two charts had no times.",
    ],
)
def test_a_verdict_on_an_activity_is_behavioural(text):
    assert assess_feedback(text).behavioural is True


@pytest.mark.parametrize(
    "text",
    [
        # An occasion with a date after its head is still an occasion ("the call on 12th May was fine").
        "The call on 12th May was fine I suppose.",
        "The workshop on 3 June was really helpful.",
    ],
)
def test_a_verdict_on_a_dated_occasion_names_nothing_done(text):
    assert stated_or_asked(assess_feedback(text), "behavioural", False)


@pytest.mark.parametrize(
    "text",
    [
        # Blame of a whole piece of work names no feature of it, like "your cake was lovely".
        "The Harrogate refit was a shambles from start to finish.",
        "Your report was a complete mess.",
    ],
)
def test_a_whole_verdict_on_the_work_names_no_feature(text):
    assert assess_feedback(text).behavioural is False


@pytest.mark.parametrize(
    "text",
    [
        "That presentation was dreadful.",
        # A bare trait word heading a clause, before a next step.
        "Unreliable about the rota. Swap shifts through the app, not by text.",
    ],
)
def test_verdicts_the_learned_reading_leans_against_are_asked_not_stated_as_behavioural(text):
    # The rules read these as verdicts; since the session-17 retraining the learned reading leans the other way, so
    # the coach asks. It never states them as behavioural.
    assert stated_or_asked(assess_feedback(text), "behavioural", False)


def test_a_whole_verdict_with_what_made_it_so_is_behavioural():
    assert assess_feedback("Your spreadsheets are always a nightmare to follow.").behavioural is True


@pytest.mark.parametrize(
    "text",
    [
        # "need" is no past-tense deed: "we need to fix" names nothing done.
        "The quiz night was a success, well done! We need to iron out a couple of things though.",
        "Decent start overall, though we need to talk about a few bits.",
        # "you did fine / ok / well" is praise of nobody knows what.
        "You did fine overall, but there is room to grow.",
        "He did ok this term but there's more in him.",
        # A whole occasion or "your work" judged as fine or good names no feature of it.
        "Monday's safety briefing was good but could have been better in places.",
        "Your work is great, but I know you can go further.",
        "The open evening was fine, nothing special.",
    ],
)
def test_vague_verdicts_on_an_occasion_or_on_effort_are_not_read_as_behaviour(text):
    assert stated_or_asked(assess_feedback(text), "behavioural", False)


@pytest.mark.parametrize(
    "text",
    [
        # The same shapes naming a deed or a feature stay behavioural.
        "We need the sign-off sheet back by Friday; you left the totals column empty.",
        "You did well on the audit: every invoice was matched to its order.",
        "The briefing notes you wrote were clear and short.",
        "Your work on the rota was accurate and on time.",
        "The report could have been better structured, the summary is buried on page 4.",
        "You needed three attempts at the cannula on Tuesday; practise on the arm model.",
        # "Really nice" after a clause about the work praises the work.
        "Cannulation on bed 4 went in first time, really nice. Release the tourniquet before you flush.",
        "The trousers for signor Bianchi, very nice, the crease is perfect. But the hem is half a centimetre short.",
    ],
)
def test_deeds_and_features_in_the_same_shapes_stay_behavioural(text):
    assert assess_feedback(text).behavioural is True


@pytest.mark.parametrize(
    "text",
    [
        # A bare trait word heading a clause, with no "very" or subject before it.
        "Impatient with the juniors. Give them time to finish before you step in.",
        "Forgetful, but a lovely presence on the ward.",
        "Stubborn as usual, though his joinery is coming on.",
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
    assert stated_or_asked(assess_feedback(text), "behavioural", True)


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
        # How someone comes across, looked, or is to teach is said of the person.
        "Trainee review: Ben's research memo on the limitation point was thorough. He can come across as arrogant with"
        " the paralegals.",
        "Pastor, your sermon last Sunday was beautiful. But you were looking a bit nervous I think.",
        "Ella is a delight to teach and always tries her best. She should read aloud for twenty minutes every evening.",
        "Jun Hao is attentive in class and participates actively in group work.",
        # A writer calling themself an idiot or an imposter.
        "lol I'm such an idiot. left my toolbox at the Hendersons job again",
        "Pushed the weather app to GitHub!! Honestly I feel like such an imposter compared to the bootcamp people.",
        # A gift or a label for the person heading the text.
        "Gifted storyteller, sloppy proofreader. Run spellcheck before you send me anything.",
        "Brilliant salesman, absolutely useless with the CRM though.",
        "Talented kid. Sloppy though.",
        # "Too nice" judges the person, where "really nice" after the work praises the work.
        "Too nice. People walk all over him.",
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
        # The same words about a body, a plan or a drawing, or an instruction about a deed.
        "You have an eye infection, so no contact lenses in theatre until it clears.",
        "The patient in bay 4 was very agitated overnight; you called the registrar at 2am, which was right.",
        "Don't be late for the 7am handover again; you missed the falls briefing on Tuesday.",
        "The mind map on slide 3 has too many branches; cut it to four.",
    ],
)
def test_trait_words_that_describe_the_work_or_a_thing_stay_behavioural(text):
    # The rules find no verdict on the person; where they ask, the learned reading decides.
    assert about_the_person(text) is False
    assert stated_or_asked(assess_feedback(text), "behavioural", True)


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
    assert stated_or_asked(assess_feedback(text), "behavioural", True)


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
    assert stated_or_asked(assess_feedback("The pointing could be neater."), "behavioural", True)
    assert stated_or_asked(assess_feedback("The meeting could be better."), "behavioural", False)


@pytest.mark.parametrize(
    "text",
    [
        "Such a pleasure to work with. Always cheerful on the ward.",
        "Honestly a joy to have in the team.",
        "He is great to work with and the clients like him.",
        "Difficult to work with at times.",
    ],
)
def test_saying_the_person_is_a_pleasure_or_a_pain_to_work_with_is_not_behavioural(text):
    assert assess_feedback(text).behavioural is False


@pytest.mark.parametrize(
    "text",
    [
        "He always has a big smile for everyone.",
        "You have such a positive attitude, it rubs off on the others.",
        "She has a lovely manner about her.",
    ],
)
def test_a_person_having_a_smile_attitude_or_manner_is_not_behavioural(text):
    assert assess_feedback(text).behavioural is False


@pytest.mark.parametrize(
    "text",
    [
        "Lovely attitude, just a bit all over the place.",
        "Good energy. Needs more focus though.",
        "Brilliant enthusiasm, but scattered.",
    ],
)
def test_a_bare_quality_of_the_person_as_a_whole_clause_is_not_behavioural(text):
    assert assess_feedback(text).behavioural is False


@pytest.mark.parametrize(
    "text",
    [
        "You did most things right and a few things wrong, let's talk Monday.",
        "I think you did everything really well.",
        "You did a lot of things well this month.",
    ],
)
def test_doing_things_well_with_no_thing_named_is_not_behavioural(text):
    assert stated_or_asked(assess_feedback(text), "behavioural", False)


@pytest.mark.parametrize(
    "text",
    [
        "The cake you brought has a lovely moist crumb.",
        "You did the risk section well but the budget needs work.",
        "The new rota you drew up is easy to work with.",
        "She has a clear plan for the rollout.",
    ],
)
def test_work_named_beside_these_wordings_stays_behavioural(text):
    assert assess_feedback(text).behavioural is True


@pytest.mark.parametrize(
    "text",
    [
        "Your pitch to the investors was really great.",
        "Your talk at the conference on Friday was brilliant, well done!",
        "Your call with the landlord yesterday was good, nice one.",
    ],
)
def test_a_whole_performance_with_its_audience_judged_in_one_word_is_not_behavioural(text):
    assert stated_or_asked(assess_feedback(text), "behavioural", False)


@pytest.mark.parametrize(
    "text",
    [
        "Your tone with the client was lovely.",
        "Your pitch to the investors was really clear.",
        "Your handling of the complaint was great.",
    ],
)
def test_a_way_of_working_or_a_quality_word_after_the_audience_stays_behavioural(text):
    assert assess_feedback(text).behavioural is True


@pytest.mark.parametrize(
    "text",
    [
        "Amazing, amazing. Nothing to improve.",
        "Superb!! Wow. Could not have asked for more.",
        "Fantastic, well done, nothing to add.",
    ],
)
def test_exclamations_of_praise_and_no_fault_name_nothing_done(text):
    assert stated_or_asked(assess_feedback(text), "behavioural", False)


def test_the_writers_pleasure_at_working_with_someone_on_a_thing_is_not_read_as_a_verdict_on_them():
    assert about_the_person("Great to work with you on the Leeds bid, your costings were spot on.") is False
    assert about_the_person("Lovely to work with.") is True


@pytest.mark.parametrize(
    "text",
    [
        "Such a thoughtful lad, he swept the yard before the vet came out.",
        "What a kind soul, she stayed behind to help the new starter cash up.",
        "Such a dedicated nurse, covered two extra nights when we were short.",
        "Still a bit scatty with the rota, two shifts left blank for March.",
        "Week 2 update: the fencing on the top field is done. Still a bit slapdash with the ear tags tho.",
    ],
)
def test_a_person_exclaimed_over_or_still_a_trait_is_not_behavioural(text):
    assert assess_feedback(text).behavioural is False


@pytest.mark.parametrize(
    "text",
    [
        "Such a lovely touch, the handwritten place cards on every table.",
        "What a warm welcome pack for the new families.",
        "Still a bit patchy on the second coat, the hallway ceiling mostly.",
        "Still a bit nervous on the high racking, did two pallets with Tom watching.",
        # The writer's own feeling, said as one, is how they felt, not who they are.
        "I think my talk went ok? I was really nervous and rushed the middle bit about the Lindisfarne Gospels.",
        "Today my medication competency was signed off. Still I am not confident with the patches, so I will ask to "
        "do the fentanyl patch change with Sister on Friday.",
        "Thank you for last meeting. In the client call on Thursday I was very nervous but I explained the new "
        "pricing without reading from paper.",
    ],
)
def test_the_same_openings_before_the_work_are_no_verdict_on_the_person(text):
    assert about_the_person(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "You never answer a single email from the suppliers.",
        "She has never once handed in a single timesheet on time.",
        "He never sweeps up a single offcut on this job.",
    ],
)
def test_never_a_single_sweeps_rather_than_names_a_habit(text):
    assert stated_or_asked(assess_feedback(text), "behavioural", False)


@pytest.mark.parametrize(
    "text",
    [
        "The session could have been better planned.",
        "Good supervision, but we didn't quite cover it all.",
        "Nice chat on Monday, though we didn't get through it all.",
        "The second half was fine, the first half not so much.",
        "Great lesson, your lot were brilliant.",
    ],
)
def test_an_occasion_judged_as_a_whole_or_short_of_everything_names_nothing_done(text):
    assert stated_or_asked(assess_feedback(text), "behavioural", False)


@pytest.mark.parametrize(
    "text",
    [
        "The risk assessment could have been better laid out.",
        "We didn't get through the fire door checks on level 3.",
        "Great session, the role-play with the angry tenant was spot on.",
        "Good lesson, your questioning was sharp.",
    ],
)
def test_a_part_of_the_work_named_beside_these_stays_behavioural(text):
    assert stated_or_asked(assess_feedback(text), "behavioural", True)


@pytest.mark.parametrize(
    "text",
    [
        "Not really a numbers person, the float was out by £12 on Sunday.",
        "Not a details person, if I'm honest.",
        "Not the brightest spark but turns up every day.",
        "Honestly a breath of fresh air in the kitchen.",
        "u r so reliable, thank u",
        "Amira is a brilliant tutor, the Year 11s adore her.",
        "He's a terrible driver, I won't sugar-coat it.",
    ],
)
def test_idioms_texted_verdicts_and_verdicts_on_someone_in_their_role_are_not_behavioural(text):
    assert assess_feedback(text).behavioural is False


@pytest.mark.parametrize(
    "text",
    [
        "Amira is a tutor on the Tuesday evening course.",
        "The driver sheet for the Leeds run was great, every drop timed.",
        "Not a single pallet was wrapped before the 6am collection.",
    ],
)
def test_a_plain_role_or_the_same_words_about_a_thing_are_no_verdict_on_the_person(text):
    assert about_the_person(text) is False


@pytest.mark.parametrize(
    "text",
    [
        # A verdict with no subject after a moment.
        "Friday's fire drill on level 2 - too panicky with the residents.",
        "Harvest day yesterday: steady on the trailer, but too snappy with the pickers.",
        "The Okoro custody hearing \u2013 composed at first, but far too hesitant later.",
        "Sunday carvery shift: way too sarcastic with the regulars again.",
        "Morning briefing — uptight as ever.",
        "Netball final on Saturday: a bit timid in the circle.",
        # A mind, an eye or a temper held is the person's make-up, not a deed.
        "You clearly have an eye. The second set of prints is much stronger.",
        "You have a very sharp analytical mind, but the memo on the Harlow lease runs to nine pages.",
        "She's got great potential. Her handover notes on Ward 6 are still too thin.",
        "He's got a short fuse - slammed the till drawer at the customer on Saturday.",
        "You've got an ego problem and the lads on the Dunmore job have noticed.",
        "Coach reckons I've got good hands but I keep dropping the high ones.",
        # "A real natural" after a comma, a trait before "pupil" or "driver", "hard working" in two words.
        "You were great at the open evening, a real natural with the parents.",
        "A bright pupil. She needs to hand her maths homework in on Mondays.",
        "You are a safe driver. Log your breaks on the tacho every time.",
        "Tomek you are very hard working but the pallets on Friday were wrapped badly.",
        "This morning at the counter you was very rude to the lady with the refund.",
        "You're brilliant with the little ones at the Saturday club, so patient.",
        "She's a real competitor, and the double save on Saturday kept us in it.",
        # A writer's verdict on themself, and "don't be shy", "be braver", "your usual charming self".
        "Failed the tax paper again, 47. I'm just thick when it comes to deferred tax.",
        "I've been such a flake this month, missed two of our calls.",
        "Instructor says I'm too hesitant on roundabouts.",
        "Don't be shy on the supplier calls, they expect you to push back.",
        "Be braver with the chair at the residents' meeting.",
        "At the Leeds pitch you were your usual charming self, but the deck had typos.",
        "Parcel count was right on every drop this week, you legend",
        # "Would make", a lively pupil, and two traits heading a report.
        "You'd make a brilliant nurse one day.",
        "A lively and curious pupil, though she chats through the register.",
        "Friendly, reliable. Ten out of ten.",
        # A habit or certainty before the degree word, a manner judged, a future foretold, a gift of a voice.
        "Good trainee, sometimes a bit too laid back about the rota.",
        "Great numbers this quarter. Clearly very bright, she'll go far.",
        "Your spreadsheets are tidy but your phone manner is abrupt.",
        "For the Hanley audit you were very rigorous. The file notes were late though.",
        "You've got a beautiful voice, we'll find you a solo at Easter.",
        "The barber was really rude when I asked for a shorter fade.",
    ],
)
def test_a_verdict_on_the_person_the_rules_read_is_not_behavioural(text):
    # The rules read the verdict on the person themselves, so the coach can say so, not only guess it.
    assert about_the_person(text) is True
    assert assess_feedback(text).behavioural is False


@pytest.mark.parametrize(
    "text",
    [
        "you came across dead friendly but hella chatty lol",
        "u came across well confident in the interview",
        "At the Singh viewing you were very professional, but a tad stroppy with the agent.",
        "I'm still too shy to speak up in the Monday huddle.",
        "I'm kinda lazy with the revision if I'm honest.",
    ],
)
def test_slang_degree_words_and_self_judgement_with_them_are_not_behavioural(text):
    assert about_the_person(text) is True
    assert assess_feedback(text).behavioural is False


@pytest.mark.parametrize(
    "text",
    [
        "Showing real courtroom presence these days.",
        "She lacks the backbone to stand up to the foreman.",
        "Has a lot of charisma, that lad.",
        "No grit when the match turns against him.",
        "Bags of self-belief, great team spirit in the dressing room.",
        "Not much sense of responsibility with the keys.",
        "Honest, cheerful barista; can be a bit dozy on the early shift.",
        "Polite and sincere volunteer, bit slow on the uptake.",
    ],
)
def test_character_shown_had_or_lacked_and_traits_before_a_role_are_not_behavioural(text):
    assert about_the_person(text) is True
    assert assess_feedback(text).behavioural is False


@pytest.mark.parametrize(
    "text",
    [
        "Your scones are always light in the middle.",
        "The mortar was mixed well but a bit wet.",
        "The new menu is clean and really clever.",
        "Your rota is neat and very organised.",
        "The boiler: can be a bit tricky to bleed.",
        "The sample has the presence of mould on two plates.",
        "Your draft shows promise but the intro rambles.",
    ],
)
def test_the_same_degree_words_about_a_feature_of_the_work_are_no_verdict_on_the_person(text):
    assert about_the_person(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "Patient, gentle tutor; can be a bit forgetful with the register.",
        "Gentle with the foals, too slow with the feed round.",
    ],
)
def test_a_reference_praising_gentleness_before_a_fault_is_balanced(text):
    result = assess_feedback(text)
    assert result.balanced is True or "balanced" in result.unsure


@pytest.mark.parametrize(
    "text",
    [
        "Lacks confidence on the phones.",
        "Not enough confidence at the crease yet.",
    ],
)
def test_lacked_confidence_is_about_the_person(text):
    assert about_the_person(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "I have confidence in the stock figures after Tuesday's recount.",
    ],
)
def test_trust_in_figures_is_no_verdict_on_the_person(text):
    assert about_the_person(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "You were ever so gentle with the old lady at the bus stop this morning, she was beaming.",
        "You were very reassuring to Mrs Ng's son when he rang about the bill yesterday.",
        "He was really calm with the shouting customer at the returns desk on Saturday.",
        "Saw you in clinic today, you were so patient with the toddler who kept pulling the mask off.",
    ],
)
def test_kindness_to_someone_in_a_moment_is_how_they_acted(text):
    assert about_the_person(text) is False
    result = assess_feedback(text)
    assert result.behavioural is True or "behavioural" in result.unsure


@pytest.mark.parametrize(
    "text",
    [
        "You're so lovely with the residents.",
        "You were rude to the courier this morning.",
        "You were warm with the guests at the launch but honestly quite flaky about the setup.",
    ],
)
def test_kindness_said_of_the_person_or_beside_blame_stays_a_verdict(text):
    assert about_the_person(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "She just has a real gift for this.",
        "You've got such a way with people, it's lovely.",
        "You sing so wonderfully, it always gives me goosebumps.",
        "He draws beautifully, always a treat to see.",
    ],
)
def test_praise_of_a_gift_names_nothing_done(text):
    assert about_the_person(text) is True
    assert assess_feedback(text).behavioural is False


@pytest.mark.parametrize(
    "text",
    [
        "You sing beautifully in the second verse but rush the bridge.",
        "You paint beautifully on the big canvases, the small ones feel rushed.",
    ],
)
def test_a_gift_shown_in_a_named_piece_of_work_is_no_verdict(text):
    assert about_the_person(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "First solo shift on the tills done. Quite anxious at the start of the lunch rush but got the queue down.",
        "Bit shaky on the motorway slip road in the dark, I kept to 50 and it was fine.",
        "Was a bit rattled before my first court hearing on Tuesday, I read my notes twice in the car.",
    ],
)
def test_the_writers_passing_state_in_a_named_moment_is_no_verdict(text):
    assert about_the_person(text) is False
    result = assess_feedback(text)
    assert result.behavioural is True or "behavioural" in result.unsure


@pytest.mark.parametrize(
    "text",
    [
        "Bit nervous in the meeting, you need to speak up.",
        "Very nervous in front of the class again.",
    ],
)
def test_a_state_said_of_someone_else_stays_a_verdict(text):
    assert about_the_person(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "I wanted to update you on how things are going. I feel a lot calmer these days.",
    ],
)
def test_a_wish_to_update_is_no_deed(text):
    result = assess_feedback(text)
    assert result.behavioural is False or "behavioural" in result.unsure


@pytest.mark.parametrize(
    "text",
    [
        "Tomasz is a solid performer and well liked.",
        "She's a top performer in the branch.",
        "Kofi is a strong performer. Going forward he needs to own the rota.",
    ],
)
def test_a_verdict_on_someone_as_a_performer_judges_the_person(text):
    assert about_the_person(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm so useless, I forgot the float for the Saturday market and we opened late.",
        "I'm such a people-pleaser. Said yes to three extra shifts this week.",
        "Feedback from the panel: my answers were fine but I came across as arrogant.",
        "Honestly I came off bossy in the Monday huddle. Next time I'll ask before I assign.",
    ],
)
def test_a_writer_judging_themself_is_not_behavioural(text):
    assert stated_or_asked(assess_feedback(text), "behavioural", False)


@pytest.mark.parametrize(
    "text",
    [
        # "If I'm honest" and "I am confident" judge nobody.
        "If I'm honest the Tuesday handover ran ten minutes over because we read every note aloud.",
        "I am confident the stock count on Friday matched: I checked aisle 4 twice.",
    ],
)
def test_the_first_person_alone_is_no_verdict_on_the_writer(text):
    assert stated_or_asked(assess_feedback(text), "behavioural", True)


@pytest.mark.parametrize(
    "text",
    [
        "You were a bit cold with the Hassans when you told them the boiler was condemned.",
        "He's got a great eye, just needs to trust it on the wedding shoots.",
    ],
)
def test_coldness_and_a_gift_are_verdicts_on_the_person(text):
    assert stated_or_asked(assess_feedback(text), "behavioural", False)


@pytest.mark.parametrize(
    "text",
    [
        # Who someone will be, or acts like.
        "You're going to be an amazing nurse. Just need to work on your time management.",
        "She'll make a brilliant teacher once she stops marking at midnight.",
        "Nailed the Leeds gig, then acted like a diva at the afterparty.",
        # Someone in their role with the subject dropped, and a character word after a deed.
        "Solid chippy, fair play, but his quotes are always late.",
        "Feedback from the panel: strong candidate, lacked depth on safeguarding.",
        "Brilliant driver but a liability with the tacho. Do the manual entries before you leave the yard.",
        "The ward sister told me you shouted at the family and were very rude in room 12 yesterday.",
        # A label for the person heading a later sentence, or naming a gift.
        "Went through the rota with him today. Good pilot, poor paperwork.",
        "Great palate, careless knife work.",
        "Brilliant mind, awful communicator.",
        # A writer's verdict on their own make-up, and a cheer word closing the text.
        "The Guardian pitch got accepted!! So proud. But I'm so bad at negotiating, I just took their first rate.",
        "Week 6 of bootcamp. I'm so slow compared to the others. I just don't have a logical brain I think.",
        "After Thursday's crit I honestly felt like a fraud. I'm just not an ideas person.",
        "After our chat I realised I'm too much of a people pleaser at work.",
        "covered 3 extra shifts over xmas week no fuss. legend.",
        # Gifts and temper in idiom, and a label for a stickler.
        "Your instincts with patients are brilliant. Your charting is not. Get your notes done before you leave.",
        "You need to grow a thicker skin. Coaches will always have a go.",
        "Darren's a great laugh in the cab, shame he can't reverse a 44-tonner to save his life.",
        "Rob's incident report on the forklift near-miss was spot on. Bit of a jobsworth about the yellow lines, mind.",
    ],
)
def test_who_someone_is_will_be_or_acts_like_in_words_the_lists_lacked_judges_the_person(text):
    assert about_the_person(text)
    assert stated_or_asked(assess_feedback(text), "behavioural", False)


def test_eye_contact_is_a_deed_not_a_gift():
    text = "Your icebreaker tonight: great eye contact with the back row. You said um 14 times though."
    assert not about_the_person(text)


@pytest.mark.parametrize(
    "text",
    [
        # A faint verdict on a named piece of work names none of its features, whatever it was for or when.
        "Your freezer stocktake count on Monday was... fine I suppose.",
        "The pitch to the Khans was fine.",
        # Asking for the other's own view judges nothing that was done.
        "How do you think the Bloggs consult went? What would you do differently?",
        "What happened with the stats assignment?",
    ],
)
def test_faint_verdicts_and_questions_about_the_view_name_no_deed(text):
    assert assess_feedback(text).behavioural is False


def test_a_question_about_the_view_still_reads_the_deed_after_it():
    text = "how do u think the parent meeting went? i felt u rushed teh part about the reading scores"
    assert assess_feedback(text).behavioural is True
