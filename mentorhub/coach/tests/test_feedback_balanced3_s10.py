"""Balanced, third cycle of session 10: kinds of wording read from rounds zq, zr and zy."""

import pytest

from mentorhub.coach.feedback import assess_feedback


@pytest.mark.parametrize(
    "text",
    [
        # Praise of taste or of what a talk taught, beside a fault.
        "Flavourful stew, a touch too thick.",
        "Yummy brownies, slightly underbaked in the middle.",
        "Your workshop on pensions was really informative. The handouts were hard to read though.",
        # A fault opened with a small quantity after praise: "a bit of porosity", "a touch of overspray".
        "Neat joints on the whole, a bit of glue squeeze-out on the back panel.",
        "Lovely sharp edges on the cutting in, a touch of overspray on the skylight.",
        # A nit heading names the thing to improve.
        "The migration script is tidy, thanks. Small nit: rename tmp_list to something meaningful.",
        "Great minutes from the board meeting. One niggle: the action owners are missing.",
        # "Kindly note" frames a report, it is no instruction hiding the praise.
        "Kindly note the cash count at the Pune branch was done neatly by Suresh,"
        " only the petty cash book is not updated since August.",
        # What worked said as "the rest is sound" or "it works".
        "Two fixes: tag the cables before unplugging and photograph the rack first."
        " The rest of your install method is sound.",
        "Keep the same calm tone on the phones, it works."
        " Just log each call before the next one, not at the end of the day.",
    ],
)
def test_praise_and_a_fault_in_newer_words_read_as_balanced(text):
    assert assess_feedback(text).balanced is True


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
    assert assess_feedback(text).balanced is True


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
