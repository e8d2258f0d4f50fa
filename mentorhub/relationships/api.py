from datetime import date, datetime
from typing import Literal

from django.db.models import Prefetch, Q, prefetch_related_objects
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from mentorhub.api.pagination import page
from mentorhub.api.schemas import ErrorOut
from mentorhub.goals import services as goal_services
from mentorhub.goals.models import Goal
from mentorhub.lib.audience import OTHER, sentence
from mentorhub.profiles.models import Profile

from . import lifecycle, services
from .models import MentorshipRequest, Relationship

router = Router(tags=["relationships"])
SEEN_BY_OTHER = sentence(OTHER)

Cadence = Literal["weekly", "fortnightly", "monthly", "quarterly", "custom"]
MeetingFormat = Literal["video", "phone", "in_person"]
RULE_ERRORS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


GOAL_IDS = (
    "Ids of the mentee's goals. The mentee may name any of their open goals not shared with a program (naming one "
    "shares it with the mentor); anyone else only goals the mentee already shares with that mentor."
)


def goals_seen_by(user):
    """Prefetch for lists: only the goals the caller may see, so a goal its owner stopped sharing drops out."""
    return Prefetch("goals", queryset=Goal.objects.visible_to(user), to_attr="goals_seen")


def goal_ids_seen(obj, context) -> list[int]:
    goals = getattr(obj, "goals_seen", None)
    if goals is None:
        goals = obj.goals.filter(pk__in=Goal.objects.visible_to(context["request"].user).values("pk"))
    return [g.pk for g in goals]


class RequestIn(Schema):
    to_person_id: int = Field(description="The person you ask (or offer to mentor)")
    as_role: Literal["mentee", "mentor"] = Field("mentee", description="mentee: you ask them to mentor you")
    message: str = Field(min_length=1, max_length=3000)
    goal_ids: list[int] = Field([], description=GOAL_IDS)
    proposed_cadence: Cadence = "monthly"
    proposed_format: MeetingFormat = "video"


class RequestOut(Schema):
    id: int
    mentee_id: int
    mentor_id: int
    initiated_by: str
    status: str
    message: str
    goal_ids: list[int]
    proposed_cadence: str
    proposed_format: str
    created_at: datetime
    expires_at: datetime
    viewed_at: datetime | None
    info_question: str
    info_answer: str
    decline_reason: str
    decline_note: str
    referral: str
    relationship_id: int | None
    coach: dict

    @staticmethod
    def resolve_goal_ids(obj, context):
        return goal_ids_seen(obj, context)

    @staticmethod
    def resolve_relationship_id(obj):
        relationship = getattr(obj, "relationship", None)
        return relationship.pk if relationship else None


class DeclineIn(Schema):
    reason: Literal["no_capacity", "not_my_area", "timing", "other"]
    note: str = Field("", max_length=2000, description=SEEN_BY_OTHER)
    referral: str = Field("", max_length=200, description=SEEN_BY_OTHER)


class TextIn(Schema):
    text: str = Field(min_length=1, max_length=3000, description=SEEN_BY_OTHER)


class AgreementIn(Schema):
    goal_ids: list[int] = Field([], description=GOAL_IDS)
    cadence: Cadence = "monthly"
    custom_cadence_days: int | None = Field(None, ge=1, le=365)
    duration_months: int = Field(6, ge=1, le=36)
    review_on: date | None = None
    channels: str = Field("", max_length=200)
    response_time: str = Field("", max_length=100)
    boundaries: str = Field("", max_length=3000)
    mentee_responsibilities: str = Field("", max_length=3000)
    mentor_responsibilities: str = Field("", max_length=3000)
    end_criteria: str = Field("", max_length=3000)


class AgreementOut(AgreementIn):
    id: int
    number: int
    proposed_by_id: int | None
    proposed_at: datetime
    confirmed_by_mentee_at: datetime | None
    confirmed_by_mentor_at: datetime | None
    is_confirmed: bool

    @staticmethod
    def resolve_goal_ids(obj, context):
        return goal_ids_seen(obj, context)


class EventOut(Schema):
    what: str
    why: str
    actor_id: int | None
    at: datetime


class RelationshipOut(Schema):
    id: int
    mentee_id: int
    mentor_id: int
    kind: str
    status: str
    phase: str
    program_id: int | None
    started_on: date
    review_on: date | None
    ended_on: date | None
    end_reason: str
    stay_in_touch: bool
    check_in_days: int | None
    next_check_in_on: date | None


