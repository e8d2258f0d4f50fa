"""Next steps as people really write them (issue 17): hedged suggestions, questions as advice, plans without a
subject, non-native advice; and effort, wishes, news and sarcasm that are no next step."""

import pytest

from mentorhub.coach.feedback import assess_feedback
from mentorhub.coach.tests.stated import stated_or_asked


@pytest.mark.parametrize(
    "text",
    [
        # A noun opening a statement that happens to look like a verb ("Bake time was", "Open day went").
        "Cook time on the lamb was a touch long, meat was dry at the edges.",
        "Open day on Saturday went really well, lots of families stayed for the talk.",
        "mtg with the suppliers on Mon was a waste of an hour",
        # A verbless heading of an occasion ("Spay this morning:").
        "Lambing this week: two sets of twins, no losses.",
        "Audit this week: two minor findings, both closed.",
        # "Kindly note that ..." draws attention to a fact; it asks for nothing.
        "Kindly note that the courier was late and very rude to our receptionist.",
        # A feature judged "a bit slack on the traverse": a verdict with a place, not an instruction.
        "Cuts mostly tidy, edging a bit rough along the path.",
        "Stitching neat, hem a bit uneven at the back.",
        # Chat abbreviations and a fragment opener are not verbs.
        "tbh your rotas r always late and it's messing up the weekend for everyone",
        "Busy one, sorry. The stall did well and the sourdough sold out by eleven.",
        # "Always" before an adjective describes; it does not instruct.
        "Lovely colleague. Always cheerful.",
        # Cheering on with "keep + -ing" and nothing to do.
        "fab shift as always, keep rocking it!",
        "Top marks for the display. Keep being awesome.",
        # Attention without an action: "watch the spatter", "think about your time management".
        "Your plastering is smooth and even, just watch the edges by the sockets.",
        "You might want to think about your workload.",
        # "Don't stop now" cheers on; "the answer is simple" is no fix.
        "Don't stop now, you're nearly there!",
        "The answer is simple: you're a star.",
        # "Stop being so X" asks for a different character, not a deed.
        "Bright lad but he needs to stop being so cocky with the customers.",
        # A past-tense list with an ambiguous verb ("put", "set") is a report, not an instruction.
        "Marek tiled the bathroom on Friday, set the spacers carefully and grouted the lot before lunch.",
        # "the next shift", "moved to next month": a time named as a thing, not a lead-in to advice.
        "You often leave the dishwasher full for the next shift.",
        "Driving test moved to next month. Still nervous about roundabouts.",
    ],
)
def test_reports_verdicts_and_cheering_with_no_next_step_do_not_read_as_actionable(text):
    assert not assess_feedback(text).actionable


@pytest.mark.parametrize(
    "text",
    [
        # A negative imperative: "don't forget to", "do not send".
        "Dont forget to date the milk jugs in the staff fridge, the inspector looks at this.",
        "Good draft. Do not send it to the client until Hamid has checked the figures.",
        # A pseudo-cleft that names the fix: "what would help most is", "the fix is".
        "What would help most is a laminated price list on the counter.",
        "The answer here is a second alarm on your phone for the medication round.",
        # Indian-English polite imperative.
        "Kindly update the attendance sheet and mail it to HR by Monday.",
        # "Always" before a verb that ends like an adjective ("give", "drive").
        "Always give the patient a leaflet.",
        # A plan in a chatty update with the subject dropped: "setting a reminder for wed nights".
        "missed the recycling again 🙈 putting a note on the fridge for tuesday nights",
        # Hedged "maybe you can".
        "The GST figures look off, maybe you can recheck against the purchase ledger once more.",
        # An instruction of what to say, after a lead-in.
        "You agreed the refund on the spot. Next time, say you'll check with the manager first.",
        # A progressive for a dated arrangement: "I'm re-sitting in January".
        "Failed the theory by two marks, so I'm re-taking it in March.",
        # "Thank them" instructs; only "thank you" is gratitude.
        "The volunteers stayed late on Friday; thank them at the start of Monday's briefing.",
        # Attention beside a real instruction leaves the instruction standing.
        "Mind the gap between the tiles, keep it 3mm with spacers.",
        # Imperatives of position and manner.
        "Your marking was loose in the first half, stay tight on number 9 when they break.",
    ],
)
def test_negative_polite_hedged_and_cleft_next_steps_read_as_actionable(text):
    assert stated_or_asked(assess_feedback(text), "actionable", True)


