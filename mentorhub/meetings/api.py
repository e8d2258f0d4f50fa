"""Meetings in the API: the web's operations and permissions. Times are ISO 8601 with an offset (UTC out)."""

from datetime import date, datetime
from typing import Literal

from django.conf import settings
from ninja import Field, Router, Schema
from ninja.errors import ValidationError
from pydantic import AwareDatetime

from mentorhub.api.schemas import ErrorOut, PatchSchema
from mentorhub.coach.feedback import assess_feedback
from mentorhub.goals.models import Goal
from mentorhub.lib.audience import ONLY_YOU, ONLY_YOU_HEALTH, OTHER, sentence
from mentorhub.relationships.services import get_relationship_for_user

from . import services
from .models import ActionItem, CalendarFeed, Meeting

router = Router(tags=["meetings"])


class FeedbackCoachIn(Schema):
    text: str = Field(
        max_length=5000,
        examples=["In Tuesday's stand-up your summary was clear. You interrupted Priya twice; let her finish first."],
    )


class FeedbackVerdict(Schema):
    specific: bool
    actionable: bool
    behavioural: bool
    balanced: bool
    word_count: int
    hints: list[str]
    problems: list[str]
    unsure: list[str]
    confident: bool


@router.post(
    "/coach/feedback",
    response=FeedbackVerdict,
    auth=None,
    tags=["coach"],
    summary="Check feedback or a progress update: specific, actionable, about behaviour, balanced",
)
def coach_feedback(request, payload: FeedbackCoachIn):
    """Stateless and free of personal data, so it needs no login: the same coach the feedback forms use."""
    return assess_feedback(payload.text).to_dict()


RULE_ERRORS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}
READ_ERRORS = {403: ErrorOut, 404: ErrorOut}
MeetingFormat = Literal["video", "phone", "in_person"]


class DetailsIn(Schema):
    title: str = Field("", max_length=200, description="Empty: “Mentoring meeting” (the first: rapport)")
    duration_minutes: int = Field(
        settings.MEETING_MINUTES_DEFAULT, ge=settings.MEETING_MINUTES_MIN, le=settings.MEETING_MINUTES_MAX
    )
    format: MeetingFormat = "video"
    location: str = Field("", max_length=200, description="Required for in_person")
    video_link: str = Field("", max_length=500)


class ScheduleIn(DetailsIn):
    starts_at: AwareDatetime
    recurring: bool = Field(False, description="Repeat at the agreement's cadence, one meeting at a time")


class ProposeIn(DetailsIn):
    slots: list[AwareDatetime] = Field(min_length=1, max_length=3, description="Up to three times to pick from")
    recurring: bool = False


class LogIn(DetailsIn):
    starts_at: AwareDatetime = Field(description="When it happened (in the past)")
    note: str = Field("", max_length=5000)
    note_shared: bool = True


class SlotsIn(Schema):
    slots: list[AwareDatetime] = Field(min_length=1, max_length=3)


class PickIn(Schema):
    slot_id: int


class ChangeIn(Schema):
    starts_at: AwareDatetime | None = None
    title: str | None = Field(None, max_length=200)
    duration_minutes: int | None = Field(None, ge=15, le=240)
    format: MeetingFormat | None = None
    location: str | None = Field(None, max_length=200)
    video_link: str | None = Field(None, max_length=500)
    note: str = Field("", max_length=2000, description="Why: the other person sees it")


class CancelIn(Schema):
    note: str = Field("", max_length=2000)
    stop_series: bool = Field(False, description="For a recurring meeting: plan no next one")


class SlotOut(Schema):
    id: int
    starts_at: datetime


class MeetingOut(Schema):
    id: int
    relationship_id: int
    organiser_id: int
    title: str
    status: str
    logged: bool
    starts_at: datetime | None
    ends_at: datetime | None
    duration_minutes: int
    format: str
    location: str
    video_link: str
    recurring: bool
    previous_id: int | None
    uid: str
    sequence: int
    change_note: str
    slots: list[SlotOut]
    url: str

    @staticmethod
    def resolve_slots(obj):
        return list(obj.slots.all())

    @staticmethod
    def resolve_url(obj):
        return obj.get_absolute_url()


class PromptOut(Schema):
    key: str
    label: str
    help: str
    text: str


class ActionItemOut(Schema):
    id: int
    relationship_id: int
    meeting_id: int | None
    text: str
    assignee_id: int
    due_on: date | None
    status: str
    done_at: datetime | None
    created_by_id: int
    created_at: datetime


