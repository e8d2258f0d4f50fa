from datetime import UTC, date, datetime
from typing import Literal

from django.db import IntegrityError
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from mentorhub.accounts.models import User
from mentorhub.api.pagination import page
from mentorhub.api.schemas import ErrorOut, PatchSchema
from mentorhub.coach.goals import assess_goal
from mentorhub.lib.time import today_for, zone_named
from mentorhub.profiles.models import Profile
from mentorhub.programs.models import Program

from . import services
from .models import Goal, SkillGap

router = Router(tags=["goals"])
coach_router = Router(tags=["coach"])

Frequency = Literal["", "weekly", "fortnightly", "monthly", "quarterly", "as_needed"]
Format = Literal["", "video", "phone", "in_person", "any"]
Status = Literal["draft", "active", "achieved", "dropped"]
Visibility = Literal["private", "mentors", "program"]


class PlanIn(Schema):
    short_term_aspirations: str = Field("", max_length=2000)
    long_term_aspirations: str = Field("", max_length=2000)
    strengths: str = Field("", max_length=2000)
    areas_to_improve: str = Field("", max_length=2000)
    hours_per_month: int | None = Field(None, ge=0, le=160)
    meeting_frequency: Frequency = ""
    meeting_format: Format = ""
    desired_outcomes: str = Field("", max_length=2000)


class PlanOut(PlanIn):
    updated_at: str | None = None

    @staticmethod
    def resolve_updated_at(obj):
        return obj.updated_at.isoformat() if obj.pk else None


class PlanVersionOut(Schema):
    saved_at: str
    answers: dict

    @staticmethod
    def resolve_saved_at(obj):
        return obj.saved_at.isoformat()


class SkillGapIn(Schema):
    skill: str = Field(min_length=1, max_length=80)
    current_level: int = Field(0, ge=0, le=4, description="0 none, 1 beginner, 2 intermediate, 3 advanced, 4 expert")
    target_level: int = Field(3, ge=1, le=4)
    why_it_matters: str = Field("", max_length=300)


class SkillGapOut(SkillGapIn):
    id: int


class MilestoneIn(Schema):
    text: str = Field(min_length=1, max_length=300)
    due_date: date | None = None


class MilestoneOut(MilestoneIn):
    id: int
    done: bool


class MilestonePatch(PatchSchema):
    text: str = Field(None, min_length=1, max_length=300)
    done: bool = None


class GoalIn(Schema):
    text: str = Field(min_length=1, max_length=500, examples=["Give two talks at team meetings by 30 June 2027"])
    why_it_matters: str = Field("", max_length=2000)
    success_measure: str = Field("", max_length=300)
    target_date: date | None = None
    status: Status = "draft"
    hours_per_week: float | None = Field(None, ge=0, le=80)
    confidence: int | None = Field(None, ge=1, le=5)
    manual_progress: int | None = Field(None, ge=0, le=100)
    skill_gap_ids: list[int] = []
    visibility: Visibility = "private"
    shared_with_mentor_ids: list[int] = Field([], description="Person ids of mentors who may read this goal")
    shared_program_id: int | None = None


class GoalPatch(PatchSchema):
    text: str = Field(None, min_length=1, max_length=500)
    why_it_matters: str = Field(None, max_length=2000)
    success_measure: str = Field(None, max_length=300)
    target_date: date | None = None
    status: Status = None
    hours_per_week: float | None = Field(None, ge=0, le=80)
    confidence: int | None = Field(None, ge=1, le=5)
    manual_progress: int | None = Field(None, ge=0, le=100)
    skill_gap_ids: list[int] = Field(None, description="[] to clear")
    visibility: Visibility = None
    shared_with_mentor_ids: list[int] = Field(None, description="[] to clear")
    shared_program_id: int | None = None


class CoachVerdict(Schema):
    specific: bool
    measurable: bool
    time_bound: bool
    deadline: str | None
    hints: list[str]
    problems: list[str] = []
    unsure: list[str] = []
    confident: bool = True


