"""Session 10, second cycle: kinds of wording the actionable reading missed or over-read on rounds zn, zo, zf-zm."""

import pytest

from mentorhub.coach.feedback import assess_feedback


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
    assert assess_feedback(text).actionable
