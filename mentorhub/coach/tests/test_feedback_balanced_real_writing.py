"""Something that worked and something to improve, as people really write them (issue 17): soft, hedged and
appraisal-register faults, wins and struggles in updates; vague criticism, pleasantries and sarcasm that name
nothing."""

import pytest

from mentorhub.coach.feedback import assess_feedback
from mentorhub.coach.tests.stated import stated_or_asked


@pytest.mark.parametrize(
    "text",
    [
        "He's great on the tills, not so great on the stock counts.",
        "Your sketches are lovely, the colouring is not very neat.",
        "The minutes were accurate, only the action list isn't clear about owners.",
    ],
)
def test_praise_beside_a_negated_word_of_praise_reads_balanced(text):
    assert assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Nice attitude, needs more polish.",
        "Good try overall, could be better.",
        "Lovely lad to have around but needs improvement.",
        "Decent effort, could have been a bit tighter in places.",
    ],
)
def test_vague_praise_with_a_criticism_that_names_nothing_is_not_balanced(text):
    assert not assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "You were too chatty during the fire drill briefing. Keep it to the exits and the muster point next time.",
        "Honestly you're better than this. The stock sheet for aisle 4 was half filled, finish it before you go home.",
        "The delivery log for Tuesday had no signatures. In future kindly sign each line when the van arrives.",
    ],
)
def test_a_fault_with_a_fix_and_no_real_praise_is_not_balanced(text):
    assert not assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Residents like how you chat to them during meals, your care notes are often late tho.",
        "Review note: Tom exceeded his sales target in May. His record keeping remains an area for development.",
        "Clear, well argued essay on the Tudors. Bit repetitive.",
        "Good thorough handover notes, a little long-winded.",
    ],
)
def test_praise_and_a_named_fault_in_other_registers_read_balanced(text):
    assert assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Sorry to say but the cash count for the Leeds branch has a discrepancy, please recount with the supervisor.",
        "I hate to say it but the petty cash for March does not tally, kindly check the receipts again and revert.",
    ],
)
def test_a_hedged_fault_with_nothing_that_worked_is_not_balanced(text):
    assert not assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Nice stroke, keep your head down on the turn and kick from the hip instead of the knee.",
        "Nice footwork, keep your guard up on the jab and step left instead of back.",
    ],
)
def test_praise_then_a_comma_and_a_fix_to_do_differently_reads_balanced(text):
    assert assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Your plastering is smooth and even, just watch the drips on the skirting.",
        "Lovely curry, careful with the salt in the rice.",
        "Confident delivery in the moot, mind your speed when you quote the cases.",
    ],
)
def test_praise_with_a_hedged_warning_reads_balanced(text):
    assert stated_or_asked(assess_feedback(text), "balanced", True)


@pytest.mark.parametrize(
    "text",
    [
        "At Friday's briefing you presented the rota without the weekend cover. Add it before it goes out on Monday.",
        "During the walkround the loading bay shutter was propped open. Staff are to be reminded at the huddle.",
    ],
)
def test_a_deed_done_without_its_part_or_a_thing_left_open_is_a_fault_not_praise(text):
    assert not assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Patients appreciate the way you explain their meds; your charting is often incomplete.",
        "Lovely clear diagrams, the labels are illegible in places.",
        "The quiz was a great idea, the answer sheet was inaccurate for question 4.",
    ],
)
def test_praise_beside_a_fault_said_with_a_negative_prefix_reads_balanced(text):
    assert stated_or_asked(assess_feedback(text), "balanced", True)


def test_never_better_is_praise_not_a_fault():
    result = assess_feedback("Your stall at the Sunday market looked amazing, never better.")
    assert stated_or_asked(result, "balanced", False)


@pytest.mark.parametrize(
    "text",
    [
        # Praise of taste or of what a talk taught, beside a fault.
        "Flavourful stew, a touch too thick.",
        "Your workshop on pensions was really informative. The handouts were hard to read though.",
        # A fault opened with a small quantity after praise: "a bit of porosity", "a touch of overspray".
        "Neat joints on the whole, a bit of glue squeeze-out on the back panel.",
        "Lovely sharp edges on the cutting in, a touch of overspray on the skylight.",
        # A nit heading names the thing to improve.
        "The migration script is tidy, thanks. Small nit: rename tmp_list to something meaningful.",
        "Great minutes from the board meeting. One niggle: the action owners are missing.",
        # What worked said as "the rest is sound" or "it works".
        "Two fixes: tag the cables before unplugging and photograph the rack first."
        " The rest of your install method is sound.",
        "Keep the same calm tone on the phones, it works."
        " Just log each call before the next one, not at the end of the day.",
    ],
)
def test_praise_and_a_fault_in_newer_words_read_as_balanced(text):
    assert assess_feedback(text).balanced is True