@pytest.mark.parametrize(
    "text",
    [
        # A labelled piece of advice: "My suggestion: <a step>", with a verb the lists may not know.
        "Good first week. My advice: shadow Aisha on the early shift before you open up alone.",
        "Top tip: photograph every meter before you touch it.",
        # First-person advice verbs aimed at the person.
        "I'd recommend you skim the style guide before the next draft.",
        "I would advise you to phone the landlord before the inspection.",
        "We'd suggest you pilot the survey with five people first.",
        # Wanting the person to do something.
        "I'd like you to lead the Monday huddle next week.",
        "I want you to shadow Dev on two night shifts.",
        # A hedged imperative after a dash, with a verb the lists may not know.
        "The intro is strong. The middle section drags a bit - maybe trim the case studies to one each?",
        "Your spreadsheet works but the tabs are a maze — perhaps colour-code them by quarter.",
    ],
)
def test_labelled_recommended_wanted_or_hedged_steps_read_as_actionable(text):
    assert stated_or_asked(assess_feedback(text), "actionable", True)


@pytest.mark.parametrize(
    "text",
    [
        # "Sort it out", "don't do that again": a telling-off that names no step.
        "Sloppy week. Sort yourself out.",
        "Untidy and late again. Get it together.",
        "Please do not do that again.",
        "honestly u are amazing, never change",
        "You're perfect, don't change a thing!",
        # An improvement area with a modal and a subject.
        "Polite lad, but he must improve his attendance.",
        "She should improve her timekeeping.",
        # Unnamed things to fix.
        "Good turnout on Sunday. There are some issues we need to address before the next one.",
        "Decent first draft, a couple of things you should fix.",
    ],
)
def test_telling_offs_and_unnamed_fixes_are_not_a_next_step(text):
    assert stated_or_asked(assess_feedback(text), "actionable", False)


@pytest.mark.parametrize(
    "text",
    [
        # A diary update with the subject dropped opens on an irregular past tense, not an instruction.
        "Understood the VAT return properly at last, though I still forgot the receipts folder.",
        "Forgot the float again on Saturday, so the till was out by a tenner.",
        "Drove the forklift for the first time on Monday. Bit jerky.",
    ],
)
def test_a_diary_line_opening_on_an_irregular_past_tense_is_not_a_next_step(text):
    assert not assess_feedback(text).actionable


@pytest.mark.parametrize(
    "text",
    [
        # "Be a little more X" with any degree word is still a change of manner, not a step.
        "Perhaps try to be a little more assertive with suppliers?",
        "Try and be slightly more organised.",
        # "Speak up more" says more of something unnamed.
        "Lovely manner with the kids but quite quiet in planning meetings. Speak up more.",
        "Participate more in seminars.",
    ],
)
def test_more_of_a_manner_or_of_taking_part_is_not_a_next_step(text):
    assert not assess_feedback(text).actionable


@pytest.mark.parametrize(
    "text",
    [
        # A suggestion hedged as what could have been done.
        "The quiz night could have had a couple more tables near the bar?",
        "Could have used a bigger font on the menu boards maybe.",
        "Might be worth a quick word with the cleaners about the sluice room?",
        "Worth a second check of the meter readings before you file them.",
        "Have you tried the booking form on an old laptop? The submit button overlaps the footer.",
        "Ideally the risk log would sit at the front of the folder.",
        # A plan after a struggle, without "my" or "the".
        "Still slow on the scaffold inspections. Plan is to shadow Gareth on Thursday and Monday.",
        # Advice about a named third person.
        "Mrs Okafor should phone the parents the same day an incident is logged.",
        "Good lad, needs to stop arguing with the linesman.",
        # Non-native imperatives: "is necessary to", "could you" with a verb the lists lack.
        "The welds on bracket 4 are porous, is necessary to grind them back and weld again.",
        "is important to check the tyre pressures on every van after the weekend",
        "Nice photos for the menu. The prices are hard to read, could you bump them up a size?",
        # Terse advice.
        "write shorter emails. three lines max",
        "fewer meetings pls. two a week is plenty",
    ],
)
def test_a_next_step_in_hedged_terse_or_non_native_wording_reads_as_actionable(text):
    assert stated_or_asked(assess_feedback(text), "actionable", True)


