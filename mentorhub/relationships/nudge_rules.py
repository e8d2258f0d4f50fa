"""The nudges a mentorship request and a relationship's lifecycle make due: who gets them and when (docs/nudges.md).

The lifecycle's receivers call the `on_*` functions; each (re)schedules due times, so a new meeting or an agreement
confirmed simply moves the due time of the nudges it affects.
"""

from datetime import timedelta

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from mentorhub.nudges import services as nudges
from mentorhub.nudges.rules import Rule, at_morning

from .models import MentorshipRequest, Relationship


def _relationship(nudge):
    relationship_id = int(nudge.key.split(":")[1])
    return Relationship.objects.filter(pk=relationship_id).first()


def relationship_is_current(nudge) -> bool:
    relationship = _relationship(nudge)
    return relationship is not None and relationship.is_current


def relationship_is_active(nudge) -> bool:
    relationship = _relationship(nudge)
    return relationship is not None and relationship.status == relationship.ACTIVE


def relationship_stays_in_touch(nudge) -> bool:
    relationship = _relationship(nudge)
    return relationship is not None and relationship.stay_in_touch


def still_quiet(nudge) -> bool:
    """The 21-day alert holds only if nothing has happened since the relationship started."""
    relationship = _relationship(nudge)
    return relationship is not None and relationship.is_current and relationship.last_activity_at is None


def request_still_pending(nudge) -> bool:
    request_id = int(nudge.key.split(":")[1])
    return MentorshipRequest.objects.filter(pk=request_id, status=MentorshipRequest.PENDING).exists()


def next_pulse(nudge, now) -> None:
    relationship = _relationship(nudge)
    if relationship and relationship.is_current:
        schedule_pulse(relationship, nudge.person, now + timedelta(days=settings.PULSE_REPEAT_DAYS))


def next_check_in(nudge, now) -> None:
    relationship = _relationship(nudge)
    if relationship and relationship.stay_in_touch:
        schedule_check_in(relationship, nudge.person, now.date() + timedelta(days=relationship.check_in_days))


def next_audit(nudge, now) -> None:
    relationship = _relationship(nudge)
    if relationship and relationship.is_current:
        schedule_audit(relationship, nudge.person, now + timedelta(days=settings.MENTORSHIP_REVIEW_DAYS))


RULES = [
    Rule("request_received", "requests", "the receiver", "when a request is sent"),
    Rule(
        "request_pending",
        "requests",
        "the receiver",
        "7 days after a request, if still pending",
        request_still_pending,
    ),
    Rule("request_answered", "requests", "the sender", "when a request is accepted, declined or asked about"),
    Rule("request_expired", "requests", "the sender", "when a request expires after 14 days"),
    Rule(
        "reconfirm",
        "check_ins",
        "the mentee (the reconfirm message) and the mentor (a gentle note)",
        "no meeting for 1.5 times the agreed cadence",
        relationship_is_active,
    ),
    Rule(
        "no_activity",
        "programs",
        "the program's coordinators",
        "21 days after a relationship starts with no activity",
        still_quiet,
    ),
    Rule("pulse", "check_ins", "both people", "day 30, then every 60 days", relationship_is_current, next_pulse),
    Rule(
        "audit",
        "check_ins",
        "both people",
        "every 6 months: the mentorship audit",
        relationship_is_current,
        next_audit,
    ),
    Rule("review_due", "check_ins", "both people", "7 days before the review date", relationship_is_current),
    Rule(
        "check_in",
        "check_ins",
        "both people, after closing with “stay in touch”",
        "every 1, 2, 3 or 6 months, as chosen when closing; a meeting held meanwhile counts as the check-in",
        relationship_stays_in_touch,
        next_check_in,
    ),
    Rule(
        "program_survey",
        "programs",
        "both people in a program relationship",
        "day 30, and when the relationship closes: the program survey",
    ),
    Rule("relationship_event", "requests", "the other person", "agreement proposed, relationship closed, thanks"),
]


def rel_url(relationship) -> str:
    return reverse("relationships:detail", args=[relationship.pk])


def schedule_pulse(relationship, person, due_at) -> None:
    nudges.schedule(
        person,
        "pulse",
        f"rel:{relationship.pk}:pulse:{person.pk}:{due_at:%Y%m%d}",
        due_at,
        _("How valuable is your mentorship right now?"),
        _("One question, 1 to 5, and a comment if you like. Only you see your answer; it counts in your health score."),
        reverse("nudges:pulse", args=[relationship.pk]),
    )


def schedule_audit(relationship, person, due_at) -> None:
    nudges.schedule(
        person,
        "audit",
        f"rel:{relationship.pk}:audit:{person.pk}:{due_at:%Y%m%d}",
        due_at,
        _("Time for your six-month mentorship audit"),
        _("A guided review: are the goals still right, is the agreement still working, what should change?"),
        reverse("nudges:audit", args=[relationship.pk]),
    )


def schedule_survey(relationship, person, kind, due_at) -> None:
    nudges.schedule(
        person,
        "program_survey",
        f"survey:{relationship.pk}:{kind}:{person.pk}",
        due_at,
        format_lazy(_("A one-question survey about {program}"), program=relationship.program.name),
        _("How valuable is the program for you? Your answer counts only in the program's averages."),
        reverse("nudges:survey", args=[relationship.pk, kind]),
    )


