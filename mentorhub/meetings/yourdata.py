"""A person's meetings (as JSON and as a calendar) and calendar feed in their export; their private notes, ratings
and feed erased when they leave. Shared notes and meetings stay with the other side."""

from mentorhub.lib.yourdata import rows
from mentorhub.relationships.models import Relationship

from . import ics
from .models import (
    ActionItem,
    Agenda,
    CalendarFeed,
    Celebration,
    Meeting,
    MeetingFeedback,
    MentorFeedback,
    Note,
    ProgressUpdate,
    Slot,
)


def my_meetings(person):
    return Meeting.objects.involving(person).select_related("relationship").order_by("starts_at")


def meetings(person):
    mine = my_meetings(person)
    relationships = Relationship.objects.involving(person)
    return {
        "meetings": rows(mine),
        "proposed_times": rows(Slot.objects.filter(meeting__in=mine)),
        "agendas": rows(Agenda.objects.filter(meeting__in=mine)),
        "notes_i_can_see": rows(Note.objects.visible_to(person).filter(meeting__in=mine)),
        "action_items": rows(ActionItem.objects.filter(relationship__in=relationships)),
        "my_progress_updates": rows(ProgressUpdate.objects.filter(author=person)),
        "my_meeting_ratings": rows(MeetingFeedback.objects.filter(author=person)),
        "mentor_feedback": rows(MentorFeedback.objects.filter(relationship__in=relationships)),
        "celebrations": rows(Celebration.objects.filter(relationship__in=relationships)),
    }


def export(person):
    return {
        "meetings.json": meetings(person),
        "meetings.ics": ics.feed(person, my_meetings(person)),
        "access.json": {
            "calendar_feed": rows(CalendarFeed.objects.filter(person=person), exclude=["token_hash"]),
        },
    }


def erase(person):
    Note.objects.filter(author=person, shared=False).delete()
    CalendarFeed.objects.filter(person=person).delete()
    MeetingFeedback.objects.filter(author=person).delete()
