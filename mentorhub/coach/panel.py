"""What a coach panel shows for each check: a tick, a cross, or, when the coach is unsure, a question.

One wording for every page that shows a coach (goal form, outreach composer, mentorship request and offer,
meeting feedback, progress updates), so a check reads the same everywhere. Pure data in and out, no Django.
"""

from mentorhub.coach.outreach import MAX_WORDS, assess_message

# label, question asked when the coach is unsure of its verdict
CHECKS = {
    "goals": {
        "specific": ("Specific", "Does it say exactly what you will do or produce?"),
        "measurable": ("Measurable", "Is there a number that shows it's done?"),
        "time_bound": ("Time-bound", "Is there a date by which it will be done?"),
    },
    "outreach": {
        "personalization": (
            "Personal: mentions something specific about them",
            "Does it mention something specific about them: their work, where you met, who introduced you?",
        ),
        "clear_ask": ("A clear, small ask", "Is there one small, clear thing you are asking for?"),
        "flexibility": ("Flexible on time or format", "Does it leave them a choice of time or format?"),
        "gratitude": ("Thanks them for their time", "Does it thank them for their time?"),
        "premature_ask": (
            "Does not ask a stranger to be your mentor",
            "Could it read as asking them to be your mentor before you have talked?",
        ),
    },
    "feedback": {
        "specific": (
            "Specific: names the moment or the piece of work",
            "Does it name the moment or the piece of work?",
        ),
        "actionable": ("Actionable: says what to do next", "Does it say what to do next or differently?"),
        "behavioural": (
            "About what was done, not the person",
            "Is it about what was done rather than what the person is like?",
        ),
        "balanced": (
            "Balanced: what worked and what to improve",
            "Does it name something that worked and something to improve?",
        ),
    },
}
# A check passes when its label is false, not true.
INVERTED = frozenset({"premature_ask"})
# In a mentorship request or an offer, asking for or offering mentoring is the point (coach/outreach.py PURPOSES).
PURPOSE_CHECKS = {
    "request": {"premature_ask": ("Asks for mentoring: that is what a request is for", "")},
    "offer": {"premature_ask": ("Offers mentoring: that is what an offer is for", "")},
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
    review = assess_message(text, recipient_name=recipient_name, purpose=purpose).to_dict()
    return {**review, "checks": checks(review, "outreach"), "max_words": MAX_WORDS}