def on_relationship_started(relationship) -> None:
    start = timezone.now()
    for person in (relationship.mentee, relationship.mentor):
        schedule_pulse(
            relationship, person, at_morning(start.date() + timedelta(days=settings.PULSE_FIRST_DAYS), person)
        )
        schedule_audit(
            relationship,
            person,
            at_morning(start.date() + timedelta(days=settings.MENTORSHIP_REVIEW_DAYS), person),
        )
        if relationship.program_id:
            schedule_survey(
                relationship,
                person,
                "survey_30",
                at_morning(start.date() + timedelta(days=settings.PROGRAM_SURVEY_FIRST_DAYS), person),
            )
    if relationship.program_id:
        for coordinator in relationship.program.coordinators.all():
            nudges.schedule(
                coordinator,
                "no_activity",
                f"rel:{relationship.pk}:no_activity:{coordinator.pk}",
                start + timedelta(days=21),
                _("A new mentorship has had no activity for 3 weeks"),
                format_lazy(
                    _("{mentee} and {mentor} have not met or agreed anything yet. A short check-in from you may help."),
                    mentee=relationship.mentee.profile.name,
                    mentor=relationship.mentor.profile.name,
                ),
                rel_url(relationship),
            )
    on_review_date(relationship)


def on_review_date(relationship) -> None:
    if not relationship.review_on:
        return
    for person in (relationship.mentee, relationship.mentor):
        nudges.schedule(
            person,
            "review_due",
            f"rel:{relationship.pk}:review:{person.pk}",
            at_morning(relationship.review_on - timedelta(days=7), person),
            _("Your mentorship review date is in a week"),
            _("Extend it, change the agreement, or close it well: decide together."),
            rel_url(relationship),
        )


def schedule_check_in(relationship, person, day) -> None:
    other = relationship.other_side(person)
    Relationship.objects.filter(pk=relationship.pk).update(next_check_in_on=day)
    nudges.schedule(
        person,
        "check_in",
        f"rel:{relationship.pk}:check_in:{person.pk}:{day:%Y%m%d}",
        at_morning(day, person),
        format_lazy(_("Time for a light check-in with {name}"), name=other.profile.name),
        _(
            "You agreed to stay in touch. A short note on what you are working on, or a coffee: plan or log it on "
            "your relationship page."
        ),
        rel_url(relationship),
    )


def on_stay_in_touch(relationship, start=None) -> None:
    """The first check-in an interval after `start` (closing, or the latest meeting), for both people."""
    start = start or timezone.now()
    day = start.date() + timedelta(days=relationship.check_in_days)
    nudges.cancel(f"rel:{relationship.pk}:check_in:")
    for person in (relationship.mentee, relationship.mentor):
        schedule_check_in(relationship, person, day)


def on_activity(relationship, when=None) -> None:
    """A meeting held or an agreement confirmed: push the reconfirm nudge 1.5 cadences past it, or, when the
    two stay in touch after the mentorship, the next check-in one interval past it."""
    when = when or timezone.now()
    Relationship.objects.filter(pk=relationship.pk).update(last_activity_at=when)
    if relationship.stay_in_touch:
        on_stay_in_touch(relationship, when)
        return
    days = relationship.cadence_days()
    if not days:
        return
    due = when + timedelta(days=days * 1.5)
    mentee, mentor = relationship.mentee, relationship.mentor
    nudges.schedule(
        mentee,
        "reconfirm",
        f"rel:{relationship.pk}:reconfirm:{mentee.pk}",
        due,
        format_lazy(_("It has been a while since you met {name}"), name=mentor.profile.name),
        format_lazy(
            _(
                "Life gets busy. Try: “Hi {name}, I know things are hectic. Would a quarterly check-in work better "
                "for you than our current rhythm? I'd love to keep learning from you.”"
            ),
            name=mentor.get_short_name(),
        ),
        # Straight to the conversation with that message in the box, ready to edit and send.
        reverse("conversations:relationship", args=[relationship.pk]) + "?quick=reconfirm",
    )
    nudges.schedule(
        mentor,
        "reconfirm",
        f"rel:{relationship.pk}:reconfirm:{mentor.pk}",
        due,
        format_lazy(_("You have not met {name} for a while"), name=mentee.profile.name),
        _("A short note to find a date, or to agree a lighter rhythm, keeps the mentorship alive."),
        rel_url(relationship),
    )


def on_relationship_closed(relationship) -> None:
    on_out_of_touch(relationship)
    nudges.cancel(f"survey:{relationship.pk}:survey_30:")
    if relationship.program_id:
        for person in (relationship.mentee, relationship.mentor):
            schedule_survey(relationship, person, "survey_end", timezone.now())


def on_relationship_cancelled(relationship) -> None:
    """Everything its start scheduled goes, and no closing survey: the two never began."""
    on_out_of_touch(relationship)
    nudges.cancel(f"survey:{relationship.pk}:")


def on_out_of_touch(relationship) -> None:
    nudges.cancel(f"rel:{relationship.pk}:")
