from datetime import date, datetime
from typing import Literal

from django.conf import settings
from django.forms import model_to_dict
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from mentorhub.accounts import sso
from mentorhub.api.schemas import ErrorOut
from mentorhub.lib.errors import DomainError
from mentorhub.matching.scoring import Weights

from . import broadcasts, match_runs, metrics, publishing, services, setup
from .forms import CoordinatorForm, EnrollmentForm, ProgramSettingsForm, QuestionForm
from .models import EnrollmentQuestion, MatchRun, Program

router = Router(tags=["programs"])

RULE_ERRORS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


class ProgramOut(Schema):
    slug: str
    name: str
    description: str
    visibility: str
    starts_on: date | None
    ends_on: date | None
    applications_open_on: date | None
    applications_close_on: date | None
    approval: str
    default_mentor_capacity: int
    max_rankings: int
    archived: bool = Field(alias="is_archived")


class CoordinatorOut(Schema):
    id: int
    name: str = Field(alias="profile.name")
    email: str


class ProgramSetupOut(ProgramOut):
    """What a coordinator sees of the program's setup: also the invitation link and the coordinators."""

    invite_path: str
    coordinators: list[CoordinatorOut]

    @staticmethod
    def resolve_invite_path(obj):
        return f"/programs/{obj.slug}/invite/{obj.invite_token}/"

    @staticmethod
    def resolve_coordinators(obj):
        return list(obj.coordinators.select_related("profile").order_by("profile__name"))


class ProgramIn(Schema):
    name: str = Field(max_length=150)
    description: str = ""
    visibility: Literal["public", "invite", "private"] = "public"
    kind: Literal["cohort", "evergreen"] | None = Field(None, description="Empty: cohort if it has dates")
    starts_on: date | None = None
    ends_on: date | None = None
    applications_open_on: date | None = None
    applications_close_on: date | None = None
    approval: Literal["automatic", "manual"] = "manual"
    default_mentor_capacity: int = Field(2, ge=1, le=settings.PROGRAM_PLACES_MAX)
    max_rankings: int = Field(3, ge=0, le=10)


class ProgramPatch(Schema):
    name: str | None = Field(None, max_length=150)
    description: str | None = None
    visibility: Literal["public", "invite", "private"] | None = None
    kind: Literal["cohort", "evergreen"] | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    applications_open_on: date | None = None
    applications_close_on: date | None = None
    approval: Literal["automatic", "manual"] | None = None
    default_mentor_capacity: int | None = Field(None, ge=1, le=settings.PROGRAM_PLACES_MAX)
    max_rankings: int | None = Field(None, ge=0, le=10)


class DuplicateIn(Schema):
    name: str = Field("", description="Empty: the same name with “(copy)”")


class ArchiveIn(Schema):
    archived: bool = True


class CoordinatorIn(Schema):
    email: str = Field(description="The email of an existing person")


class QuestionOut(Schema):
    id: int
    text: str
    role: str
    kind: str
    choices: list[str]
    required: bool
    position: int
    match_use: str
    match_weight: float


class QuestionIn(Schema):
    text: str = Field(max_length=300)
    role: Literal["", "mentee", "mentor"] = ""
    kind: Literal["text", "single", "multiple", "scale"] = "text"
    choices: list[str] = []
    required: bool = True
    match_use: Literal["", "same", "weight"] = Field("", description="same: a hard rule; weight: a criterion")
    match_weight: float = Field(0.2, ge=0, le=10)


class QuestionPatch(Schema):
    text: str | None = Field(None, max_length=300)
    role: Literal["", "mentee", "mentor"] | None = None
    kind: Literal["text", "single", "multiple", "scale"] | None = None
    choices: list[str] | None = None
    required: bool | None = None
    match_use: Literal["", "same", "weight"] | None = None
    match_weight: float | None = Field(None, ge=0, le=10)


class QuestionOrderIn(Schema):
    question_ids: list[int] = Field(description="Every question of the program once, in the new order")


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
    undone_at: datetime | None
    proposals: list[ProposalOut]

    @staticmethod
    def resolve_proposals(obj):
        return list(match_runs.proposals_of(obj))


class PublishIn(Schema):
    confirm: int | None = Field(
        None, description="The number of relationships publishing starts (GET .../publish says it); required"
    )


class PlannedOut(Schema):
    relationships: int
    emails: int


class DashboardOut(Schema):
    figures: dict
    charts: list[dict]


def _program(request, slug, coordinator=False) -> Program:
    return services.get_program_for_user(request.user, slug, coordinator=coordinator)


def _valid(form):
    """The web form's checks for the API: its first error becomes a 422 naming the field."""
    if not form.is_valid():
        name, errors = next(iter(form.errors.items()))
        raise DomainError(errors[0], field=None if name == "__all__" else name)
    return form.cleaned_data