@pytest.mark.parametrize(
    "text",
    [
        # Effort with no action in it.
        "Need to improve on planning and punctuality.",
        "Need to improve time management.",
        "could do a bit more tbh",
        "He could contribute more.",
        "Keep on doing whatever you're doing, it's great!",
        "Files are missing signatures in several places. Please be careful.",
        # A request to a third party is not advice to the person.
        "Kindly consider Mr Osei for the annual service award, he ran the night shift alone for a month.",
        # Sarcasm and small talk are not next steps.
        "Oh lovely, the printer jammed again at 4:55. Love that for us.",
        "mashallah the henna for the wedding was beautiful, everyone asked who did it",
        "Good chat today about the pipeline, you're getting there. Let's catch up in two weeks.",
        "- always on time - apron clean - till counts need work",
        "Met 4 suppliers this week, three were fine. Second one ignored my emails for a week.",
        # Hedged wording about an outcome or effort, not a step.
        "We could have had a better result on Saturday.",
        "Have you tried your best? Not really.",
        "Ideally it would have been finished by now.",
    ],
)
def test_effort_requests_to_others_and_small_talk_are_not_a_next_step(text):
    assert stated_or_asked(assess_feedback(text), "actionable", False)


@pytest.mark.parametrize(
    "text",
    [
        # A rule for everyone, said as what happens: a next step all the same.
        "Anyone caught vaping behind the barn loses their Saturday shift.",
        "Whoever opens up switches the fryers on before anything else.",
        "No one goes into the trench unless the shoring's in.",
        "Every new starter shadows Grace for two shifts before going solo.",
        "Everyone must sign the visitor book before going onto the ward.",
    ],
)
def test_a_rule_for_everyone_reads_as_a_next_step(text):
    assert stated_or_asked(assess_feedback(text), "actionable", True)


@pytest.mark.parametrize(
    "text",
    [
        # A development area in an appraisal names a skill to grow, not a step.
        "Tunde would benefit from building his negotiation skills next year.",
        "She would really benefit from strengthening her clinical confidence.",
        "Going forward he would benefit from taking on more ownership.",
        "Areas for improvement: punctuality, documentation.",
        "Development needs: organisation and prioritisation.",
        "he needs to work on his confidence with the parents",
        # A present description of everyone, not a rule.
        "Nobody gets a straight answer from him on the rota.",
        "Every sample in the batch matches the log.",
    ],
)
def test_development_areas_and_descriptions_of_everyone_are_not_a_next_step(text):
    result = assess_feedback(text)
    # Stated, or asked: where the rules find only an area the learned reading decides.
    assert result.actionable is False or "actionable" in result.unsure


@pytest.mark.parametrize(
    "text",
    [
        # A plan for a date with the subject dropped, and a limit said tersely.
        "Didn't pass the theory test on Friday. Resitting on the 22nd and doing the hazard clips every night.",
        "Rescheduling the boundary survey for the 3rd so the rain has gone.",
        "Fewer slides in the pitch deck. Ten slides tops.",
        "Your abstract rambles. 250 words maximum.",
    ],
)
def test_a_plan_for_a_date_with_no_subject_and_a_terse_limit_read_as_actionable(text):
    result = assess_feedback(text)
    # Stated, or asked: the learned reading may still be asked beside the rule.
    assert result.actionable is True or "actionable" in result.unsure


@pytest.mark.parametrize(
    "text",
    [
        # A farewell, a request to reflect, a manner to grow: no step.
        "Lovely to catch up, thanks for the coffee. See you next Thursday!",
        "You were quite dismissive of the new porter. Kindly reflect on it.",
        "He would benefit from being a little more visible with senior leaders.",
        "To progress she would benefit from continuing to develop her commercial awareness.",
    ],
)
def test_a_farewell_a_request_to_reflect_and_a_manner_to_grow_are_not_a_next_step(text):
    result = assess_feedback(text)
    assert result.actionable is False or "actionable" in result.unsure


