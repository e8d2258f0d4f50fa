"""Outreach message Templates: plain Python strings filled from the contact's research notes and the person's goals.

A missing detail becomes a bracketed prompt ("[what you talked about]") so the person sees what to write, and the
coach, which cannot find anything specific in a prompt, keeps asking for it until they do.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

ALL_CHECKS = ("personalization", "clear_ask", "flexibility", "gratitude", "premature_ask")

PROMPTS = {
    "first_name": "[their first name]",
    "my_name": "[your name]",
    "my_intro": "[one line about you]",
    "highlight": "[something specific of theirs: a talk, article or project]",
    "topic": "[the one thing you would like advice on]",
    "goal_line": "",
    "where": "[where you met]",
    "talked_about": "[what you talked about]",
    "introduced_by": "[who introduced you]",
    "last_sent": "last week",
    "last_subject": "my earlier note",
}


@dataclass(frozen=True)
class Template:
    key: str
    # Shown to people: lazy, so that each person reads them in their own language.
    label: str | Promise
    when: str | Promise
    subject: str
    body: str
    expects_reply: bool = True
    # Which coach checks make sense: a thank-you note asks for nothing, a follow-up needs no new research.
    checks: tuple[str, ...] = ALL_CHECKS

    def fill(self, context: dict) -> tuple[str, str]:
        values = {**PROMPTS, **{k: v for k, v in context.items() if v}}
        return self.subject.format_map(values), self.body.format_map(values)


SIGN_OFF = "\n\nBest wishes,\n{my_name}"

TEMPLATES = {
    t.key: t
    for t in [
        Template(
            "informational",
            _("Informational interview request"),
            _("A first message to someone you admire: ask for a short conversation, not for mentoring."),
            "A 20-minute call about {topic}?",
            "Dear {first_name},\n\nI was struck by {highlight}. I'm {my_intro}, and I'm working on {topic}.{goal_line}"
            "\n\nWould you have 20 minutes for a short call in the next few weeks? I'd love to hear how you "
            "approached it. I'm happy to fit around your schedule, by video or over coffee."
            "\n\nThank you for considering it." + SIGN_OFF,
        ),
        Template(
            "event_follow_up",
            _("Event follow-up"),
            _("Within 48 hours of meeting someone, refer to your conversation."),
            "Great to meet you at {where}",
            "Dear {first_name},\n\nIt was good to meet you at {where}. Thank you for taking the time to talk about "
            "{talked_about}; it has stayed with me.\n\nI'm working on {topic}. Would you be open to a 20-minute call "
            "in the next few weeks to continue the conversation? Any time that suits you works for me." + SIGN_OFF,
        ),
        Template(
            "introduction",
            _("Introduction through a mutual contact"),
            _("Someone you both know suggested you talk: say who, first."),
            "{introduced_by} suggested I get in touch",
            "Dear {first_name},\n\n{introduced_by} suggested I get in touch with you. I was struck by {highlight}, "
            "and I'm working on {topic}.\n\nWould you have 20 minutes for a call in the next few weeks? I'm happy to "
            "work around your schedule.\n\nThank you for considering it." + SIGN_OFF,
        ),
        Template(
            "thank_you",
            _("Thank-you after a conversation"),
            _("The same day or the next: what you took away and what you will do with it."),
            "Thank you for your time",
            "Dear {first_name},\n\nThank you for taking the time to talk with me. What you said about {talked_about} "
            "was exactly what I needed, and I have already started acting on it.\n\nI'll let you know how it goes."
            + SIGN_OFF,
            expects_reply=False,
            checks=("personalization", "gratitude", "premature_ask"),
        ),
        Template(
            "second_meeting",
            _("Asking for a second meeting"),
            _("Show that you acted on their advice before asking for more of their time."),
            "A second conversation?",
            "Dear {first_name},\n\nThank you again for our conversation. Since then I have acted on what you said "
            "about {talked_about}, and I'd value your view on what I learned.\n\nWould you be open to a second "
            "30-minute conversation next month? I'm happy to fit around your calendar, by video or in person."
            + SIGN_OFF,
            checks=("personalization", "clear_ask", "flexibility", "gratitude"),
        ),
        Template(
            "reconfirm",
            _("Reconfirming with an unresponsive mentor"),
            _("When meetings have lapsed: make it easy to say yes to less."),
            "Would a quarterly check-in work better?",
            "Dear {first_name},\n\nI've really valued our conversations, especially what you said about "
            "{talked_about}. I understand you're busy: would a quarterly check-in work better? Could we try a "
            "30-minute call once a quarter, at a time that suits you? It would still help me a lot with {topic}."
            "\n\nThank you for everything so far." + SIGN_OFF,
            checks=("personalization", "clear_ask", "flexibility", "gratitude"),
        ),
        Template(
            "referral",
            _("Asking for a referral after a mismatch"),
            _("When it is not the right fit: keep the relationship, ask for a name."),
            "Might you know someone who could advise me on {topic}?",
            "Dear {first_name},\n\nI've learned so much from you, especially what you said about {talked_about}. "
            "Might you know someone else who could advise me on {topic}? If you could introduce me to one person, "
            "or just share a name, it would mean a lot.\n\nThank you again for your generosity." + SIGN_OFF,
            checks=("personalization", "clear_ask", "gratitude", "premature_ask"),
        ),
        Template(
            "decline_reply",
            _("A gracious reply to a decline"),
            _("A no today is often a yes later, or a referral: thank them and leave the door open."),
            "Thank you for letting me know",
            "Dear {first_name},\n\nThank you for letting me know, and for considering it. I completely understand."
            "\n\nI'll keep following your work, and I hope our paths cross again.\n\nAll the best,\n{my_name}",
            expects_reply=False,
            checks=("gratitude", "premature_ask"),
        ),
        Template(
            "follow_up",
            _("Polite follow-up"),
            _("Once, a week after a message without reply. Never more."),
            "Following up: {last_subject}",
            "Dear {first_name},\n\nI wanted to follow up on my note of {last_sent}, in case it got buried. I know how "
            "busy you are.\n\nIf a 20-minute call in the coming weeks is possible, I'd be grateful; any time that "
            "suits you works for me. If not, no problem at all.\n\nThank you,\n{my_name}",
            checks=("clear_ask", "flexibility", "gratitude", "premature_ask"),
        ),
        Template(
            "own",
            _("My own words"),
            _("Start from a blank page; the coach still checks it."),
            "",
            "Dear {first_name},\n\n\n" + SIGN_OFF,
        ),
    ]
}
FOLLOW_UP = "follow_up"
OWN = "own"
TEMPLATE_CHOICES = [(t.key, t.label) for t in TEMPLATES.values()]