class GoalReview(CoachVerdict):
    achievable: bool
    relevant: bool


class GoalOut(Schema):
    id: int
    owner_id: int
    text: str
    why_it_matters: str
    success_measure: str
    target_date: date | None
    status: str
    progress: int
    hours_per_week: float | None
    confidence: int | None
    visibility: str
    skill_gap_ids: list[int]
    shared_with_mentor_ids: list[int] | None
    shared_program_id: int | None
    milestones: list[MilestoneOut]
    review: dict

    @staticmethod
    def resolve_skill_gap_ids(obj):
        return [g.pk for g in obj.skill_gaps.all()]

    @staticmethod
    def resolve_shared_with_mentor_ids(obj, context):
        # Who else can read a goal is the owner's business, not the readers'.
        if obj.owner_id != context["request"].user.id:
            return None
        return [u.pk for u in obj.shared_with.all()]

    @staticmethod
    def resolve_milestones(obj):
        return list(obj.milestones.all())

    @staticmethod
    def resolve_review(obj):
        return obj.coach


class CoachIn(Schema):
    text: str = Field(max_length=5000, examples=["Publish four articles on the team blog by the end of August 2027"])
    timezone: str | None = Field(
        None,
        max_length=64,
        examples=["Europe/London"],
        description="Your IANA timezone, for 'today' when you are not signed in; signed in, your profile's is used.",
    )


@coach_router.post("/coach/goal", response=CoachVerdict, auth=None, summary="Check a goal against SMART")
def coach_goal(request, payload: CoachIn):
    """Stateless and personal data-free, so it needs no login: the same coach the goal form uses."""
    if request.user.is_authenticated:
        today = today_for(request.user)
    else:
        today = datetime.now(UTC).astimezone(zone_named(payload.timezone)).date()
    return assess_goal(payload.text, today=today).to_dict()


@router.get("/plan", response=PlanOut, summary="Your development plan")
def get_plan(request):
    return services.plan_for(request.user)


@router.put("/plan", response={200: PlanOut, 422: ErrorOut}, summary="Replace your development plan")
def put_plan(request, payload: PlanIn):
    return services.save_plan(request.user, payload.model_dump())


@router.get("/plan/history", response=list[PlanVersionOut], summary="Earlier versions of your plan, newest first")
def plan_history(request):
    return list(services.plan_for(request.user).versions.all())


@router.get("/skill-gaps", response=list[SkillGapOut])
def list_skill_gaps(request):
    return list(SkillGap.objects.visible_to(request.user))


@router.post("/skill-gaps", response={201: SkillGapOut, 409: ErrorOut, 422: ErrorOut})
def create_skill_gap(request, payload: SkillGapIn):
    if payload.target_level <= payload.current_level:
        raise HttpError(422, "target_level must be above current_level.")
    if SkillGap.objects.filter(person=request.user, skill__iexact=payload.skill.strip()).exists():
        raise HttpError(409, "You have this skill gap already.")
    try:
        return 201, SkillGap.objects.create(person=request.user, **payload.model_dump())
    except IntegrityError:
        raise HttpError(409, "You have this skill gap already.") from None


@router.delete("/skill-gaps/{int:gap_id}", response={204: None, 404: ErrorOut})
def delete_skill_gap(request, gap_id: int):
    services.get_skill_gap_for_user(request.user, gap_id).delete()
    return 204, None


def sharing_targets(person, mentor_ids, program_id):
    mentors = []
    if mentor_ids:
        visible_mentors = Profile.objects.visible_to(person).filter(accepting_mentees=True).values("user")
        mentors = list(User.objects.filter(pk__in=mentor_ids).filter(pk__in=visible_mentors))
        if len(mentors) != len(set(mentor_ids)):
            raise HttpError(422, "shared_with_mentor_ids: every id must be a mentor you can see.")
    program = get_object_or_404(Program.objects.visible_to(person), pk=program_id) if program_id else None
    return mentors, program