@pytest.mark.parametrize(
    "text",
    [
        # Habits and states after "always" or "never", hyphenated or past: no step.
        "Very thorough, always cross-references the drug chart before the round.",
        "Never organised, always rushed.",
        "I'm rubbish with deadlines, always have been.",
        # Improvement with nothing named, a hedge, more of the same, phone-typed cheering.
        "Honestly he needs to improve.",
        "My filing is a mess again, need to sort that.",
        "The handover could have been a bit clearer, some gaps.",
        "Rehearse your lines more.",
        "Only thing I'd say is the intro felt long.",
        "great stuff, keep doing what ur doing",
    ],
)
def test_habits_unnamed_improvement_hedges_and_more_of_the_same_are_not_a_next_step(text):
    result = assess_feedback(text)
    assert result.actionable is False or "actionable" in result.unsure


@pytest.mark.parametrize(
    "text",
    [
        # A step recommended as a thing, not as "that ...": the appraisal voice.
        "I recommend monthly file audits for the two new caseworkers.",
        "We would recommend a second pair of eyes on every payroll run.",
        "My suggestion is that he sits in on three client calls before taking his own.",
        # A remedy the mentee has made for the fault just named.
        "I kept forgetting the torque settings so I've made a laminated chart for the toolbox.",
        "Mixed up the allergen codes twice, so we printed a crib sheet for the pass.",
        # A plan for tonight in the progressive.
        "Struggled with the French seams, I'm redoing the sample tonight.",
        # The missing thing asked for alone, or an instruction with only its time.
        "Standup dragged on again. Timer please.",
        "Three wrong postcodes on the labels. Proofread before printing.",
    ],
)
def test_a_step_named_as_a_thing_a_remedy_made_or_a_terse_request_reads_as_actionable(text):
    assert stated_or_asked(assess_feedback(text), "actionable", True)


@pytest.mark.parametrize(
    "text",
    [
        # Asking the mentor for the step: it is the mentor's to give.
        "Madam, I have completed the stock register for the lab. Kindly guide me on the way forward.",
        "This week I closed the March ledgers. Please advise how I can improve further.",
        "Attached is my reflective log for your kind review.",
        # More of the same, with nothing to change.
        "Cracking delivery round this morning, no missed drops. Keep it that way.",
        "Good chat today. Let's keep doing this.",
        "Top shift. Same again next time.",
        # A bare verb with nothing to act on.
        "Rambling intro. Cut it.",
        "Some typos. Fix.",
        # A manner or a responsibility to grow, and a platitude.
        "Leah hits every deadline. To progress she needs to show more initiative.",
        "Reliable on the floor, but you must speak up.",
        "Get the fundamentals right and the rest will follow. Focus on the basics.",
        # An ongoing effort at a skill.
        "I am improving my Arabic with the drivers every morning.",
    ],
)
def test_asking_for_advice_more_of_the_same_and_a_bare_verb_are_no_next_step(text):
    assert stated_or_asked(assess_feedback(text), "actionable", False)


@pytest.mark.parametrize(
    "text",
    [
        # A mentee's plan with its subject dropped and only a time to say it is ahead.
        "Lambing started early. Lost two last night, both breech. Ringing the vet at 8 to go over the ewes.",
        "Such a coward at the staff meeting Monday, said nothing about the rota. Emailing Helen tomorrow to raise it.",
        "Spanish oral Monday went better than last term, but I froze on past tense. Doing 15 min drills daily.",
        # A hedged suggestion, and instructions in verbs of a trade.
        "The summary lost them a bit. What if you ended Sunday's sermon on the story about your grandfather?",
        "Lovely photos from the Jenkins wedding, but shoot wider so nobody's cropped at the feet.",
        "You filed the defence in the Okonkwo matter a day late. Diarise court deadlines two working days early.",
    ],
)
def test_a_plan_with_only_its_time_a_what_if_and_a_trade_verb_read_as_actionable(text):
    assert stated_or_asked(assess_feedback(text), "actionable", True)