class RelationshipDetail(RelationshipOut):
    phase_guidance: str
    agreement: AgreementOut | None
    pending_agreement: AgreementOut | None
    history: list[EventOut]

    @staticmethod
    def resolve_agreement(obj):
        return obj.current_agreement()

    @staticmethod
    def resolve_pending_agreement(obj):
        return obj.pending_agreement()

    @staticmethod
    def resolve_history(obj):
        return list(obj.history.all())


class CloseIn(Schema):
    outcome: Literal["completed", "ended_early"] = Field(description=SEEN_BY_OTHER)
    reason: Literal["goals_met", "schedule", "goals_changed", "mismatch", "unresponsive", "other"] = Field(
        description=SEEN_BY_OTHER
    )
    reflection: str = Field(min_length=1, max_length=4000, description=SEEN_BY_OTHER)
    gratitude: str = Field("", max_length=3000, description=SEEN_BY_OTHER)
    stay_in_touch: bool = False
    check_in_days: Literal[30, 60, 90, 180] = Field(90, description="While staying in touch: days between check-ins")


class StatusIn(Schema):
    status: Literal["active", "paused"]
    why: str = Field("", max_length=2000)


class PhaseIn(Schema):
    phase: Literal["initiation", "cultivation", "separation", "redefinition"]
    why: str = Field("", max_length=2000)


def request_for(user, request_id):
    return services.get_request_for_user(user, request_id)


@router.post("/requests", response={201: RequestOut, **RULE_ERRORS}, summary="Ask someone to mentor you (or offer)")
def create_request(request, payload: RequestIn):
    other = Profile.objects.visible_to(request.user).filter(user_id=payload.to_person_id).first()
    if other is None:
        raise HttpError(404, "to_person_id: no such person you can see.")
    mentee, mentor = (request.user, other.user) if payload.as_role == "mentee" else (other.user, request.user)
    goals = goal_services.goals_for_mentorship(request.user, payload.goal_ids, mentee=mentee, mentor=mentor)
    created = services.send_request(
        request.user,
        other.user,
        as_role=payload.as_role,
        message=payload.message,
        goals=goals,
        cadence=payload.proposed_cadence,
        meeting_format=payload.proposed_format,
    )
    return 201, created


class RequestPage(Schema):
    items: list[RequestOut]
    next_cursor: str | None


@router.get("/requests", response={200: RequestPage, 422: ErrorOut}, summary="Requests you sent or received")
def list_requests(
    request,
    box: Literal["all", "sent", "received"] = "all",
    status: Literal["pending", "info_requested", "accepted", "declined", "withdrawn", "expired"] | None = None,
    cursor: str | None = Query(None, max_length=200, description="next_cursor from the previous page"),
    limit: int = Query(20, ge=1, le=100),
):
    me = request.user
    found = MentorshipRequest.objects.visible_to(me).prefetch_related(goals_seen_by(me)).select_related("relationship")
    sent = Q(initiated_by="mentee", mentee=me) | Q(initiated_by="mentor", mentor=me)
    if box == "sent":
        found = found.filter(sent)
    elif box == "received":
        found = found.exclude(sent)
    if status:
        found = found.filter(status=status)
    return page(found, cursor, limit)


@router.get("/requests/{int:request_id}", response={200: RequestOut, 404: ErrorOut})
def get_request(request, request_id: int):
    found = request_for(request.user, request_id)
    services.mark_viewed(found, request.user)
    return found


@router.post("/requests/{int:request_id}/accept", response={200: RelationshipOut, **RULE_ERRORS})
def accept_request(request, request_id: int):
    found = request_for(request.user, request_id)
    return services.accept_request(found.pk, request.user)


@router.post("/requests/{int:request_id}/decline", response={200: RequestOut, **RULE_ERRORS})
def decline_request(request, request_id: int, payload: DeclineIn):
    found = request_for(request.user, request_id)
    return services.decline_request(found.pk, request.user, payload.reason, payload.note, payload.referral)


@router.post("/requests/{int:request_id}/ask-info", response={200: RequestOut, **RULE_ERRORS})
def ask_info(request, request_id: int, payload: TextIn):
    found = request_for(request.user, request_id)
    return services.ask_for_info(found.pk, request.user, payload.text)


@router.post("/requests/{int:request_id}/answer-info", response={200: RequestOut, **RULE_ERRORS})
def answer_info(request, request_id: int, payload: TextIn):
    found = request_for(request.user, request_id)
    return services.answer_info(found.pk, request.user, payload.text)


