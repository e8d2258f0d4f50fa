"""The reads other pages and apps use: the relationship's timeline, the calendar feed, Home's due items and the
relationship page's meetings card."""

from datetime import timedelta

from django.conf import settings
from django.db.models import F, Min, Q
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from mentorhub.goals.models import Goal
from mentorhub.lib.time import zone_of
from mentorhub.nudges import rules as nudge_rules
from mentorhub.relationships.models import Relationship, other_name, with_pair_names

from ..models import (
    ActionItem,
    CalendarFeed,
    Meeting,
    MeetingFeedback,
    hash_feed_token,
    is_answered,
)
from .agenda import with_people

FEED_DAYS_BACK = 180


def timeline(relationship: Relationship, viewer, without=()) -> list[dict]:
    """What happened in the mentorship, newest first: meetings, progress updates, feedback, celebrations, agreement
    versions and thanks, except the kinds in `without` (not even read). Ratings are private, so a person sees only
    their own."""
    entries = []

    def add(kind, at, title, body="", url="", actor_id=None, private=False):
        entries.append(
            {"kind": kind, "at": at, "title": title, "body": body, "url": url, "actor_id": actor_id, "private": private}
        )

    names = {
        relationship.mentee_id: relationship.mentee.profile.name,
        relationship.mentor_id: relationship.mentor.profile.name,
    }
    for m in relationship.meetings.filter(status__in=[Meeting.HELD, Meeting.CANCELLED]).exclude(starts_at=None):
        if m.status == Meeting.HELD:
            title = (_("Logged: {title}") if m.logged else _("Met: {title}")).format(title=m.title)
            add("meeting", m.starts_at, title, url=m.get_absolute_url())
        else:
            add(
                "cancelled",
                m.cancelled_at,
                _("Cancelled: {title}").format(title=m.title),
                m.change_note,
                m.get_absolute_url(),
                m.cancelled_by_id,
            )
    updates = list(relationship.progress_updates.select_related("goal"))
    # A goal the mentee has since made private keeps its update, but not its text.
    readable = set(
        Goal.objects.visible_to(viewer)
        .filter(pk__in={u.goal_id for u in updates if u.goal_id})
        .values_list("pk", flat=True)
    )
    for u in updates:
        goal = ""
        if u.goal_id in readable:
            if u.goal_achieved:
                goal = "\n" + _("Achieved: {goal}").format(goal=u.goal.text)
            elif u.goal_progress is not None:
                goal = "\n" + _("Progress: {goal} ({progress}%)").format(goal=u.goal.text, progress=u.goal_progress)
            else:
                goal = "\n" + _("Progress: {goal}").format(goal=u.goal.text)
        title = _("Progress update from {name}").format(name=names[u.author_id])
        add("progress", u.created_at, title, u.text + goal, actor_id=u.author_id)
    for f in relationship.mentor_feedback.all():
        body = _("Strengths: {strengths}\nNext steps: {next_steps}").format(
            strengths=f.strengths, next_steps=f.next_steps
        )
        title = _("Feedback from {name}").format(name=names[f.author_id])
        add("feedback", f.created_at, title, body, actor_id=f.author_id)
    for r in MeetingFeedback.objects.filter(meeting__relationship=relationship, author=viewer).select_related(
        "meeting"
    ):
        title = _("You rated “{title}” {rating}/5").format(title=r.meeting.title, rating=r.rating)
        add("rating", r.created_at, title, r.comment, r.meeting.get_absolute_url(), viewer.pk, private=True)
    for c in relationship.celebrations.all():
        add("celebration", c.created_at, c.text)
    for v in () if "agreement" in without else relationship.agreement_versions.all():
        if v.is_confirmed:
            confirmed_at = max(v.confirmed_by_mentee_at, v.confirmed_by_mentor_at)
            add("agreement", confirmed_at, _("Agreement v{number} confirmed").format(number=v.number))
    for g in () if "gratitude" in without else relationship.gratitude_notes.all():
        title = _("Thanks from {name}").format(name=names[g.author_id])
        add("gratitude", g.created_at, title, g.text, actor_id=g.author_id)
    return sorted(entries, key=lambda e: e["at"], reverse=True)