@pytest.mark.parametrize(
    "text",
    [
        "Nothing to report this week, sorry, work has been insane",
        "Pointing out potholes on Sunday's club run: good. Shouting on a closed road: less good.",
        "During the under-12s session on Sunday you kept the drills short; the water breaks ran long though.",
    ],
)
def test_a_word_ending_in_ing_before_a_day_is_no_plan(text):
    assert stated_or_asked(assess_feedback(text), "actionable", False)


@pytest.mark.parametrize(
    "text",
    [
        "Passed my PTLLS. Failed functional skills maths by 2 marks. Resit booked for Jan.",
        "Strong image from the harbour shoot, crop tighter.",
        "Cornets were rushing the march from letter C on Sunday. Subdivide in your head from C onwards.",
    ],
)
def test_a_resit_booked_and_an_instruction_of_an_art_read_as_actionable(text):
    assert stated_or_asked(assess_feedback(text), "actionable", True)


@pytest.mark.parametrize(
    "text",
    [
        "step it up lads",
        "Presentation to the audit committee went ok I think. Need to work on my nerves.",
        "Very disappointed with the attitude today. Some of you need to take a long look at yourselves.",
        "The balayage you did on Mrs Okafor on Thursday was flawless, she rebooked on the spot.",
    ],
)
def test_a_pep_talk_or_a_telling_off_is_no_next_step(text):
    assert stated_or_asked(assess_feedback(text), "actionable", False)


@pytest.mark.parametrize(
    "text",
    [
        "For the next sprint I propose we do the demo on Thursday and not Friday, because many people are absent.",
        "Wonder if it's worth putting a strain gauge on the second bracket before the next load test?",
        "Nice design. Bigger font for the prices please, the old customers can't read.",
        "Think I'm a decent manager now tbh, but I still need to stop answering emails at 11pm",
        # A time leading in to the instruction.
        "The October reconciliation balanced first time, nice. From next month attach the bank statements to each"
        " entry.",
    ],
)
def test_a_proposal_a_wondered_step_and_a_terse_request_read_as_actionable(text):
    assert stated_or_asked(assess_feedback(text), "actionable", True)


@pytest.mark.parametrize(
    "text",
    [
        # A statement with its subject dropped, a preposition and a noun opening a line, and a habit described.
        "Scrapped another part on the mill today, third this week. Don't even know what I did wrong.",
        "Per your suggestion I rang the recruiter at Brightwater instead of emailing, and she put me forward for two "
        "roles the same afternoon.",
        "Assessor's report, match 2241: Positioning 8.3. Decision-making 8.2. Teamwork with ARs 8.4. Overall mark 8.3.",
        "Always ball-watching from the centre circle in the second half.",
    ],
)
def test_dont_know_per_teamwork_and_always_doing_something_are_no_instruction(text):
    assert assess_feedback(text).actionable is False


@pytest.mark.parametrize(
    "text",
    [
        # A talk to come with nothing in it, a pep talk, a prediction and idioms of manner name no step.
        "re tuesdays mock interview 🙃 we need to talk",
        # ... also when a full stop or "!" closes it.
        "Re: yesterday's sprint demo. We need to talk.",
        "Some issues with the sim session, nothing major, will chat.",
        "You have such a good eye for data, don't ever lose that!",
        "so i watched the rehearsal last night and. hmm. theres something there but i cant put my finger on it. "
        "energy dipped in the middle? maybe. anyway we'll chat",
        "Great energy in the session! Let's keep the momentum going 🚀",
        "Your field notes from the first two weeks in Oaxaca are excellent - dated, detailed, and you keep observation "
        "and interpretation apart consistently. Carry on exactly like this.",
        "honestly you're a born reporter, don't ever lose that",
        "WWW: good effort. EBI: make it even better next time!!",
        "Smart, presentable, knows the patch. Will go far.",
        "Tbh you're a bit of a diva in rehearsals. Tone it down.",
    ],
)
def test_a_talk_to_come_a_pep_talk_and_a_prediction_are_no_next_step(text):
    assert assess_feedback(text).actionable is False


def test_talking_inside_an_instruction_is_still_one():
    text = "You come across as cold on the phone sometimes. Try smiling while you talk, people can hear it."
    assert assess_feedback(text).actionable is True
