"""The coordinator's pair workspace and the participants' fit check and help request, with the pages' permissions:
the same doors (access.py) and services, so a route answers 404 to whoever the page answers 404."""

from datetime import date, datetime
from typing import Literal

from django.conf import settings
from ninja import Field, Query, Router, Schema

from mentorhub.api.schemas import ErrorOut

from . import attention, services
from .access import get_pair_for_coordinator, get_pair_for_participant, get_program_for_coordinator
from .models import FitCheck

router = Router(tags=["coordination"])
ERRORS = {404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


class ReasonOut(Schema):
    code: str
    text: str


class PairOut(Schema):
    id: int
    mentee_id: int
    mentee: str
    mentor_id: int
    mentor: str
    status: str
    phase: str
    started_on: date
    review_on: date | None
    ended_on: date | None
    meetings_held: int
    last_met: datetime | None
    health_level: str | None
    health_score: int | None
    reasons: list[ReasonOut]


class PersonNoteOut(Schema):
    person_id: int
    name: str
    text: str
    at: datetime
    resolved_at: datetime | None = None


class FitCheckOut(Schema):
    person_id: int
    name: str
    answer: str
    comment: str
    answered_at: datetime
    resolved_at: datetime | None


class ActionOut(Schema):
    what: str
    why: str
    actor_id: int | None
    at: datetime


class PairDetailOut(PairOut):
    health_reasons: list[str]
    help_requests: list[PersonNoteOut]
    fit_checks: list[FitCheckOut]
    notes: list[PersonNoteOut]
    actions: list[ActionOut]


class PairQuery(Schema):
    reason: Literal["", *attention.REASONS] = ""
    status: Literal["", "current", "active", "paused", "completed", "ended_early"] = ""
    phase: Literal["", "initiation", "cultivation", "separation", "redefinition"] = ""
    level: Literal["", "thriving", "steady", "at risk", "stalled"] = ""
    sort: Literal["", *attention.SORTS] = ""


class CheckInIn(Schema):
    to: Literal["both", "mentee", "mentor"] = "both"
    message: str = Field(max_length=services.MAX_TEXT)


class ExtendIn(Schema):
    days: int = Field(ge=1, le=settings.MENTORSHIP_REVIEW_DAYS)
    why: str = Field("", max_length=services.MAX_TEXT)


class EndIn(Schema):
    outcome: Literal["completed", "ended_early"]
    reason: Literal["goals_met", "schedule", "goals_changed", "mismatch", "unresponsive", "other"]
    why: str = Field("", max_length=services.MAX_TEXT)


class NoteIn(Schema):
    text: str = Field(max_length=4000)


class PersonIn(Schema):
    person: Literal["mentee", "mentor"]


class MatchIn(PersonIn):
    candidate_id: int = Field(description="A person id from the candidates route")


class CandidateOut(Schema):
    person_id: int
    name: str
    score: int
    broken: list[str]


class FitCheckIn(Schema):
    answer: Literal["yes", "no"]
    comment: str = Field("", max_length=services.MAX_TEXT)


class MyFitCheckOut(Schema):
    answer: str | None
    comment: str
    answered_at: datetime | None


class HelpIn(Schema):
    kind: Literal["help", "rematch"] = "help"
    reason: str = Field(max_length=services.MAX_TEXT)


class HelpOut(Schema):
    id: int
    kind: str
    created_at: datetime


def pair_out(p: attention.Pair) -> dict:
    r = p.relationship
    return {
        "id": r.pk, "mentee_id": r.mentee_id, "mentee": r.mentee.profile.name, "mentor_id": r.mentor_id,
        "mentor": r.mentor.profile.name, "status": r.status, "phase": r.phase, "started_on": r.started_on,
        "review_on": r.review_on, "ended_on": r.ended_on, "meetings_held": p.meetings_held, "last_met": p.last_met,
        "health_level": p.level, "health_score": p.score,
        "reasons": [{"code": code, "text": text} for code, text in p.reasons],
    }  # fmt: skip


def detail_out(program, relationship) -> dict:
    page = services.pair_page(program, relationship)
    return pair_out(page["pair"]) | {
        "health_reasons": page["health"].reasons,
        "help_requests": [
            {"person_id": h.person_id, "name": h.person.profile.name, "text": f"{h.get_kind_display()}: {h.reason}",
             "at": h.created_at, "resolved_at": h.resolved_at}
            for h in page["help_requests"]
        ],
        "fit_checks": [
            {"person_id": f.person_id, "name": f.person.profile.name, "answer": f.answer, "comment": f.comment,
             "answered_at": f.answered_at, "resolved_at": f.resolved_at}
            for f in page["fit_checks"]
        ],
        "notes": [
            {"person_id": n.author_id or 0, "name": n.author.profile.name if n.author else "", "text": n.text,
             "at": n.created_at}
            for n in page["notes"]
        ],
        "actions": [{"what": e.what, "why": e.why, "actor_id": e.actor_id, "at": e.at} for e in page["actions"]],
    }  # fmt: skip


# Coordinators ------------------------------------------------------------------------------------------------------


@router.get("/programs/{slug}/attention", response={200: list[PairOut], **ERRORS}, summary="Pairs needing attention")
def attention_list(request, slug: str, filters: Query[PairQuery]):
    program = get_program_for_coordinator(request.user, slug)
    return [pair_out(p) for p in attention.program_pairs(program, attention_only=True, **filters.dict())]


@router.get("/programs/{slug}/pairs", response={200: list[PairOut], **ERRORS}, summary="A program's pairs")
def pair_list(request, slug: str, filters: Query[PairQuery]):
    program = get_program_for_coordinator(request.user, slug)
    return [pair_out(p) for p in attention.program_pairs(program, **filters.dict())]


@router.get("/programs/{slug}/pairs/{int:relationship_id}", response={200: PairDetailOut, **ERRORS}, summary="A pair")
def pair_detail(request, slug: str, relationship_id: int):
    return detail_out(*get_pair_for_coordinator(request.user, slug, relationship_id))


@router.post("/programs/{slug}/pairs/{int:relationship_id}/check-in", response={200: PairDetailOut, **ERRORS})
def check_in(request, slug: str, relationship_id: int, payload: CheckInIn):
    program, relationship = get_pair_for_coordinator(request.user, slug, relationship_id)
    services.send_check_in(relationship, request.user, payload.to, payload.message)
    return detail_out(program, relationship)


@router.post("/programs/{slug}/pairs/{int:relationship_id}/extend", response={200: PairDetailOut, **ERRORS})
def extend(request, slug: str, relationship_id: int, payload: ExtendIn):
    program, relationship = get_pair_for_coordinator(request.user, slug, relationship_id)
    services.extend(relationship, request.user, payload.days, payload.why)
    return detail_out(program, relationship)


@router.post("/programs/{slug}/pairs/{int:relationship_id}/end", response={200: PairDetailOut, **ERRORS})
def end(request, slug: str, relationship_id: int, payload: EndIn):
    program, relationship = get_pair_for_coordinator(request.user, slug, relationship_id)
    services.end(relationship, request.user, payload.outcome, payload.reason, payload.why)
    return detail_out(program, relationship)


@router.post("/programs/{slug}/pairs/{int:relationship_id}/notes", response={201: PairDetailOut, **ERRORS})
def add_note(request, slug: str, relationship_id: int, payload: NoteIn):
    program, relationship = get_pair_for_coordinator(request.user, slug, relationship_id)
    services.add_note(relationship, request.user, payload.text)
    return 201, detail_out(program, relationship)


@router.post("/programs/{slug}/pairs/{int:relationship_id}/resolve", response={200: PairDetailOut, **ERRORS})
def resolve(request, slug: str, relationship_id: int):
    program, relationship = get_pair_for_coordinator(request.user, slug, relationship_id)
    services.resolve(relationship, request.user)
    return detail_out(program, relationship)


@router.post(
    "/programs/{slug}/pairs/{int:relationship_id}/rematch",
    response={200: list[CandidateOut], **ERRORS},
    summary="End the pair, no fault, and list whom the person could be matched with instead",
)
def open_rematch(request, slug: str, relationship_id: int, payload: PersonIn):
    _, relationship = get_pair_for_coordinator(request.user, slug, relationship_id)
    services.open_rematch(relationship, request.user, payload.person)
    relationship.refresh_from_db()
    return candidates_out(relationship, payload.person)


@router.get("/programs/{slug}/pairs/{int:relationship_id}/candidates", response={200: list[CandidateOut], **ERRORS})
def candidates(request, slug: str, relationship_id: int, person: Literal["mentee", "mentor"] = "mentee"):
    """Empty while the pair runs: re-matching ends it first."""
    _, relationship = get_pair_for_coordinator(request.user, slug, relationship_id)
    return candidates_out(relationship, person)


def candidates_out(relationship, role) -> list[dict]:
    if relationship.is_current:
        return []
    return [
        {"person_id": c["person"].pk, "name": c["person"].profile.name, "score": c["score"], "broken": c["broken"]}
        for c in services.candidates(relationship, role)
    ]


@router.post("/programs/{slug}/pairs/{int:relationship_id}/match", response={201: PairDetailOut, **ERRORS})
def match(request, slug: str, relationship_id: int, payload: MatchIn):
    program, relationship = get_pair_for_coordinator(request.user, slug, relationship_id)
    started = services.rematch(relationship, request.user, payload.person, payload.candidate_id)
    return 201, detail_out(program, started)


# Participants ------------------------------------------------------------------------------------------------------


@router.get("/relationships/{int:relationship_id}/fit-check", response={200: MyFitCheckOut, **ERRORS})
def my_fit_check(request, relationship_id: int):
    relationship = get_pair_for_participant(request.user, relationship_id)
    mine = FitCheck.objects.filter(relationship=relationship, person=request.user).first()
    if mine is None:
        return {"answer": None, "comment": "", "answered_at": None}
    return {"answer": mine.answer, "comment": mine.comment, "answered_at": mine.answered_at}


@router.put("/relationships/{int:relationship_id}/fit-check", response={200: MyFitCheckOut, **ERRORS})
def answer_fit_check(request, relationship_id: int, payload: FitCheckIn):
    """Only the program's coordinators see the answer, never the other person."""
    relationship = get_pair_for_participant(request.user, relationship_id)
    check = services.answer_fit_check(relationship, request.user, payload.answer, payload.comment)
    return {"answer": check.answer, "comment": check.comment, "answered_at": check.answered_at}


@router.post("/relationships/{int:relationship_id}/help-requests", response={201: HelpOut, **ERRORS})
def ask_for_help(request, relationship_id: int, payload: HelpIn):
    """Ask the program's coordinators for help; the other person is not told."""
    relationship = get_pair_for_participant(request.user, relationship_id)
    help_request = services.ask_for_help(relationship, request.user, payload.reason, payload.kind)
    return 201, help_request