def test_praise_of_taste_beside_a_fault_is_never_called_unbalanced():
    # The rules read it as balanced; on seven words the learned reading may outweigh them (session 14's retraining
    # did), and then the panel asks instead of stating.
    assert stated_or_asked(assess_feedback("Yummy brownies, slightly underbaked in the middle."), "balanced", True)


@pytest.mark.parametrize(
    "text",
    [
        # Denying any fault is praise, not a fault: "can't fault", "couldn't fault".
        "Ten out of ten. Maria tiled our bathroom, came when she said, cleaned up every day and explained the sealant."
        " Couldn't fault her.",
        # A counterfactual comparative ("might have gone smoother") is the fault, not praise.
        "Maybe next time phone the tenants before the inspection instead of knocking?"
        " The flat on Green Lane might have gone smoother.",
    ],
)
def test_only_one_side_is_not_balanced(text):
    assert assess_feedback(text).balanced is False


@pytest.mark.parametrize(
    "text",
    [
        # An address before the praise ("Sir", "Madam") is no verb: the praise still counts.
        "Madam your session on GST returns for the shopkeepers was very useful and everyone appreciated."
        " Kindly next time share the slides in advance so we can follow.",
        # Completeness is praise: "it covers every stretch", "covered all the exits".
        "Thanks for the fire plan for the hostel, it covers every exit and stairwell."
        " Please add the assembly point map.",
    ],
)
def test_praise_after_an_address_or_of_completeness_reads_as_balanced(text):
    assert stated_or_asked(assess_feedback(text), "balanced", True)


@pytest.mark.parametrize(
    "text",
    [
        # A hedge before the criticism ("not sure if it's just me, but") praises nothing.
        "Correct me if I'm wrong but the totals on page 3 look off. Recheck them against the ledger.",
        # A hard time in an update is the fault, not praise: "this week was rough".
        "Today was tough. I lost my place twice in the reading and two kids started giggling.",
        # Saying there were no misses of a kind is praise only: "zero missed drops", "no late deliveries".
        "Solid month on the van route, no late deliveries.",
    ],
)
def test_a_hedged_fault_or_a_hard_week_alone_is_not_balanced(text):
    assert assess_feedback(text).balanced is False


@pytest.mark.parametrize(
    "text",
    [
        "Label the axes on every chart, otherwise the lab write-up was excellent.",
        "Speak up a little when you take questions, otherwise your pitch on Friday was really clear.",
    ],
)
def test_a_fix_then_otherwise_praise_reads_balanced(text):
    assert assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "The toast at the dinner landed well with the guests. Watch the pace - you sped up at the end.",
        "Your answers in the panel interview were thorough. Watch your timing.",
    ],
)
def test_praise_then_a_bare_warning_reads_balanced(text):
    assert assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "You're a gem, but the stock count on aisle 4 was off by twenty boxes. Count twice before you submit.",
        "Honestly she is a star but her timesheets for March were wrong again.",
    ],
)
def test_praise_of_the_person_as_a_noun_beside_a_fault_reads_balanced(text):
    assert stated_or_asked(assess_feedback(text), "balanced", True)


@pytest.mark.parametrize(
    "text",
    [
        "Your risk register is thorough and the owners are all named. Could you add a review date to each row?",
        "The menu costings were accurate. Can you list the allergens on the back page as well?",
    ],
)
def test_praise_then_a_polite_request_to_change_reads_balanced(text):
    assert assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Update: finished the survey design and got ethics approval. The recruitment is stalled, no replies yet.",
        "Passed the mock exam on Tuesday. Still stuck on the integration questions though.",
    ],
)
def test_a_win_and_being_stuck_in_an_update_reads_balanced(text):
    assert assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "The audit file you prepared was complete and well indexed; the partner had no amendments.",
        "You write clean code and your pull requests rarely need rework.",
    ],
)
def test_praise_that_nothing_came_back_is_not_a_fault(text):
    assert stated_or_asked(assess_feedback(text), "balanced", False)


@pytest.mark.parametrize(
    "text",
    [
        "Your lab reports are precise and your figures seldom need redrawing.",
        "The bathroom tiling you did in the Shah flat was neat and still watertight after the flood test.",
        "Some of the parent feedback was critical, but it went well.",
    ],
)
def test_praise_with_a_fault_word_that_names_no_fault_is_not_balanced(text):
    assert stated_or_asked(assess_feedback(text), "balanced", False)


@pytest.mark.parametrize(
    "text",
    [
        "An absolute angel with the toddlers, just needs to log the nappy changes.",
        "Such a godsend on the night shift, but the drug fridge log was blank twice.",
    ],
)
def test_a_fond_noun_for_the_person_beside_a_fault_reads_balanced(text):
    assert stated_or_asked(assess_feedback(text), "balanced", True)