class AgendaOut(Schema):
    kind: str = Field(description="rapport (the first meeting) or regular")
    prompts: list[PromptOut]
    carried_over: list[ActionItemOut] = Field(description="Open action items from earlier meetings")
    updated_at: datetime | None
    updated_by_id: int | None


class AgendaIn(Schema):
    answers: dict[str, str] = Field(description="prompt key -> text; keys you leave out keep their text")


class NoteIn(Schema):
    text: str = Field(min_length=1, max_length=5000)
    shared: bool = Field(False, description="Otherwise only you see it")


class NoteOut(Schema):
    id: int
    meeting_id: int
    author_id: int
    text: str
    shared: bool
    created_at: datetime


class ActionItemIn(Schema):
    text: str = Field(min_length=1, max_length=300)
    assignee_id: int
    due_on: date | None = None


class ActionItemPatch(PatchSchema):
    text: str = Field(None, min_length=1, max_length=300)
    assignee_id: int = None
    due_on: date | None = None
    status: Literal["open", "done"] = None


class ProgressIn(Schema):
    text: str = Field(min_length=1, max_length=4000)
    goal_id: int | None = None
    goal_progress: int | None = Field(None, ge=0, le=100)
    goal_achieved: bool = False


class ProgressOut(Schema):
    id: int
    author_id: int
    text: str
    goal_id: int | None
    goal_progress: int | None
    goal_achieved: bool
    created_at: datetime


class FeedbackIn(Schema):
    rating: int = Field(ge=1, le=5, description=sentence(ONLY_YOU_HEALTH))
    comment: str = Field("", max_length=2000, description=sentence(ONLY_YOU))


class FeedbackOut(Schema):
    meeting_id: int
    rating: int
    comment: str
    created_at: datetime


class MentorFeedbackIn(Schema):
    strengths: str = Field(min_length=1, max_length=3000, description=sentence(OTHER))
    next_steps: str = Field(min_length=1, max_length=3000, description=sentence(OTHER))
    meeting_id: int | None = None


class MentorFeedbackOut(Schema):
    id: int
    author_id: int
    meeting_id: int | None
    strengths: str
    next_steps: str
    created_at: datetime


class TimelineOut(Schema):
    kind: str = Field(description="meeting, cancelled, progress, feedback, rating (yours only), celebration, …")
    at: datetime
    title: str
    body: str
    url: str
    actor_id: int | None
    private: bool


class FeedOut(Schema):
    url: str = Field(description="Shown once: only a fingerprint is kept")
    created_at: datetime


def relationship_for(request, relationship_id):
    return get_relationship_for_user(request.user, relationship_id)


def meeting_for(request, meeting_id):
    return services.get_meeting_for_user(request.user, meeting_id)


# Meetings ---------------------------------------------------------------------------------------------------------


@router.get("/meetings", response=list[MeetingOut], summary="Your meetings across your mentorships")
def list_meetings(request, status: Literal["proposed", "scheduled", "held", "cancelled"] | None = None):
    found = Meeting.objects.involving(request.user).prefetch_related("slots")
    return list((found.filter(status=status) if status else found)[:500])


@router.get("/relationships/{int:relationship_id}/meetings", response={200: list[MeetingOut], **READ_ERRORS})
def relationship_meetings(request, relationship_id: int):
    return list(relationship_for(request, relationship_id).meetings.prefetch_related("slots"))


@router.post(
    "/relationships/{int:relationship_id}/meetings",
    response={201: MeetingOut, **RULE_ERRORS},
    summary="Schedule a meeting at an agreed time",
)
def schedule_meeting(request, relationship_id: int, payload: ScheduleIn):
    relationship = relationship_for(request, relationship_id)
    data = payload.model_dump()
    return 201, services.schedule_meeting(relationship, request.user, data.pop("starts_at"), **data)


@router.post(
    "/relationships/{int:relationship_id}/meetings/propose",
    response={201: MeetingOut, **RULE_ERRORS},
    summary="Propose up to three times for the other person to pick",
)
def propose_meeting(request, relationship_id: int, payload: ProposeIn):
    relationship = relationship_for(request, relationship_id)
    data = payload.model_dump()
    return 201, services.propose_times(relationship, request.user, data.pop("slots"), **data)


