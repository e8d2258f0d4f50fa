from datetime import date, datetime
from typing import Literal

from django.conf import settings
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from mentorhub.api.schemas import ErrorOut
from mentorhub.matching.scoring import Weights

from . import match_runs, metrics, services
from .forms import EnrollmentForm
from .models import MatchRun, Program

router = Router(tags=["programs"])

RULE_ERRORS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


class ProgramOut(Schema):
    slug: str
    name: str
    description: str
    visibility: str
    starts_on: date | None
    ends_on: date | None
    approval: str
    default_mentor_capacity: int
    max_rankings: int


class EnrollmentOut(Schema):
    id: int
    person_id: int
    name: str = Field(alias="person.profile.name")
    role: str
    status: str
    department: str
    cohort: str
    capacity: int | None
    rankings: list[int]
    answers: dict
    created_at: datetime
    decided_at: datetime | None


class ProgramDetailOut(ProgramOut):
    my_enrollments: list[EnrollmentOut]
    is_coordinator: bool


class EnrolIn(Schema):
    role: Literal["mentee", "mentor"]
    answers: dict[str, str | list[str]] = Field({}, description="Question id -> answer, as on the web form")
    capacity: int | None = Field(
        None, ge=1, le=settings.PROGRAM_PLACES_MAX, description="Mentors: mentees you take in this program"
    )
    invite_token: str = Field("", description="For invite-link programs: the token from the link")


class DecisionIn(Schema):
    status: Literal["approved", "rejected"]


class RankingsIn(Schema):
    mentor_ids: list[int] = Field(description="Mentor person ids, first choice first")


class RulesIn(Schema):
    max_hours_apart: float | None = Field(None, ge=0, le=12)
    different_department: bool = False
    not_previous_pair: bool = True
    min_score: int = Field(0, ge=0, le=100)
    per_mentee: int = Field(1, ge=1, le=5)


class MatchRunIn(Schema):
    objective: Literal["best_total", "most_matched"] = "most_matched"
    weights: dict[str, float] = Field({}, description="Missing components keep their default (docs/matching.md)")
    rules: RulesIn = RulesIn()


class ProposalOut(Schema):
    mentee_id: int
    mentor_id: int
    score: int
    reasons: list[str]
    rank: int | None
    relationship_id: int | None
    note: str


class MatchRunOut(Schema):
    number: int
    status: str
    objective: str
    weights: dict
    rules: dict
    summary: dict
    created_at: datetime
    published_at: datetime | None
    proposals: list[ProposalOut]

    @staticmethod
    def resolve_proposals(obj):
        return list(match_runs.proposals_of(obj))


class DashboardOut(Schema):
    figures: dict
    charts: list[dict]


def _program(request, slug, coordinator=False) -> Program:
    return services.get_program_for_user(request.user, slug, coordinator=coordinator)


@router.get("/programs", response=list[ProgramOut], summary="Programs you can see")
def list_programs(request):
    return Program.objects.visible_to(request.user).order_by("name")


@router.get("/programs/{slug}", response={200: ProgramDetailOut, **RULE_ERRORS}, summary="A program")
def get_program(request, slug: str):
    program = _program(request, slug)
    program.my_enrollments = list(program.enrollments.filter(person=request.user).select_related("person__profile"))
    program.is_coordinator = program.is_coordinator(request.user)
    return program


@router.post("/programs/{slug}/enrollments", response={201: EnrollmentOut, **RULE_ERRORS}, summary="Join or apply")
def enrol(request, slug: str, payload: EnrolIn):
    program = (
        services.get_program_by_invite(slug, payload.invite_token) if payload.invite_token else _program(request, slug)
    )
    form = EnrollmentForm(program, payload.role, data={f"q{k}": v for k, v in payload.answers.items()}
                          | ({"capacity": payload.capacity} if payload.capacity else {}))  # fmt: skip
    if not form.is_valid():
        raise HttpError(422, "; ".join(f"{form.fields[k].label}: {' '.join(v)}" for k, v in form.errors.items()))
    return 201, services.apply(
        program, request.user, payload.role, answers=form.answers(),
        capacity=form.cleaned_data.get("capacity"), invite_token=payload.invite_token,
    )  # fmt: skip


@router.put("/programs/{slug}/rankings", response={200: EnrollmentOut, **RULE_ERRORS}, summary="Rank mentors")
def rank(request, slug: str, payload: RankingsIn):
    return services.set_rankings(_program(request, slug), request.user, payload.mentor_ids)


@router.get("/programs/{slug}/participants", response={200: list[EnrollmentOut], **RULE_ERRORS}, summary="Participants")
def participants(request, slug: str, status: str = "", role: str = ""):
    enrollments = _program(request, slug, coordinator=True).enrollments.select_related("person__profile")
    if status:
        enrollments = enrollments.filter(status=status)
    if role:
        enrollments = enrollments.filter(role=role)
    return enrollments


@router.post(
    "/programs/{slug}/participants/{enrollment_id}/decision",
    response={200: EnrollmentOut, **RULE_ERRORS},
    summary="Approve or reject an application",
)
def decide(request, slug: str, enrollment_id: int, payload: DecisionIn):
    enrollment = _program(request, slug, coordinator=True).enrollments.filter(pk=enrollment_id).first()
    if enrollment is None:
        raise HttpError(404, "Not found.")
    return services.decide(enrollment, request.user, payload.status)


@router.post("/programs/{slug}/match-runs", response={201: MatchRunOut, **RULE_ERRORS}, summary="A dry run")
def create_run(request, slug: str, payload: MatchRunIn):
    program = _program(request, slug, coordinator=True)
    try:
        weights = Weights.from_dict(payload.weights)
        constraints = match_runs.Rules(**payload.rules.dict())
    except ValueError as error:
        raise HttpError(422, str(error)) from None
    run = match_runs.dry_run(program, request.user, weights=weights, rules=constraints, objective=payload.objective)
    return 201, run


@router.get("/programs/{slug}/match-runs/{number}", response={200: MatchRunOut, **RULE_ERRORS}, summary="A run")
def get_run(request, slug: str, number: int):
    return services.get_run(_program(request, slug, coordinator=True), number)


@router.post(
    "/programs/{slug}/match-runs/{number}/publish",
    response={200: MatchRunOut, **RULE_ERRORS},
    summary="Publish a dry run: start its relationships and notify people",
)
def publish(request, slug: str, number: int):
    run = services.get_run(_program(request, slug, coordinator=True), number)
    services.publish(run, request.user)
    return MatchRun.objects.get(pk=run.pk)


class DashboardQuery(Schema):
    cohort: str = ""
    start: date | None = None
    end: date | None = None


@router.get("/programs/{slug}/dashboard", response={200: DashboardOut, **RULE_ERRORS}, summary="Program metrics")
def dashboard(request, slug: str, filters: Query[DashboardQuery]):
    data = metrics.dashboard(_program(request, slug, coordinator=True), metrics.Filters(**filters.dict()))
    return {"figures": data["figures"], "charts": [c.as_dict() for c in data["charts"]]}