@pytest.mark.parametrize(
    "text",
    [
        "The incident log is tidy and every entry is timed. Could you put the collar number on each line too?",
        "Your invoices are accurate and go out on time. Would you write the PO number on the first page?",
    ],
)
def test_praise_then_a_polite_request_for_a_change_reads_balanced(text):
    assert assess_feedback(text).balanced


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
    assert stated_or_asked(assess_feedback(text), "balanced", True)


@pytest.mark.parametrize(
    "text",
    [
        "Pros: tidy, on time. Cons: forgets to log the mileage.",
        "Things to work on: your chasing of invoices. Good stuff: your spreadsheets are neat.",
    ],
)
def test_a_list_of_pros_and_cons_reads_balanced(text):
    assert stated_or_asked(assess_feedback(text), "balanced", True)


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
    assert stated_or_asked(assess_feedback(text), "balanced", True)


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
    assert stated_or_asked(assess_feedback(text), "balanced", True)


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
    assert stated_or_asked(assess_feedback(text), "balanced", True)


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
    assert stated_or_asked(assess_feedback(text), "balanced", True)


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
    assert stated_or_asked(assess_feedback(text), "balanced", True)


@pytest.mark.parametrize(
    "text",
    [
        "You picked up the change in the patient's breathing that the night staff missed. Good catch.",
        "You found the clause in the lease everyone else had missed. Great reading.",
        "You always log off the shared terminal before lunch, which is exactly what the audit asks for.",
        "Their striker broke through twice and you tracked him back both times. Great recovery runs.",
    ],
)
def test_praise_with_a_fault_word_said_of_others_or_in_a_phrasal_verb_is_not_balanced(text):
    assert stated_or_asked(assess_feedback(text), "balanced", False)


@pytest.mark.parametrize(
    "text",
    [
        "Tidy joints, bit of flux residue on the board.",
        "Crisp photos, bit of noise in the night shots.",
        "Positive attitude on the ward, needs to be quicker with the obs rounds.",
    ],
)
def test_praise_beside_a_clipped_bit_of_fault_or_a_trait_to_work_on_reads_balanced(text):
    assert stated_or_asked(assess_feedback(text), "balanced", True)


@pytest.mark.parametrize(
    "text",
    [
        "The gel from Tuesday looks sharp. Next: repeat it with the fresh antibody and show me on Monday.",
        "Good first draft of the survey. Next step: repeat the pilot with ten more people.",
    ],
)
def test_praise_then_an_instruction_to_repeat_the_work_is_not_balanced(text):
    # Praise beside a next step the rules do not read as a correction is asked about: whether the step changes how
    # the work is done is the learned reading's call.
    assert stated_or_asked(assess_feedback(text), "balanced", False)


@pytest.mark.parametrize(
    "text",
    [
        "Your stitching is neat. Keep the seam allowance narrower on the cuffs.",
        "Lovely tone on the phone. Make your notes shorter so the next shift can scan them.",
    ],
)
def test_praise_then_an_instruction_asking_for_more_of_a_quality_reads_balanced(text):
    assert assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Reliable cover on the helpdesk this month, zero missed calls.",
        "Great attendance record this term, no missed sessions at all.",
    ],
)
def test_praise_with_a_zero_count_of_misses_is_not_balanced(text):
    assert not assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Clear explanation of the fire exits. Try less jargon with the new starters.",
        "Good pace on the ward round, use less medical shorthand with the families.",
        "Well done, the hedges are trimmed. If only he had swept up after.",
        "Nice, you brought the risk assessment. If only you'd brought the permit too.",
        "The raised beds look great. Next week can you also water the seedlings in the polytunnel.",
        "Tidy van this week. From now on can you also log the mileage each evening.",
        "Stop: leaving the cage unlocked. Start: counting the pallets in. Continue being calm on the dock.",
    ],
)
def test_praise_then_less_of_something_a_wish_or_a_request_for_more_reads_balanced(text):
    result = assess_feedback(text)
    # Stated, or asked: on a text past 12 words the rules leave the reading to the learned one, which retraining moves.
    assert result.balanced is True or "balanced" in result.unsure


@pytest.mark.parametrize(
    "text",
    [
        "The consumer unit was wired correctly. The test sheet is missing two readings.",
        "Properly torqued bolts on the gate, hinges a bit stiff.",
    ],
)
def test_work_done_properly_or_correctly_is_what_worked(text):
    assert stated_or_asked(assess_feedback(text), "balanced", True)


@pytest.mark.parametrize(
    "text",
    [
        "Your risotto was good but what really stood out was the plating.",
        "Great solo, but what really made it was your tuning.",
        "Nice brief to the crew, but the best part was the diagram.",
        "Your demo was good but honestly nobody else could have pulled it off at such short notice.",
    ],
)
def test_a_but_that_turns_to_more_praise_is_not_balanced(text):
    assert stated_or_asked(assess_feedback(text), "balanced", False)