def _as_form_data(data: dict) -> dict:
    """JSON values as a browser would post them."""
    out = {}
    for name, value in data.items():
        if value is None or value is False:
            continue
        out[name] = "\n".join(value) if isinstance(value, list) else value
    return out


def _program_form(data: dict, instance=None) -> ProgramSettingsForm:
    current = model_to_dict(instance, fields=ProgramSettingsForm.Meta.fields) if instance else {}
    return ProgramSettingsForm(data=_as_form_data(current | data), instance=instance)


@router.get("/programs", response=list[ProgramOut], summary="Programs you can see")
def list_programs(request):
    return Program.objects.visible_to(request.user).order_by("name")


@router.post("/programs", response={201: ProgramSetupOut, **RULE_ERRORS}, summary="Create a program")
def create_program(request, payload: ProgramIn):
    if not setup.can_create_programs(request.user):
        raise DomainError(_("You cannot create programs here; ask the site's staff."), "not_allowed", status=403)
    form = _program_form(payload.dict())
    _valid(form)
    return 201, setup.create(request.user, **form.program_fields())


@router.patch("/programs/{slug}", response={200: ProgramSetupOut, **RULE_ERRORS}, summary="Change a program")
def update_program(request, slug: str, payload: ProgramPatch):
    program = _program(request, slug, coordinator=True)
    form = _program_form(payload.dict(exclude_unset=True), instance=program)
    _valid(form)
    return form.save()


@router.post(
    "/programs/{slug}/duplicate",
    response={201: ProgramSetupOut, **RULE_ERRORS},
    summary="Copy a program with its questions and matching rules, without participants",
)
def duplicate_program(request, slug: str, payload: DuplicateIn):
    return 201, setup.duplicate(_program(request, slug, coordinator=True), request.user, payload.name)


@router.post("/programs/{slug}/archive", response={200: ProgramSetupOut, **RULE_ERRORS}, summary="Archive or restore")
def archive_program(request, slug: str, payload: ArchiveIn):
    return setup.archive(_program(request, slug, coordinator=True), payload.archived)


@router.get(
    "/programs/{slug}/coordinators", response={200: list[CoordinatorOut], **RULE_ERRORS}, summary="Coordinators"
)
def list_coordinators(request, slug: str):
    return ProgramSetupOut.resolve_coordinators(_program(request, slug, coordinator=True))


@router.post(
    "/programs/{slug}/coordinators", response={201: CoordinatorOut, **RULE_ERRORS}, summary="Add a co-coordinator"
)
def add_coordinator(request, slug: str, payload: CoordinatorIn):
    program = _program(request, slug, coordinator=True)
    email = _valid(CoordinatorForm(data=payload.dict()))["email"]
    return 201, setup.add_coordinator(program, request.user, email)


@router.delete(
    "/programs/{slug}/coordinators/{coordinator_id}",
    response={204: None, **RULE_ERRORS},
    summary="Remove a coordinator (never the last)",
)
def remove_coordinator(request, slug: str, coordinator_id: int):
    setup.remove_coordinator(_program(request, slug, coordinator=True), coordinator_id)
    return 204, None


@router.get("/programs/{slug}/questions", response={200: list[QuestionOut], **RULE_ERRORS}, summary="Enrolment form")
def list_questions(request, slug: str):
    return _program(request, slug, coordinator=True).questions.all()


@router.post("/programs/{slug}/questions", response={201: QuestionOut, **RULE_ERRORS}, summary="Add a question")
def add_question(request, slug: str, payload: QuestionIn):
    program = _program(request, slug, coordinator=True)
    return 201, setup.add_question(program, **_valid(QuestionForm(data=_as_form_data(payload.dict()))))


@router.put(
    "/programs/{slug}/questions/order", response={200: list[QuestionOut], **RULE_ERRORS}, summary="Reorder questions"
)
def reorder_questions(request, slug: str, payload: QuestionOrderIn):
    return setup.reorder_questions(_program(request, slug, coordinator=True), payload.question_ids)


def _question(request, slug, question_id) -> EnrollmentQuestion:
    return get_object_or_404(_program(request, slug, coordinator=True).questions, pk=question_id)


@router.patch(
    "/programs/{slug}/questions/{question_id}", response={200: QuestionOut, **RULE_ERRORS}, summary="Change a question"
)
def update_question(request, slug: str, question_id: int, payload: QuestionPatch):
    question = _question(request, slug, question_id)
    data = model_to_dict(question, fields=QuestionForm.Meta.fields) | payload.dict(exclude_unset=True)
    form = QuestionForm(data=_as_form_data(data), instance=question)
    return setup.update_question(question, **_valid(form))