def feed_meetings(person, now=None):
    """What a person's calendar feed lists: their meetings with a time, from six months back."""
    since = (now or timezone.now()) - timedelta(days=FEED_DAYS_BACK)
    return (
        Meeting.objects.involving(person)
        .filter(starts_at__gte=since)
        .select_related("relationship__mentee__profile", "relationship__mentor__profile")
        .order_by("starts_at")
    )


def feed_url(raw: str) -> str:
    return settings.SITE_URL + reverse("meetings:feed", args=[raw])


def person_for_feed_token(raw: str):
    feed = (
        CalendarFeed.objects.select_related("person__profile")
        .filter(token_hash=hash_feed_token(raw), person__is_active=True)
        .first()
    )
    if feed is None:
        raise Http404("No such calendar feed")
    now = timezone.now()
    # Calendar apps poll every few minutes; recording each poll would turn every read into a write.
    if feed.last_used_at is None or now - feed.last_used_at > timedelta(hours=1):
        CalendarFeed.objects.filter(pk=feed.pk).update(last_used_at=now)
    return feed.person


def home_items(person) -> list[dict]:
    """For Home: open action items, meetings in the next week to prepare, proposed times to answer."""
    now = timezone.now()
    items = []
    open_items = with_pair_names(
        ActionItem.objects.filter(
            assignee=person, status=ActionItem.OPEN, relationship__status__in=Relationship.CURRENT_STATUSES
        )
    ).only("text", "due_on", "relationship")
    for item in open_items:
        items.append(
            {
                "title": _("Action item: {text}").format(text=item.text),
                "url": reverse("meetings:relationship", args=[item.relationship_id]),
                "due": nudge_rules.at_morning(item.due_on, person) if item.due_on else None,
                "kind": "action_item",
                "why": _("Agreed with {name}.").format(name=other_name(item, person)),
            }
        )
    # The week's meetings and the proposals to answer in one query: Home is the busiest page, and each query costs
    # more to build than to run.
    soon = Q(status=Meeting.SCHEDULED, starts_at__gte=now - timedelta(hours=4), starts_at__lte=now + timedelta(days=7))
    to_answer = Q(status=Meeting.PROPOSED) & ~Q(organiser=person)
    meetings = list(
        with_pair_names(Meeting.objects.involving(person).filter(soon | to_answer))
        .annotate(first_slot=Min("slots__starts_at", filter=Q(slots__starts_at__gt=now)), answers=F("agenda__answers"))
        .only("status", "starts_at")
    )
    for meeting in sorted((m for m in meetings if m.status == Meeting.SCHEDULED), key=lambda m: m.starts_at):
        other = other_name(meeting, person)
        ready = is_answered(meeting.answers)
        items.append(
            {
                "title": (
                    _("Meeting with {name}") if ready else _("Prepare the agenda for your meeting with {name}")
                ).format(name=other),
                "url": meeting.get_absolute_url(),
                "due": meeting.starts_at,
                "kind": "meeting",
                "why": _("The agenda is ready.")
                if ready
                else _("Wins, questions and asks shared in advance make the meeting go further."),
            }
        )
    for meeting in meetings:
        if meeting.status != Meeting.PROPOSED or meeting.first_slot is None:
            continue
        other = other_name(meeting, person)
        items.append(
            {
                "title": _("Pick a time to meet {name}").format(name=other),
                "url": meeting.get_absolute_url(),
                "due": meeting.first_slot,
                "kind": "proposal",
                "why": _("Answering quickly keeps a mentorship moving."),
            }
        )
    return items


def relationship_summary(relationship: Relationship, viewer) -> dict:
    """What the relationship page's meetings card shows: what is next, what is open, what happened lately."""
    meetings = relationship.meetings.filter(status__in=[Meeting.PROPOSED, Meeting.SCHEDULED])
    return {
        "upcoming": list(
            meetings.filter(status=Meeting.SCHEDULED, starts_at__gte=timezone.now()).order_by("starts_at")[:2]
        ),
        "proposals": list(meetings.filter(status=Meeting.PROPOSED).prefetch_related("slots")),
        "open_items": with_people(
            relationship.action_items.filter(status=ActionItem.OPEN)[:5], relationship, "assignee"
        ),
        # Thanks and agreement versions have their own cards on that page: the card shows the rest. Read only when
        # the card's kept "Lately" fragment is missing (the template calls it), as five queries are most of the card.
        "recent": lambda: timeline(relationship, viewer, without=("gratitude", "agreement"))[:5],
        "zone": zone_of(viewer).key,
    }