@pytest.mark.parametrize(
    "text",
    [
        "Some issues with the essay but generally fine.",
        "A couple of minor problems, otherwise good.",
        "Some minor problems but nothing big. Lovely playing though.",
        "The rota was ok, a few issues. You're a great planner though.",
        "Solid work, but I know you can do better.",
        "Not his best shift, he'll get there.",
        # Room to grow, "could've been better" and "some less so" name nothing either.
        "Good effort, but there's room to grow.",
        "great job on the pitch deck but could've been better tbh",
        "Mixed session. Some good stuff, some less so.",
    ],
)
def test_issues_counted_but_not_named_and_reproaches_are_not_balanced(text):
    assert stated_or_asked(assess_feedback(text), "balanced", False)


@pytest.mark.parametrize(
    "text",
    [
        "Three late starts this week. Great commitment as always 🙄",
        "Another missed handover. Stellar effort there.",
        "Good week. Your timesheet was late again.",
    ],
)
def test_sarcasm_and_praise_of_a_period_praise_nothing_done(text):
    assert stated_or_asked(assess_feedback(text), "balanced", False)


@pytest.mark.parametrize(
    "text",
    [
        "The door frame in bedroom 2 is out of square. Pack it and refix it tomorrow.",
        "You unpacked the dry goods delivery neatly.",
        "Sent off the planning application. Still waiting on the council, nothing to add.",
    ],
)
def test_out_of_square_is_a_fault_and_dry_goods_or_waiting_on_others_are_none(text):
    assert not assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Your cuts are clean. Stop leaving the clippers on the counter.",
        "Great energy at the stall. Stop giving discounts without asking me.",
    ],
)
def test_praise_then_a_habit_to_stop_reads_balanced(text):
    assert assess_feedback(text).balanced


@pytest.mark.parametrize(
    "text",
    [
        "Nice clean cuts on the brisket, bag it before you label it.",
        "Lovely steady tempo in the waltz, breathe straight after the turn.",
        "Your flyer layout is tidy, kindly trim it to half a page.",
        "The hedges were well cut. Stack the clippings higher so the trailer takes them in one go.",
        "Fences r straight and the posts r level, rake the gravel back sooner next time.",
    ],
)
def test_praise_then_an_instruction_to_do_it_differently_reads_balanced(text):
    result = assess_feedback(text)
    assert result.balanced is True or "balanced" in result.unsure


@pytest.mark.parametrize(
    "text",
    [
        "Chidi is reliable and popular with clients. He would benefit from writing shorter status reports.",
        "Grace is punctual and well organised. Areas for development: chairing the weekly huddle.",
        "Lovely polite girl, only problem is she never checks the fridge temperatures.",
        "Good footwork in the nets, work on your grip.",
        "The rota is clear and fair. It would be even better if you added the bank holiday cover.",
        "The stock count was done properly; the float was 50 rupees short.",
        "You took tidy minutes at the tribunal. Later you were on your phone during the closing submissions.",
    ],
)
def test_appraisal_and_terse_two_sided_notes_read_balanced(text):
    result = assess_feedback(text)
    assert result.balanced is True or "balanced" in result.unsure


@pytest.mark.parametrize(
    "text",
    [
        "Still heaps to learn on the farm but I feel more confident with the calves now.",
        "Getting there with the sign language classes, lots more to work on, feeling happy.",
        "Hardly any mistakes in your timesheets now, well done.",
        "Fewer typos in the tenancy letters this month, nice one.",
        "Good afternoon sir. I sent the invoice to the Lagos client but I forgot to attach the delivery note. "
        "I will send it first thing tomorrow.",
    ],
)
def test_shrugs_at_the_road_ahead_faults_gone_and_a_slip_in_a_done_task_are_not_balanced(text):
    result = assess_feedback(text)
    assert result.balanced is False or "balanced" in result.unsure


@pytest.mark.parametrize(
    "text",
    [
        "Site diary wk 3: - fixed the leaking trap in flat 2 - still not sure how to size the boiler flue",
        "Week 9 notes: - finished the skirting in bedroom 1 - still not confident on the mitres",
    ],
)
def test_a_win_as_a_bullet_beside_a_struggle_reads_balanced(text):
    result = assess_feedback(text)
    assert result.balanced is True or "balanced" in result.unsure


@pytest.mark.parametrize(
    "text",
    [
        "I've noticed the bins in the yard are overflowing again. Empty them before you lock up.",
        "I have noticed you stay late most days this month. Please go home at five, the filing can wait.",
    ],
)
def test_the_writers_own_noticing_is_not_praise(text):
    result = assess_feedback(text)
    assert result.balanced is False or "balanced" in result.unsure


