"""What "your data" means, app by app: what a person downloads, and what is erased when they leave."""

from pathlib import PurePosixPath

from django.db.models import Q
from django.forms.models import model_to_dict
from django.utils import timezone

from mentorhub.accounts.models import AccessToken
from mentorhub.goals.models import DevelopmentPlan, Goal, SkillGap
from mentorhub.meetings import ics
from mentorhub.meetings.models import (
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
from mentorhub.network.models import Contact, Encounter, OutreachMessage
from mentorhub.nudges.models import Audit, DeliveryPreferences, Notification, Nudge, Pulse
from mentorhub.programs.models import Enrollment
from mentorhub.relationships import lifecycle
from mentorhub.relationships.models import MentorshipRequest, Reflection, Relationship

from .models import WebhookSubscription


def rows(queryset, exclude=()):
    return [model_to_dict(obj, exclude=list(exclude)) for obj in queryset]


def profile(person):
    return {
        "email": person.email,
        "date_joined": person.date_joined,
        "profile": model_to_dict(person.profile, exclude=["photo", "id", "user"]),
    }


def plan(person):
    found = DevelopmentPlan.objects.filter(person=person).first()
    if not found:
        return {}
    return {"current": found.snapshot(), "earlier_versions": list(found.versions.values("saved_at", "answers"))}


def goals(person):
    return [
        {**model_to_dict(goal, exclude=["shared_with", "skill_gaps"]), "milestones": rows(goal.milestones.all())}
        for goal in Goal.objects.filter(owner=person).prefetch_related("milestones")
    ]


def requests(person):
    return rows(MentorshipRequest.objects.filter(Q(mentee=person) | Q(mentor=person)), exclude=["goals"])


def relationships(person):
    result = []
    for relationship in Relationship.objects.involving(person).prefetch_related("agreement_versions", "history"):
        result.append(
            {
                **model_to_dict(relationship),
                "agreement_versions": rows(relationship.agreement_versions.all(), exclude=["goals"]),
                "history": rows(relationship.history.all()),
                "gratitude_notes": rows(relationship.gratitude_notes.all()),
                "my_reflection": rows(relationship.reflections.filter(author=person)),
            }
        )
    return result


def network(person):
    return {
        "contacts": rows(Contact.objects.filter(owner=person), exclude=["goals", "skill_gaps"]),
        "encounters": rows(Encounter.objects.filter(owner=person)),
        "outreach_messages": rows(OutreachMessage.objects.filter(owner=person)),
    }


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


def check_ins(person):
    return {"pulses": rows(Pulse.objects.filter(person=person)), "audits": rows(Audit.objects.filter(person=person))}


def notifications(person):
    return {
        "notifications": rows(Notification.objects.filter(person=person), exclude=["nudge"]),
        "nudges": rows(Nudge.objects.filter(person=person), exclude=["claim_token", "last_error"]),
        "delivery_preferences": rows(DeliveryPreferences.objects.filter(person=person), exclude=["unsubscribe_token"]),
    }


def access(person):
    return {
        "access_tokens": rows(AccessToken.objects.filter(user=person), exclude=["token_hash"]),
        "webhooks": rows(WebhookSubscription.objects.filter(owner=person), exclude=["secret"]),
        "calendar_feed": rows(CalendarFeed.objects.filter(person=person), exclude=["token_hash"]),
    }


def programs(person):
    return {"enrolments": rows(Enrollment.objects.filter(person=person))}


def files(person) -> dict[str, bytes]:
    """Uploaded files, as they are stored (already stripped of metadata on upload)."""
    photo = person.profile.photo
    if not photo:
        return {}
    try:
        with photo.open("rb") as stored:
            return {f"profile_photo{PurePosixPath(photo.name).suffix}": stored.read()}
    except FileNotFoundError:
        return {}


EXPORTERS = {
    "profile.json": profile,
    "development_plan.json": plan,
    "skill_gaps.json": lambda person: rows(SkillGap.objects.filter(person=person)),
    "goals.json": goals,
    "network.json": network,
    "mentorship_requests.json": requests,
    "relationships.json": relationships,
    "meetings.json": meetings,
    "meetings.ics": lambda person: ics.feed(person, my_meetings(person)),
    "check_ins.json": check_ins,
    "notifications.json": notifications,
    "access.json": access,
    "programs.json": programs,
}


def close_everything(person):
    for request in MentorshipRequest.objects.open().filter(Q(mentee=person) | Q(mentor=person)):
        request.status, request.answered_at = MentorshipRequest.WITHDRAWN, timezone.now()
        request.save(update_fields=["status", "answered_at"])
    gone = "The other person deleted their account."
    for relationship in Relationship.objects.involving(person).current():
        lifecycle.close(relationship, None, outcome=Relationship.ENDED_EARLY, reason="other", why=gone)
    for relationship in Relationship.objects.involving(person).filter(stay_in_touch=True):
        lifecycle.end_stay_in_touch(relationship, None, gone)


def erase_private(person):
    Goal.objects.filter(owner=person).delete()
    OutreachMessage.objects.filter(owner=person).delete()
    Encounter.objects.filter(owner=person).delete()
    Contact.objects.filter(owner=person).delete()
    SkillGap.objects.filter(person=person).delete()
    DevelopmentPlan.objects.filter(person=person).delete()
    Pulse.objects.filter(person=person).delete()
    Note.objects.filter(author=person, shared=False).delete()
    Reflection.objects.filter(author=person).delete()
    CalendarFeed.objects.filter(person=person).delete()
    MeetingFeedback.objects.filter(author=person).delete()
    Audit.objects.filter(person=person).delete()
    Nudge.objects.filter(person=person).delete()
    Notification.objects.filter(person=person).delete()
    DeliveryPreferences.objects.filter(person=person).delete()
    AccessToken.objects.filter(user=person).delete()
    WebhookSubscription.objects.filter(owner=person).delete()


ERASERS = [close_everything, erase_private]