@router.post(
    "/relationships/{int:relationship_id}/meetings/log",
    response={201: MeetingOut, **RULE_ERRORS},
    summary="Log a meeting that happened elsewhere",
)
def log_meeting(request, relationship_id: int, payload: LogIn):
    relationship = relationship_for(request, relationship_id)
    data = payload.model_dump()
    return 201, services.log_meeting(relationship, request.user, data.pop("starts_at"), **data)


@router.get("/meetings/{int:meeting_id}", response={200: MeetingOut, **READ_ERRORS})
def get_meeting(request, meeting_id: int):
    return meeting_for(request, meeting_id)


@router.post("/meetings/{int:meeting_id}/pick", response={200: MeetingOut, **RULE_ERRORS}, summary="Pick a time")
def pick_slot(request, meeting_id: int, payload: PickIn):
    return services.pick_slot(meeting_for(request, meeting_id), request.user, payload.slot_id)


@router.post("/meetings/{int:meeting_id}/propose", response={200: MeetingOut, **RULE_ERRORS})
def propose_new_times(request, meeting_id: int, payload: SlotsIn):
    return services.propose_new_times(meeting_for(request, meeting_id), request.user, payload.slots)


@router.post(
    "/meetings/{int:meeting_id}/reschedule",
    response={200: MeetingOut, **RULE_ERRORS},
    summary="Move a meeting or change its format, place or link",
)
def reschedule(request, meeting_id: int, payload: ChangeIn):
    data = payload.model_dump()
    return services.reschedule(meeting_for(request, meeting_id), request.user, **data)


@router.post("/meetings/{int:meeting_id}/cancel", response={200: MeetingOut, **RULE_ERRORS})
def cancel(request, meeting_id: int, payload: CancelIn):
    return services.cancel_meeting(meeting_for(request, meeting_id), request.user, **payload.model_dump())


@router.post("/meetings/{int:meeting_id}/held", response={200: MeetingOut, **RULE_ERRORS})
def mark_held(request, meeting_id: int):
    return services.mark_held(meeting_for(request, meeting_id), request.user)


# Agenda, notes, action items --------------------------------------------------------------------------------------


def agenda_out(meeting):
    agenda = meeting.agenda
    return {
        "kind": agenda.kind,
        "prompts": agenda.prompts,
        "carried_over": list(services.carried_over(meeting)),
        "updated_at": agenda.updated_at,
        "updated_by_id": agenda.updated_by_id,
    }


@router.get("/meetings/{int:meeting_id}/agenda", response={200: AgendaOut, **READ_ERRORS})
def get_agenda(request, meeting_id: int):
    return agenda_out(meeting_for(request, meeting_id))


@router.put("/meetings/{int:meeting_id}/agenda", response={200: AgendaOut, **RULE_ERRORS})
def update_agenda(request, meeting_id: int, payload: AgendaIn):
    meeting = meeting_for(request, meeting_id)
    services.save_agenda(meeting, request.user, payload.answers)
    return agenda_out(meeting)


@router.get(
    "/meetings/{int:meeting_id}/notes",
    response={200: list[NoteOut], **READ_ERRORS},
    summary="Shared notes, and your own private ones",
)
def list_notes(request, meeting_id: int):
    return list(services.notes_for(meeting_for(request, meeting_id), request.user))


@router.post("/meetings/{int:meeting_id}/notes", response={201: NoteOut, **RULE_ERRORS})
def add_note(request, meeting_id: int, payload: NoteIn):
    meeting = meeting_for(request, meeting_id)
    return 201, services.add_note(meeting, request.user, payload.text, payload.shared)


@router.delete("/meetings/{int:meeting_id}/notes/{int:note_id}", response={204: None, **READ_ERRORS})
def delete_note(request, meeting_id: int, note_id: int):
    services.delete_note(meeting_for(request, meeting_id), request.user, note_id)
    return 204, None


@router.get("/relationships/{int:relationship_id}/action-items", response={200: list[ActionItemOut], **READ_ERRORS})
def list_action_items(request, relationship_id: int, status: Literal["open", "done"] | None = None):
    found = relationship_for(request, relationship_id).action_items.all()
    return list(found.filter(status=status) if status else found)


@router.post("/meetings/{int:meeting_id}/action-items", response={201: ActionItemOut, **RULE_ERRORS})
def add_action_item(request, meeting_id: int, payload: ActionItemIn):
    meeting = meeting_for(request, meeting_id)
    return 201, services.add_action_item(
        meeting.relationship,
        request.user,
        payload.text,
        payload.assignee_id,
        payload.due_on,
        meeting,
    )