@pytest.mark.parametrize(
    "text",
    [
        "- boiler service at flat 14 done - forgot the flue gas reading again - will tape the analyser card to the lid",
        "- portfolio sorted - captions still too wordy - rewriting them at the weekend",
        "- grant form submitted - budget page still messy - asking finance to check it next time",
    ],
)
def test_a_job_done_as_a_bullet_beside_one_still_wrong_reads_balanced(text):
    result = assess_feedback(text)
    assert result.balanced is True or "balanced" in result.unsure


@pytest.mark.parametrize(
    "text",
    [
        "Served the wedding party at the banquet hall today, quite ok lah. Captain say I must refill the water faster.",
        "Did my first audit visit at the warehouse, the client was happy with it. Partner told me to tick the samples.",
        "Opened the cafe on my own this morning, pretty okay. Owner says I should wipe the milk steamer every time.",
    ],
)
def test_an_update_that_went_fine_beside_advice_passed_on_reads_balanced(text):
    result = assess_feedback(text)
    assert result.balanced is True or "balanced" in result.unsure


@pytest.mark.parametrize(
    "text",
    [
        "Took the school minibus out on my own today. Was a bit anxious on the motorway slip road but no harm done.",
        "First solo night shift at the care home. Felt shaky doing the 2am rounds but everything went fine.",
        "Led my first site induction. Quite nervous with the new starters but we got through it.",
    ],
)
def test_a_worry_that_came_to_nothing_is_not_something_to_improve(text):
    result = assess_feedback(text)
    assert result.balanced is False or "balanced" in result.unsure


@pytest.mark.parametrize(
    "text",
    [
        "I sent the wrong invoice to the Dawsons on Monday. Rang them today and sent the correct one.",
        "I submitted the timesheets on Friday but then noticed I'd billed the Perez job twice. Payroll are redoing it.",
        "Had a complaint about my tone on the helpline. I listened back to the recording and I was rushing him.",
        "Amaka's shift handovers are the clearest on the ward, nothing left out, no gaps.",
    ],
)
def test_a_slip_owned_and_praise_denying_any_fault_are_not_balanced(text):
    result = assess_feedback(text)
    assert result.balanced is False or "balanced" in result.unsure


@pytest.mark.parametrize(
    "text",
    [
        "gd work on the stair rails m8, but the mitre on the newel still has a gap, fill it before the client sees",
        "gd progress with the bookkeeping course, the VAT quiz still tripping me up tho",
    ],
)
def test_texted_praise_beside_a_fault_reads_balanced(text):
    result = assess_feedback(text)
    assert result.balanced is True or "balanced" in result.unsure


@pytest.mark.parametrize(
    "text",
    [
        # The side to improve under a heading of a note's own format.
        "Keep: the shelf labels you printed for aisle 3. Change: the pallets you leave in the fire exit.",
        "Good: the site diary is up to date. Bad: no photos of the footings.",
        # ... or announced as the one thing, after praise in words the lists lacked.
        "Dinner service went fine, only thing - the soup went out cold to table 9.",
        "Your section was spotless at close on Sunday. The fridge log was missing two readings.",
    ],
)
def test_the_side_to_improve_under_a_heading_or_announced_reads_balanced(text):
    assert assess_feedback(text).balanced is True


def test_a_test_passed_and_one_failed_is_never_called_unbalanced():
    result = assess_feedback("Passed the written part of my food hygiene course, failed the practical on temperatures.")
    assert stated_or_asked(result, "balanced", True)


def test_correct_as_a_request_is_no_praise():
    result = assess_feedback("The invoice figures on page 2 did not match. Kindly correct them and resend.")
    assert result.balanced is False


@pytest.mark.parametrize(
    "text",
    [
        "Marking the Year 8 essays on time: good. Handing them back without a single comment: less good.",
        "Well done o! Your speech at the wedding was sweet, just that you spoke too fast for the older guests.",
        "Your cold-room labelling is tidy. Stock rotation isn't - the old cream was behind the new again.",
        "Lovely tone from the tenors tonight. Not entirely sure the repeat of the last chorus works, mind.",
        "The float count was spot on all week, but Saturday's takings sheet means we're \u00a320 out.",
        "Drafted my first witness statement this week. Supervisor sent it back covered in red pen.",
        "The toy appeal reached 300 families, the most ever. Two drivers never turned up on Sunday.",
    ],
)
def test_faults_and_praise_people_write_in_their_own_words_read_balanced(text):
    assert stated_or_asked(assess_feedback(text), "balanced", True)


@pytest.mark.parametrize(
    "text",
    [
        # A compound word ("empty-row") and a sign-off are no faults; being left alone is no praise.
        "PR 88: nice split of the importer into reader and validator. Tests added for the empty-row case.",
        "Placement sign-off: all competencies passed on the surgical ward, assessed by two mentors.",
        "Not yet competent with the insulin pens. Not safe to be left on her own with patients.",
        "The Tuesday close was excellent. Measured, short, and you left the team with the one point about the rota.",
    ],
)
def test_words_that_only_look_like_a_side_do_not_make_one(text):
    assert stated_or_asked(assess_feedback(text), "balanced", False)


