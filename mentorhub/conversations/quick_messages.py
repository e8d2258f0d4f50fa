"""Quick messages: the seeds' moments, pre-filled in the message box and edited before sending. Each says who it
suits; `{other}` is the other person's first name, and each "[...]" is a visible placeholder for what only the
writer can fill in: the message coach flags one left unfilled, so a prompt is never sent as if it were a sentence."""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class QuickMessage:
    key: str
    label: str | Promise
    for_role: str  # "mentee", "mentor" or "either"
    text: str | Promise

    def fill(self, other_name: str) -> str:
        return str(self.text).format(other=other_name)


QUICK_MESSAGES = [
    QuickMessage(
        "reconfirm",
        _("Reconfirm: would a lighter rhythm work better?"),
        "mentee",
        _(
            "Hi {other}, I know things get hectic. Would a quarterly check-in work better for you than our current "
            "rhythm? I'd love to keep learning from you, and I'd understand if now is not a good time."
        ),
    ),
    QuickMessage(
        "referral",
        _("Ask for a referral"),
        "mentee",
        _(
            "Hi {other}, thank you for your help so far. I'm now working on [what you are working on], which may be "
            "outside your area. Might you know someone else who could advise me on it?"
        ),
    ),
    QuickMessage(
        "agenda",
        _("Share the agenda in advance"),
        "either",
        _(
            "Hi {other}, here is what I'd like to cover when we meet:\n\n1. Wins since we last spoke: [a win]\n"
            "2. Progress on my action items: [progress]\n3. A question: [your question]\n4. An ask: [your ask]"
        ),
    ),
    QuickMessage(
        "advice",
        _("Here's what I did with your advice"),
        "mentee",
        _(
            "Hi {other}, here's what I did with your advice about [the advice]: I [what you did]. It led to "
            "[what happened]. Thank you!"
        ),
    ),
    QuickMessage(
        "thanks",
        _("Say thank you"),
        "either",
        _("Thank you, {other}, for [what they did]. It made a real difference to me."),
    ),
    QuickMessage(
        "congratulations",
        _("Congratulate on a milestone"),
        "either",
        _("Congratulations on [their milestone], {other}! All the work you put into it shows."),
    ),
    QuickMessage(
        "follow_up",
        _("Follow up after a meeting"),
        "either",
        _(
            "Thanks for today's conversation, {other}. What I took from it: [one thing]. My next steps: [a step] by "
            "[a date]."
        ),
    ),
]
BY_KEY = {q.key: q for q in QUICK_MESSAGES}
# Offered only to the recipient of an outreach (services.outreach_to_answer), never in the list above.
POLITE_DECLINE = QuickMessage(
    "decline",
    _("Decline politely"),
    "either",
    _(
        "Thank you for writing, {other}, and for thinking of me. I'm not able to mentor anyone right now, so I have "
        "to say no this time. Might [someone or something else] help? I wish you the best with it."
    ),
)


def for_role(role: str | None) -> list[QuickMessage]:
    """The quick messages that suit someone in `role` (None: a conversation outside a relationship)."""
    return [q for q in QUICK_MESSAGES if q.for_role in ("either", role)]