@router.patch("/action-items/{int:item_id}", response={200: ActionItemOut, **RULE_ERRORS})
def update_action_item(request, item_id: int, payload: ActionItemPatch):
    item = services.get_action_item_for_user(request.user, item_id)
    return services.update_action_item(item, request.user, **payload.model_dump(exclude_unset=True))


@router.post("/action-items/{int:item_id}/done", response={200: ActionItemOut, **RULE_ERRORS})
def action_item_done(request, item_id: int):
    item = services.get_action_item_for_user(request.user, item_id)
    return services.update_action_item(item, request.user, status=ActionItem.DONE)


# Progress, feedback, timeline -------------------------------------------------------------------------------------


@router.get("/relationships/{int:relationship_id}/progress-updates", response={200: list[ProgressOut], **READ_ERRORS})
def list_progress(request, relationship_id: int):
    return list(relationship_for(request, relationship_id).progress_updates.all())


@router.post(
    "/relationships/{int:relationship_id}/progress-updates",
    response={201: ProgressOut, **RULE_ERRORS},
    summary="The mentee's progress update, optionally moving a goal",
)
def post_progress(request, relationship_id: int, payload: ProgressIn):
    relationship = relationship_for(request, relationship_id)
    goal = None
    if payload.goal_id is not None:
        # Through what the caller may see: a mentor must not learn which of the mentee's goal ids exist.
        mentees = Goal.objects.visible_to(request.user).filter(owner_id=relationship.mentee_id)
        goal = mentees.filter(pk=payload.goal_id).first()
        if goal is None:
            raise ValidationError([{"loc": ("goal_id",), "msg": "Choose one of the goals of this mentorship."}])
    data = payload.model_dump(exclude={"goal_id"})
    return 201, services.post_progress_update(relationship, request.user, goal=goal, **data)


@router.get(
    "/meetings/{int:meeting_id}/feedback",
    response={200: FeedbackOut | None, **READ_ERRORS},
    summary="Your own rating of a meeting (null if none): ratings are private to their author",
)
def get_feedback(request, meeting_id: int):
    return meeting_for(request, meeting_id).feedback.filter(author=request.user).first()


@router.put("/meetings/{int:meeting_id}/feedback", response={200: FeedbackOut, **RULE_ERRORS})
def rate_meeting(request, meeting_id: int, payload: FeedbackIn):
    meeting = meeting_for(request, meeting_id)
    return services.rate_meeting(meeting, request.user, payload.rating, payload.comment)


@router.get(
    "/relationships/{int:relationship_id}/mentor-feedback", response={200: list[MentorFeedbackOut], **READ_ERRORS}
)
def list_mentor_feedback(request, relationship_id: int):
    return list(relationship_for(request, relationship_id).mentor_feedback.all())


@router.post("/relationships/{int:relationship_id}/mentor-feedback", response={201: MentorFeedbackOut, **RULE_ERRORS})
def leave_mentor_feedback(request, relationship_id: int, payload: MentorFeedbackIn):
    relationship = relationship_for(request, relationship_id)
    meeting = None
    if payload.meeting_id is not None:
        meeting = relationship.meetings.filter(pk=payload.meeting_id).first()
        if meeting is None:
            raise ValidationError([{"loc": ("meeting_id",), "msg": "Not a meeting of this mentorship."}])
    return 201, services.leave_mentor_feedback(
        relationship, request.user, payload.strengths, payload.next_steps, meeting
    )


@router.get("/relationships/{int:relationship_id}/timeline", response={200: list[TimelineOut], **READ_ERRORS})
def timeline(request, relationship_id: int):
    return services.timeline(relationship_for(request, relationship_id), request.user)


# Calendar feed ----------------------------------------------------------------------------------------------------


@router.post("/calendar-feed", response={201: FeedOut}, summary="A new private calendar address (replaces the old)")
def create_feed(request):
    raw = CalendarFeed.issue(request.user)
    feed = CalendarFeed.objects.get(person=request.user)
    return 201, {"url": services.feed_url(raw), "created_at": feed.created_at}


@router.delete("/calendar-feed", response={204: None}, summary="Turn the calendar address off")
def revoke_feed(request):
    CalendarFeed.objects.filter(person=request.user).delete()
    return 204, None