@pytest.mark.parametrize(
    "text",
    [
        # A fault of character or an idiom for a fault with no "but", a fade after a good start, a job reported done
        # beside what is still a mess.
        "Clever lad, no common sense. Get him on the checklist.",
        "Great lad on the tools, zero urgency on the paperwork.",
        "Great first half v Rovers, faded badly after the break.",
        "portfolio's basically done apart from the case study bit, which is a mess",
    ],
)
def test_praise_beside_a_fault_in_words_of_character_or_idiom_reads_balanced(text):
    assert assess_feedback(text).balanced


def test_a_miss_denied_is_praise_not_a_fault():
    text = "Tried your tip of doing the drug round checks out loud and didn't miss a single signature all week."
    assert stated_or_asked(assess_feedback(text), "balanced", False)


@pytest.mark.parametrize(
    "text",
    [
        "Student nurse showed good patient rapport in Ward 7. Should improve on documentation.",
        "Educator uses teaching aids effectively. Needs to improve on learner discipline.",
    ],
)
def test_improvement_with_its_area_named_is_the_side_to_improve(text):
    assert stated_or_asked(assess_feedback(text), "balanced", True)


@pytest.mark.parametrize(
    "text",
    [
        # Faint praise is still the side that worked, and a fault in words the lists lacked.
        "He's ok. Bit arrogant with the juniors, though.",
        "Tiramisu ok, too much coffee, soggy bottom.",
        "Code is working but too much copy paste. Make one helper function for the date formatting.",
        "Bowled well against the Rovers, batting let you down.",
        "Feedback from the panel on Friday: strong candidate, lacked depth on safeguarding.",
        # A faint "fine" before a turn is praise too, as the session-14 readings settled ("First draft is decent.
        # Bit long." is balanced).
        "The handover was fine but you rushed the drug chart.",
        "Reviewed PR #482 - logic is fine, but please split the migration out into its own PR.",
        # Progress, a personal best, and a part that lost its way.
        "Your latte art's come on, but the milk's still too hot. Stop steaming at 65.",
        "Smashed the deadlift PB on Saturday! Squat depth still a bit shallow on the last reps.",
        "Your closing in the Harper tribunal was tight and persuasive; the cross of the second witness wandered.",
    ],
)
def test_faint_praise_beside_a_fault_reads_balanced(text):
    assert stated_or_asked(assess_feedback(text), "balanced", True)


@pytest.mark.parametrize(
    "text",
    [
        # Small things counted but not named, and how things are going, name no side.
        "Presentation was alright I suppose. Few things to tidy up but nothing major.",
        "Your choreography for the gala is very creative. Perhaps it needs more work.",
        "Quick update - placement's going okay I think. Still feel out of my depth most days tbh.",
    ],
)
def test_small_things_counted_and_how_it_is_going_are_not_balanced(text):
    assert stated_or_asked(assess_feedback(text), "balanced", False)


def test_kindly_note_frames_a_report_and_hides_no_praise():
    # Asked rather than stated since the session-16 retraining: the learned reading leans against it.
    text = (
        "Kindly note the cash count at the Pune branch was done neatly by Suresh,"
        " only the petty cash book is not updated since August."
    )
    assert stated_or_asked(assess_feedback(text), "balanced", True)


@pytest.mark.parametrize(
    "text",
    [
        # Over time, over budget, off by a margin: the fault senses of "over" and "off".
        "ISMB talk: you ran four minutes over and the chair had to cut your Q&A. The first half was excellent.",
        "Parents' evening: you explained Jack's reading data calmly. You ran ten minutes over with the first family.",
        "Great stock count on Monday, but bay C was off by 14 cases.",
        # Work named after a period is a piece of work, a verb-noun is no instruction, and a review's approval and a
        # file complete are what worked.
        "Good session plan for the under-14s, mate, but the drills on page 2 have the kids standing in lines way too"
        " long.",
        "Cut-in along the cornice in the Buchanans' lounge was spot on. Ye missed the back of the kitchen door.",
        "LGTM, but please add a test for the empty-list case before merging.",
        "The Hansen audit file was complete, though the sampling notes were thin.",
        # Being pulled up is a fault; "Not bad" is faint praise, not a negation that hides it.
        "Moot court round 2: we won on the first ground. The judge pulled me up for reading from my notes.",
        "Not bad for a first go at a mortise. Bit gappy at the shoulders.",
        "Not bad. Handwriting's still a mess though.",
        # Praise before a comma and the next step in the same sentence is still praise of what happened.
        "violin w/ Amira today - you fixed her bow hold nicely but spent 20 mins on scales, split it 10/10 with the"
        " piece next week",
        "Made the lemon drizzle from your blog last night - lovely texture but way too sweet for us, next time I'll"
        " drop the sugar to 150g.",
        # "I'll give you that" concedes the praise; it is no plan.
        "You're a grafter, I'll give you that. But you rush your pointing.",
        # An interjection opening the praise is no instruction; code that works is what worked; a workspace left in a
        # state and no follow-through are faults.
        "Aye the boiler swap at the Frasers' went fine. Bit of a mess left in the cupboard, mind.",
        "Code works. Tests don't. Fix the three failing ones in test_billing before you ask for review again",
        "Labels clear, dispensing quick, counting tray left in a state.",
        "great ideas, no follow through",
    ],
)
def test_what_worked_and_what_to_improve_in_more_wordings_read_balanced(text):
    assert assess_feedback(text).balanced is True


