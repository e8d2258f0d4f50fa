"""Outreach message Templates: plain Python strings filled from the contact's research notes and the person's goals.

A missing detail becomes a bracketed prompt ("[what you talked about]") so the person sees what to write, and the
coach, which cannot find anything specific in a prompt, keeps asking for it until they do.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

ALL_CHECKS = ("personalization", "clear_ask", "flexibility", "gratitude", "premature_ask")

PROMPTS = {
    "first_name": _("[their first name]"),
    "my_name": _("[your name]"),
    "my_intro": _("[one line about you]"),
    "highlight": _("[something specific of theirs: a talk, article or project]"),
    "topic": _("[the one thing you would like advice on]"),
    "goal_line": "",
    "where": _("[where you met]"),
    "talked_about": _("[what you talked about]"),
    "introduced_by": _("[who introduced you]"),
    "last_sent": _("last week"),
    "last_subject": _("my earlier note"),
}


@dataclass(frozen=True)
class Template:
    key: str
    # Shown to people: lazy, so that each person reads them in their own language.
    label: str | Promise
    when: str | Promise
    # Drafts in the writer's language (the coach reads English and says so beside a draft in another language).
    subject: str | Promise
    body: str | Promise
    expects_reply: bool = True
    # Which coach checks make sense: a thank-you note asks for nothing, a follow-up needs no new research.
    checks: tuple[str, ...] = ALL_CHECKS

    def fill(self, context: dict) -> tuple[str, str]:
        values = {**{k: str(v) for k, v in PROMPTS.items()}, **{k: v for k, v in context.items() if v}}
        return str(self.subject).format_map(values), str(self.body).format_map(values)


TEMPLATES = {
    t.key: t
    for t in [
        Template(
            "informational",
            _("Informational interview request"),
            _("A first message to someone you admire: ask for a short conversation, not for mentoring."),
            _("A 20-minute call about {topic}?"),
            _(
                "Dear {first_name},\n\nI was struck by {highlight}. I'm {my_intro}, and I'm working on "
                "{topic}.{goal_line}\n\nWould you have 20 minutes for a short call in the next few weeks? I'd "
                "love to hear how you approached it. I'm happy to fit around your schedule, by video or over "
                "coffee.\n\nThank you for considering it.\n\nBest wishes,\n{my_name}"
            ),
        ),
        Template(
            "event_follow_up",
            _("Event follow-up"),
            _("Within 48 hours of meeting someone, refer to your conversation."),
            _("Great to meet you at {where}"),
            _(
                "Dear {first_name},\n\nIt was good to meet you at {where}. Thank you for taking the time to "
                "talk about {talked_about}; it has stayed with me.\n\nI'm working on {topic}. Would you be open "
                "to a 20-minute call in the next few weeks to continue the conversation? Any time that suits "
                "you works for me.\n\nBest wishes,\n{my_name}"
            ),
        ),
        Template(
            "introduction",
            _("Introduction through a mutual contact"),
            _("Someone you both know suggested you talk: say who, first."),
            _("{introduced_by} suggested I get in touch"),
            _(
                "Dear {first_name},\n\n{introduced_by} suggested I get in touch with you. I was struck by "
                "{highlight}, and I'm working on {topic}.\n\nWould you have 20 minutes for a call in the next "
                "few weeks? I'm happy to work around your schedule.\n\nThank you for considering it.\n\nBest "
                "wishes,\n{my_name}"
            ),
        ),
        Template(
            "thank_you",
            _("Thank-you after a conversation"),
            _("The same day or the next: what you took away and what you will do with it."),
            _("Thank you for your time"),
            _(
                "Dear {first_name},\n\nThank you for taking the time to talk with me. What you said about "
                "{talked_about} was exactly what I needed, and I have already started acting on it.\n\nI'll let "
                "you know how it goes.\n\nBest wishes,\n{my_name}"
            ),
            expects_reply=False,
            checks=("personalization", "gratitude", "premature_ask"),
        ),
        Template(
            "second_meeting",
            _("Asking for a second meeting"),
            _("Show that you acted on their advice before asking for more of their time."),
            _("A second conversation?"),
            _(
                "Dear {first_name},\n\nThank you again for our conversation. Since then I have acted on what "
                "you said about {talked_about}, and I'd value your view on what I learned.\n\nWould you be open "
                "to a second 30-minute conversation next month? I'm happy to fit around your calendar, by video "
                "or in person.\n\nBest wishes,\n{my_name}"
            ),
            checks=("personalization", "clear_ask", "flexibility", "gratitude"),
        ),
        Template(
            "reconfirm",
            _("Reconfirming with an unresponsive mentor"),
            _("When meetings have lapsed: make it easy to say yes to less."),
            _("Would a quarterly check-in work better?"),
            _(
                "Dear {first_name},\n\nI've really valued our conversations, especially what you said about "
                "{talked_about}. I understand you're busy: would a quarterly check-in work better? Could we try "
                "a 30-minute call once a quarter, at a time that suits you? It would still help me a lot with "
                "{topic}.\n\nThank you for everything so far.\n\nBest wishes,\n{my_name}"
            ),
            checks=("personalization", "clear_ask", "flexibility", "gratitude"),
        ),
        Template(
            "referral",
            _("Asking for a referral after a mismatch"),
            _("When it is not the right fit: keep the relationship, ask for a name."),
            _("Might you know someone who could advise me on {topic}?"),
            _(
                "Dear {first_name},\n\nI've learned so much from you, especially what you said about "
                "{talked_about}. Might you know someone else who could advise me on {topic}? If you could "
                "introduce me to one person, or just share a name, it would mean a lot.\n\nThank you again for "
                "your generosity.\n\nBest wishes,\n{my_name}"
            ),
            checks=("personalization", "clear_ask", "gratitude", "premature_ask"),
        ),
        Template(
            "decline_reply",
            _("A gracious reply to a decline"),
            _("A no today is often a yes later, or a referral: thank them and leave the door open."),
            _("Thank you for letting me know"),
            _(
                "Dear {first_name},\n\nThank you for letting me know, and for considering it. I completely "
                "understand.\n\nI'll keep following your work, and I hope our paths cross again.\n\nAll the "
                "best,\n{my_name}"
            ),
            expects_reply=False,
            checks=("gratitude", "premature_ask"),
        ),
        Template(
            "follow_up",
            _("Polite follow-up"),
            _("Once, a week after a message without reply. Never more."),
            _("Following up: {last_subject}"),
            _(
                "Dear {first_name},\n\nI wanted to follow up on my note of {last_sent}, in case it got buried. "
                "I know how busy you are.\n\nIf a 20-minute call in the coming weeks is possible, I'd be "
                "grateful; any time that suits you works for me. If not, no problem at all.\n\nThank "
                "you,\n{my_name}"
            ),
            checks=("clear_ask", "flexibility", "gratitude", "premature_ask"),
        ),
        Template(
            "own",
            _("My own words"),
            _("Start from a blank page; the coach still checks it."),
            "",
            _("Dear {first_name},\n\n\n\n\nBest wishes,\n{my_name}"),
        ),
    ]
}
FOLLOW_UP = "follow_up"
OWN = "own"
TEMPLATE_CHOICES = [(t.key, t.label) for t in TEMPLATES.values()]