@router.delete(
    "/programs/{slug}/questions/{question_id}", response={204: None, **RULE_ERRORS}, summary="Remove a question"
)
def delete_question(request, slug: str, question_id: int):
    _question(request, slug, question_id).delete()
    return 204, None


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
        signed_in_through=sso.signed_in_through(request),
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
def publish(request, slug: str, number: int, payload: PublishIn):
    run = services.get_run(_program(request, slug, coordinator=True), number)
    services.publish(run, request.user, confirm=payload.confirm)
    return MatchRun.objects.get(pk=run.pk)


@router.get(
    "/programs/{slug}/match-runs/{number}/publish",
    response={200: PlannedOut, **RULE_ERRORS},
    summary="What publishing a dry run would do: the confirmation to send back",
)
def plan_publish(request, slug: str, number: int):
    return publishing.planned(services.get_run(_program(request, slug, coordinator=True), number))


@router.post(
    "/programs/{slug}/match-runs/{number}/undo",
    response={200: MatchRunOut, **RULE_ERRORS},
    summary="Undo a published run within the undo window, while nobody in it has acted",
)
def undo(request, slug: str, number: int):
    run = services.get_run(_program(request, slug, coordinator=True), number)
    publishing.undo(run, request.user)
    return MatchRun.objects.get(pk=run.pk)


class BroadcastFiltersIn(Schema):
    role: Literal["", "mentee", "mentor"] = ""
    status: Literal["approved", "applied"] = "approved"
    unmatched: bool = False
    at_risk: bool = Field(False, description="In a current relationship whose latest health is at risk or stalled")


class BroadcastIn(BroadcastFiltersIn):
    subject: str = Field(max_length=150)
    body: str = Field(max_length=3000)
    confirm: int | None = Field(None, description="The count the preview gave; required")


class PersonOut(Schema):
    id: int
    name: str = Field(alias="profile.name")


class BroadcastPreviewOut(Schema):
    count: int
    who: str
    people: list[PersonOut]


class RecipientOut(Schema):
    person_id: int
    name: str = Field(alias="person.profile.name")
    delivered_at: datetime | None
    emailed_at: datetime | None

    @staticmethod
    def resolve_delivered_at(obj):
        return obj.nudge.delivered_at if obj.nudge else None

    @staticmethod
    def resolve_emailed_at(obj):
        return obj.nudge.emailed_at if obj.nudge else None


class BroadcastOut(Schema):
    id: int
    subject: str
    body: str
    filters: dict
    created_at: datetime
    recipients: list[RecipientOut]

    @staticmethod
    def resolve_recipients(obj):
        return obj.sent_to


def _filters(payload: BroadcastFiltersIn) -> broadcasts.Filters:
    return broadcasts.Filters(
        role=payload.role, status=payload.status, unmatched=payload.unmatched, at_risk=payload.at_risk
    )


@router.post(
    "/programs/{slug}/broadcasts/preview",
    response={200: BroadcastPreviewOut, **RULE_ERRORS},
    summary="Whom a broadcast with these filters reaches: send back the count as `confirm`",
)
def preview_broadcast(request, slug: str, payload: BroadcastFiltersIn):
    filters = _filters(payload)
    people = broadcasts.audience(_program(request, slug, coordinator=True), filters)
    return {"count": len(people), "who": filters.describe(), "people": people[: broadcasts.PREVIEW_NAMES]}


@router.post("/programs/{slug}/broadcasts", response={201: BroadcastOut, **RULE_ERRORS}, summary="Send a broadcast")
def send_broadcast(request, slug: str, payload: BroadcastIn):
    program = _program(request, slug, coordinator=True)
    sent = broadcasts.send(program, request.user, payload.subject, payload.body, _filters(payload), payload.confirm)
    return 201, next(b for b in broadcasts.log(program) if b.pk == sent.pk)


@router.get(
    "/programs/{slug}/broadcasts",
    response={200: list[BroadcastOut], **RULE_ERRORS},
    summary="What was sent to whom, newest first; `person_id` for one person's log",
)
def broadcast_log(request, slug: str, person_id: int | None = None):
    return broadcasts.log(_program(request, slug, coordinator=True), person_id)


class DashboardQuery(Schema):
    cohort: str = ""
    start: date | None = None
    end: date | None = None


@router.get("/programs/{slug}/dashboard", response={200: DashboardOut, **RULE_ERRORS}, summary="Program metrics")
def dashboard(request, slug: str, filters: Query[DashboardQuery]):
    data = metrics.dashboard(_program(request, slug, coordinator=True), metrics.Filters(**filters.dict()))
    return {"figures": data["figures"], "charts": [c.as_dict() for c in data["charts"]]}