@pytest.mark.parametrize(
    "text",
    [
        # "Over" and "off" in senses that name no fault, beside praise.
        "Great stuff, thanks so much for sending it over, really appreciated 👍",
        "Your route plan for the Highlands run on the 3rd cut 86 miles off the old one. Nice work.",
        "You always sweep your bay and coil the airline before knocking off. Noticed.",
        "Thanks for picking up the extra calls in Bexley on Sunday when Jo went off sick, every one logged on time.",
        # "As well" praises nothing.
        "Your report on the Ashford visit was two days late. I wanted you to see my notes as well.",
        # A fault that did not happen is praise, not the side to improve.
        "The renewal deck was tight - 12 slides, one clear ROI page, no waffle. Good.",
        "Handled the complaint about the cold lasagne well - apologised, comped the dessert, didn't argue.",
        "Not bad at all for a first go 😊",
        # A fault that keeps happening is no "keep doing", a drift report is a report, turning up late is no praise,
        # and rough edges here and there name nothing.
        "I keep making the same mistake with pointer arithmetic. Going to do the exercises in chapter 5 this weekend.",
        "The churn model went live on Tuesday. Next step is setting up the monthly drift report.",
        "You turned up 15 minutes after the buyers. Set off half an hour before the slot, not ten minutes.",
        "Solid effort!! couple of rough edges here n there but ur getting there",
        # Praise said as what nobody could do without, a fair to sell at, and a writer conceding a point.
        "She's been a star on nights, honestly couldn't run the ward without her.",
        "Kiln disaster. Whole batch of mugs for the Bristol fair cracked, I think I fired too fast.",
        "boss reckons im too slow on first fix. fair enough tbh",
        # A mixed report naming nothing, someone hard to deal with, and a shift called "the late".
        "Mixed week at the depot. Some good bits, some not so good. Will keep at it.",
        "Some good moments today and some less good. We'll unpick it tomorrow.",
        "Sam's great, always has our back with difficult customers.",
        "Thanks for covering the late, you saved us.",
        # Staying late is a favour; never getting it wrong and not getting enough of it are praise.
        "Thanks for staying late Friday to sort the CD register. Much appreciated x",
        "Your MARC records are always tidy, you never get the 245 indicators wrong.",
        "Your writing is just gorgeous, can't get enough of it.",
    ],
)
def test_praise_or_faults_alone_in_more_wordings_are_not_balanced(text):
    assert assess_feedback(text).balanced is False


@pytest.mark.parametrize(
    "text",
    [
        # Praise of the person, in slang, in emoji or in the writer's own language is the side that worked.
        "Fast learner but rough with the customers on the phone. Let them finish before you answer.",
        "You're a hard worker, no question. The pallets on bay 3 were stacked crooked though.",
        "Knows his numbers, struggles to present them to the board.",
        "Ur new stock sheet is class, but the totals column doesn't add up on tab 2.",
        "Muy bien en la demo hoy, but you forgot to show the export screen.",
        "Bella presentazione! The charts on slide 6 were too small to read.",
        "Sehr gut, the changeover on line 2 was fast. The first ten parts were out of tolerance though.",
        "Newsletter open rate 42% 🎉 click-through was poor though, 0.6%",
        # "Weird" names the fault; "wonderful", "terrific" and "smashing" the side that worked.
        "tidy tests, weird variable names",
        "Wonderful at the nativity rehearsal, bit bossy with the shepherds after.",
        "Terrific pace in the first half. You lost their winger twice after the break.",
        # Getting better is what worked; "hit and miss" and "a jumble sale" are faults.
        "Your cuticle work is getting neater, the polish still floods the sidewalls.",
        "Handovers looking sharper this week. The fluid charts still aren't totalled by 6.",
        "Your lettering is always dead straight. The shading is still hit and miss.",
        "The front table has really come together. The back shelf still looks like a jumble sale.",
        # Praise after "otherwise" says what came before it is the fault; a task named and reported done worked.
        "Two of the radiographs were coned off. Otherwise good.",
        "Cell B14 hard-codes the VAT rate, link it to the inputs tab. Otherwise fine.",
        "Rota for December done 👍 the bank holiday cover is still missing though",
        # Praise of the person in more words; "a wee bit heavy" and "needs confidence" name the fault; a virtue
        # "to a fault" is both.
        "Top bloke, bit slow on the delivery notes.",
        "Grand job on the stall Saturday, a wee bit heavy on the chilli mind.",
        "He's a safe pair of hands. Work on his handovers though, they ramble.",
        "He's very generous with his time, sometimes to a fault.",
        # A figure up from an earlier one is what worked.
        "Rebooking rate 78% this month, up from 60%. Her colour appointments still run over.",
    ],
)
def test_praise_of_the_person_in_slang_emoji_or_another_language_beside_a_fault_reads_balanced(text):
    assert stated_or_asked(assess_feedback(text), "balanced", True)


