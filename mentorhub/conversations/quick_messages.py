"""Quick messages: the seeds' moments, pre-filled in the message box and edited before sending. Each says who it
suits; `{other}` is the other person's first name, and the "…" marks what only the writer can fill in."""

from dataclasses import dataclass


@dataclass(frozen=True)
class QuickMessage:
    key: str
    label: str
    for_role: str  # "mentee", "mentor" or "either"
    text: str

    def fill(self, other_name: str) -> str:
        return self.text.format(other=other_name)


QUICK_MESSAGES = [
    QuickMessage(
        "reconfirm",
        "Reconfirm: would a lighter rhythm work better?",
        "mentee",
        "Hi {other}, I know things get hectic. Would a quarterly check-in work better for you than our current "
        "rhythm? I'd love to keep learning from you, and I'd understand if now is not a good time.",
    ),
    QuickMessage(
        "referral",
        "Ask for a referral",
        "mentee",
        "Hi {other}, thank you for your help so far. I'm now working on …, which may be outside your area. "
        "Might you know someone else who could advise me on it?",
    ),
    QuickMessage(
        "agenda",
        "Share the agenda in advance",
        "either",
        "Hi {other}, here is what I'd like to cover when we meet:\n\n1. Wins since we last spoke: …\n"
        "2. Progress on my action items: …\n3. A question: …\n4. An ask: …",
    ),
    QuickMessage(
        "advice",
        "Here's what I did with your advice",
        "mentee",
        "Hi {other}, here's what I did with your advice about …: I … It led to … Thank you!",
    ),
    QuickMessage(
        "thanks",
        "Say thank you",
        "either",
        "Thank you, {other}, for … It made a real difference to me.",
    ),
    QuickMessage(
        "congratulations",
        "Congratulate on a milestone",
        "either",
        "Congratulations on …, {other}! All the work you put into it shows.",
    ),
    QuickMessage(
        "follow_up",
        "Follow up after a meeting",
        "either",
        "Thanks for today's conversation, {other}. What I took from it: … My next steps: … by …",
    ),
]
BY_KEY = {q.key: q for q in QUICK_MESSAGES}
# Offered only to the recipient of an outreach (services.outreach_to_answer), never in the list above.
POLITE_DECLINE = QuickMessage(
    "decline",
    "Decline politely",
    "either",
    "Thank you for writing, {other}, and for thinking of me. I'm not able to mentor anyone right now, so I have to "
    "say no this time. Might … help? I wish you the best with it.",
)


def for_role(role: str | None) -> list[QuickMessage]:
    """The quick messages that suit someone in `role` (None: a conversation outside a relationship)."""
    return [q for q in QUICK_MESSAGES if q.for_role in ("either", role)]
