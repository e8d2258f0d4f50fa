"""What a coach panel shows for each check: a tick, a cross, or, when the coach is unsure, a question.

One wording for every page that shows a coach (goal form, outreach composer, mentorship request and offer,
meeting feedback, progress updates), so a check reads the same everywhere. The coaches answer in English (the API
and the CLI too); `translate` gives a page their hints in the person's language.
"""

from mentorhub.coach import gettext_noop, goals, outreach
from mentorhub.coach.outreach import MAX_WORDS, assess_message
from mentorhub.lib.i18n import FilledTexts

# label, question asked when the coach is unsure of its verdict
CHECKS = {
    "goals": {
        "specific": (gettext_noop("Specific"), gettext_noop("Does it say exactly what you will do or produce?")),
        "measurable": (gettext_noop("Measurable"), gettext_noop("Is there a number that shows it's done?")),
        "time_bound": (gettext_noop("Time-bound"), gettext_noop("Is there a date by which it will be done?")),
    },
    "outreach": {
        "personalization": (
            gettext_noop("Personal: mentions something specific about them"),
            gettext_noop(
                "Does it mention something specific about them: their work, where you met, who introduced you?"
            ),
        ),
        "clear_ask": (
            gettext_noop("A clear, small ask"),
            gettext_noop("Is there one small, clear thing you are asking for?"),
        ),
        "flexibility": (
            gettext_noop("Flexible on time or format"),
            gettext_noop("Does it leave them a choice of time or format?"),
        ),
        "gratitude": (gettext_noop("Thanks them for their time"), gettext_noop("Does it thank them for their time?")),
        "premature_ask": (
            gettext_noop("Does not ask a stranger to be your mentor"),
            gettext_noop("Could it read as asking them to be your mentor before you have talked?"),
        ),
    },
    "feedback": {
        "specific": (
            gettext_noop("Specific: names the moment or the piece of work"),
            gettext_noop("Does it name the moment or the piece of work?"),
        ),
        "actionable": (
            gettext_noop("Actionable: says what to do next"),
            gettext_noop("Does it say what to do next or differently?"),
        ),
        "behavioural": (
            gettext_noop("About what was done, not the person"),
            gettext_noop("Is it about what was done rather than what the person is like?"),
        ),
        "balanced": (
            gettext_noop("Balanced: what worked and what to improve"),
            gettext_noop("Does it name something that worked and something to improve?"),
        ),
    },
}
# A check passes when its label is false, not true.
INVERTED = frozenset({"premature_ask"})
# In a mentorship request or an offer, asking for or offering mentoring is the point (coach/outreach.py PURPOSES).
PURPOSE_CHECKS = {
    "request": {"premature_ask": (gettext_noop("Asks for mentoring: that is what a request is for"), "")},
    "offer": {"premature_ask": (gettext_noop("Offers mentoring: that is what an offer is for"), "")},
}


def checks(verdict: dict, kind: str, keys: tuple[str, ...] | None = None) -> list[dict]:
    """Each check of a verdict, in order: key, label, ok, unsure and the question to ask when unsure."""
    unsure = set(verdict.get("unsure") or ())
    rows = []
    for key in keys or tuple(CHECKS[kind]):
        label, question = PURPOSE_CHECKS.get(verdict.get("purpose"), {}).get(key) or CHECKS[kind][key]
        value = bool(verdict.get(key))
        rows.append(
            {
                "key": key,
                "label": label,
                "ok": not value if key in INVERTED else value,
                "unsure": key in unsure,
                "question": question,
            }
        )
    return rows


def outreach_review(text: str, recipient_name: str | None = None, purpose: str = "outreach") -> dict:
    """The outreach coach's verdict with its five checks and the word limit: what every first-message box shows
    (mentorship request and offer, quick messages, a conversation's first message)."""
    review = {**assess_message(text, recipient_name=recipient_name, purpose=purpose).to_dict(), "purpose": purpose}
    return {**review, "checks": checks(review, "outreach"), "max_words": MAX_WORDS}


# Stored verdicts keep the English (the API answers in English), so a hint's parameters are read back out of it.
_PARAMETRISED = FilledTexts((*goals.TEMPLATES, *outreach.TEMPLATES))


def translate(text: str) -> str:
    """A coach's English hint, problem, label or question in the active language; other text stays as it is."""
    return _PARAMETRISED.translate(text)