@pytest.mark.parametrize(
    "text",
    [
        # "Bello" and "Bella" are names too; a celebration alone names nothing to improve.
        "Yesterday's handover to Ward 4: you left out that Mr Bello had a fall at 3am.",
        "Bella missed the 9am stand-up again and nobody knew where the release notes were.",
        "First week in the new job done 🎉",
        # Little done is no task done; a consequence after "otherwise" is no praise.
        "Rough week. Didn't get much done, feel behind on everything.",
        "Log the exception and re-raise it, otherwise we'll never see the token failures.",
    ],
)
def test_a_name_or_a_celebration_alone_is_not_both_sides(text):
    assert assess_feedback(text).balanced is False


@pytest.mark.parametrize(
    "text",
    [
        # "Too" closing a clause means "also", and "don't change a thing" keeps what worked: praise alone.
        "At Friday's all-hands you were brilliant, a natural presenter. Would you do the January one too?",
        "Your eulogy for Mr Adeyemi was beautifully judged, his daughter said so too.",
        "You're a natural presenter, honestly. Don't change a thing.",
        "You've got a great attitude, don't lose it.",
        # Nor do reassurance and wonder: "don't panic", "I don't know how you do it".
        "You're so calm with angry customers, I don't know how you do it!",
        "You sent 40 applications and got 2 replies. That's normal for the Berlin market right now, don't panic.",
        # Error handling is a part of the code, not an error.
        "The code review you did on my PR last week was the most useful thing anyone's done for me. The comments on "
        "error handling especially.",
    ],
)
def test_also_keep_it_and_error_handling_name_no_fault_beside_praise(text):
    assert assess_feedback(text).balanced is False


@pytest.mark.parametrize(
    "text",
    [
        # "Otherwise decent" says what came before it is the fault; a check nobody made is one.
        "Boat wasn't hosed down after landing the catch Friday, fish scales everywhere Monday morning. "
        "Otherwise decent week.",
        "The group came back soaked because nobody checked the kit list. Good that you got them into the drying room "
        "fast.",
        # Tests passing, said as a non-native writer says it, is what worked.
        "This sprint update - finish the API for order search, all unit test pass - performance test fail, response "
        "time 3s when 10k records",
    ],
)
def test_otherwise_decent_and_a_check_nobody_made_read_both_sides(text):
    assert assess_feedback(text).balanced is True


@pytest.mark.parametrize(
    "text",
    [
        # Praise and faults in everyday verdict words the lists lacked, read in session 20's rounds by new writers:
        # two short verdicts side by side, or a verdict and an instruction.
        "Brilliant attitude, shocking timekeeping.",
        "Picks accurate, pick rate on the mezz well under target.",
        "Your dialogue sings. Your middle sags.",
        "Drafts are improving. Watch the commas.",
        "You've got the gift of the gab, just need a bit more discipline.",
        "You're switched on, mate, just a bit gobby with the public.",
        "The code you write is readable; the tests are thin.",
        "Grade 5 theory paper passed with merit! Sight reading at the mock aural was shaky, so 10 minutes a day from "
        "the sight reading book before your lesson please.",
    ],
)
def test_everyday_verdict_words_name_what_worked_and_what_to_improve(text):
    assert assess_feedback(text).balanced is True


@pytest.mark.parametrize(
    "text",
    [
        # Not every such word is a verdict: work still outstanding, a flaky test, more initiative urged.
        "Patient handovers: always start with name, age and reason for admission. Then what's changed this shift. "
        "Then what's outstanding.",
        "This week I fixed the flaky login test. Next I'm going to pair with Tom on the payment bug on Thursday.",
        "You need to be more proactive.",
    ],
)
def test_outstanding_work_a_flaky_test_and_urged_initiative_name_no_second_side(text):
    assert stated_or_asked(assess_feedback(text), "balanced", False)