@router.post("/requests/{int:request_id}/withdraw", response={200: RequestOut, **RULE_ERRORS})
def withdraw_request(request, request_id: int):
    found = request_for(request.user, request_id)
    return services.withdraw_request(found.pk, request.user)


class RelationshipPage(Schema):
    items: list[RelationshipOut]
    next_cursor: str | None


@router.get("/relationships", response={200: RelationshipPage, 422: ErrorOut}, summary="Your mentoring relationships")
def list_relationships(
    request,
    status: Literal["active", "paused", "completed", "ended_early"] | None = None,
    cursor: str | None = Query(None, max_length=200, description="next_cursor from the previous page"),
    limit: int = Query(20, ge=1, le=100),
):
    found = Relationship.objects.involving(request.user)
    return page(found.filter(status=status) if status else found, cursor, limit)


@router.get("/relationships/{int:relationship_id}", response={200: RelationshipDetail, 403: ErrorOut, 404: ErrorOut})
def get_relationship(request, relationship_id: int):
    relationship = services.get_relationship_for_user(request.user, relationship_id)
    # The current and the pending agreement, each with its goals, from two queries.
    prefetch_related_objects([relationship], "agreement_versions__goals")
    return relationship


@router.get(
    "/relationships/{int:relationship_id}/agreement", response={200: list[AgreementOut], 403: ErrorOut, 404: ErrorOut}
)
def agreement_versions(request, relationship_id: int):
    relationship = services.get_relationship_for_user(request.user, relationship_id)
    return list(relationship.agreement_versions.prefetch_related(goals_seen_by(request.user)))


@router.post("/relationships/{int:relationship_id}/agreement", response={201: AgreementOut, **RULE_ERRORS})
def propose_agreement(request, relationship_id: int, payload: AgreementIn):
    relationship = services.get_relationship_for_user(request.user, relationship_id)
    data = payload.model_dump()
    goal_ids = data.pop("goal_ids")
    goals = goal_services.goals_for_mentorship(
        request.user, goal_ids, mentee=relationship.mentee, mentor=relationship.mentor
    )
    if data["cadence"] == "custom" and not data["custom_cadence_days"]:
        raise HttpError(422, "custom_cadence_days: say every how many days you will meet.")
    return 201, services.propose_agreement(relationship, request.user, data, goals)


@router.post(
    "/relationships/{int:relationship_id}/agreement/{int:version_id}/confirm",
    response={200: AgreementOut, **RULE_ERRORS},
)
def confirm_agreement(request, relationship_id: int, version_id: int):
    relationship = services.get_relationship_for_user(request.user, relationship_id)
    return services.confirm_agreement(relationship, request.user, version_id)


@router.post("/relationships/{int:relationship_id}/status", response={200: RelationshipOut, **RULE_ERRORS})
def change_status(request, relationship_id: int, payload: StatusIn):
    relationship = services.get_relationship_for_user(request.user, relationship_id)
    return lifecycle.change_status(relationship, request.user, payload.status, payload.why)


@router.post("/relationships/{int:relationship_id}/phase", response={200: RelationshipOut, **RULE_ERRORS})
def change_phase(request, relationship_id: int, payload: PhaseIn):
    relationship = services.get_relationship_for_user(request.user, relationship_id)
    return lifecycle.change_phase(relationship, request.user, payload.phase, payload.why)


@router.post("/relationships/{int:relationship_id}/close", response={200: RelationshipOut, **RULE_ERRORS})
def close_relationship(request, relationship_id: int, payload: CloseIn):
    relationship = services.get_relationship_for_user(request.user, relationship_id)
    return services.close_relationship(relationship, request.user, **payload.model_dump())


class WhyIn(Schema):
    why: str = Field("", max_length=2000)


@router.post(
    "/relationships/{int:relationship_id}/stay-in-touch/end",
    response={200: RelationshipOut, **RULE_ERRORS},
    summary="Stop staying in touch after a completed mentorship",
)
def end_stay_in_touch(request, relationship_id: int, payload: WhyIn):
    relationship = services.get_relationship_for_user(request.user, relationship_id)
    return lifecycle.end_stay_in_touch(relationship, request.user, payload.why)


@router.post("/relationships/{int:relationship_id}/gratitude", response={201: dict, **RULE_ERRORS})
def send_gratitude(request, relationship_id: int, payload: TextIn):
    relationship = services.get_relationship_for_user(request.user, relationship_id)
    note = services.send_gratitude(relationship, request.user, payload.text)
    return 201, {"id": note.pk, "recipient_id": note.recipient_id, "text": note.text}