def apply_goal(request, goal, data: dict, ids: dict):
    gap_ids = ids.get("skill_gap_ids")
    gaps = list(SkillGap.objects.visible_to(request.user).filter(pk__in=gap_ids or []))
    if gap_ids is not None and len(gaps) != len(set(gap_ids)):
        raise HttpError(422, "skill_gap_ids: use ids of your own skill gaps.")
    mentor_ids = ids.get("shared_with_mentor_ids")
    if mentor_ids is None and goal is not None:
        mentor_ids = list(goal.shared_with.values_list("pk", flat=True))
    program_id = ids.get("shared_program_id", goal.shared_program_id if goal else None)
    mentors, program = sharing_targets(request.user, mentor_ids, program_id)
    if gap_ids is None and goal is not None:
        gaps = list(goal.skill_gaps.all())
    return services.save_goal(request.user, goal, {**data, "shared_program": program}, mentors=mentors, skill_gaps=gaps)


ID_FIELDS = ("skill_gap_ids", "shared_with_mentor_ids", "shared_program_id")


class GoalPage(Schema):
    items: list[GoalOut]
    next_cursor: str | None


@router.get("/goals", response={200: GoalPage, 422: ErrorOut}, summary="Your goals, or those shared with you")
def list_goals(
    request,
    status: Status | None = None,
    mine: bool = Query(True, description="false: the goals others shared with you"),
    cursor: str | None = Query(None, max_length=200, description="next_cursor from the previous page"),
    limit: int = Query(20, ge=1, le=100),
):
    goals = Goal.objects.filter(owner=request.user) if mine else Goal.objects.shared_with(request.user)
    if status:
        goals = goals.filter(status=status)
    return page(goals.prefetch_related("milestones", "skill_gaps", "shared_with"), cursor, limit)


@router.post("/goals", response={201: GoalOut, 422: ErrorOut}, summary="Create a goal")
def create_goal(request, payload: GoalIn):
    data = payload.model_dump()
    ids = {k: data.pop(k) for k in ID_FIELDS}
    return 201, apply_goal(request, None, data, ids)


@router.get("/goals/{int:goal_id}", response={200: GoalOut, 404: ErrorOut})
def get_goal(request, goal_id: int):
    return services.get_goal_for_user(request.user, goal_id)


@router.patch("/goals/{int:goal_id}", response={200: GoalOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut})
def update_goal(request, goal_id: int, payload: GoalPatch):
    goal = services.get_goal_for_user(request.user, goal_id, edit=True)
    data = payload.model_dump(exclude_unset=True)
    ids = {k: data.pop(k) for k in ID_FIELDS if k in data}
    return apply_goal(request, goal, data, ids)


@router.delete("/goals/{int:goal_id}", response={204: None, 403: ErrorOut, 404: ErrorOut})
def delete_goal(request, goal_id: int):
    services.get_goal_for_user(request.user, goal_id, edit=True).delete()
    return 204, None


@router.post("/goals/{int:goal_id}/milestones", response={201: MilestoneOut, 403: ErrorOut, 404: ErrorOut})
def add_milestone(request, goal_id: int, payload: MilestoneIn):
    goal = services.get_goal_for_user(request.user, goal_id, edit=True)
    return 201, services.add_milestone(goal, payload.text, payload.due_date)


@router.patch(
    "/goals/{int:goal_id}/milestones/{int:milestone_id}", response={200: MilestoneOut, 403: ErrorOut, 404: ErrorOut}
)
def update_milestone(request, goal_id: int, milestone_id: int, payload: MilestonePatch):
    goal = services.get_goal_for_user(request.user, goal_id, edit=True)
    milestone = get_object_or_404(goal.milestones, pk=milestone_id)
    if payload.text is not None:
        milestone.text = payload.text
        milestone.save(update_fields=["text"])
    if payload.done is not None:
        services.set_milestone_done(milestone, payload.done)
    return milestone
