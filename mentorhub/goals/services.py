from datetime import date

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from mentorhub.coach import panel
from mentorhub.coach.goals import assess_goal
from mentorhub.integrations.services import emit
from mentorhub.lib.errors import DomainError
from mentorhub.lib.time import today_for

from .models import PLAN_FIELDS, DevelopmentPlan, Goal, Milestone, PlanVersion, SkillGap


def plan_for(person) -> DevelopmentPlan:
    return DevelopmentPlan.objects.get_or_create(person=person)[0]


@transaction.atomic
def save_plan(person, answers: dict) -> DevelopmentPlan:
    """Update the plan, keeping the previous answers as a dated version when anything changed."""
    plan = DevelopmentPlan.objects.select_for_update().get_or_create(person=person)[0]
    before = plan.snapshot()
    changed = {k: v for k, v in answers.items() if k in PLAN_FIELDS and before[k] != v}
    if not changed:
        return plan
    if not plan.is_empty:
        PlanVersion.objects.create(plan=plan, answers=before, saved_at=plan.updated_at)
    for field, value in changed.items():
        setattr(plan, field, value)
    plan.save()
    return plan


def smart_review(person, text: str, *, why_it_matters="", confidence=None, hours_per_week=None) -> dict:
    """The coach's reading of the text, plus Achievable and Relevant from what the person answered.

    Text alone cannot show that a goal is achievable or relevant, so those two come from the form's questions.
    """
    verdict = assess_goal(text or "", today=today_for(person)).to_dict()
    relevant = len((why_it_matters or "").strip()) >= 15
    achievable = confidence is not None and int(confidence) >= 3 and hours_per_week not in (None, "")
    hints = list(verdict["hints"])
    if not relevant:
        hints.append(gettext_noop("Say why it matters: which of your aspirations does this goal serve?"))
    if confidence is None or hours_per_week in (None, ""):
        hints.append(
            gettext_noop("Say how many hours a week you can give it and how confident you are: that tests Achievable.")
        )
    elif int(confidence) < 3:
        hints.append(
            gettext_noop("You are not sure you can do it: make the first milestone smaller or give it more time.")
        )
    # A label the coach is unsure of is shown as a question ("Is there a number that shows it's done?").
    questions = {c["key"]: c["question"] for c in panel.checks(verdict, "goals") if c["unsure"]}
    return {**verdict, "achievable": achievable, "relevant": relevant, "hints": hints, "questions": questions}


def get_goal_for_user(user, pk, *, edit=False) -> Goal:
    """The one door to a goal. Goals not shared with you look missing; shared ones are read-only to you."""
    goal = Goal.objects.visible_to(user).select_related("owner__profile").filter(pk=pk).first()
    if goal is None:
        raise Http404("No such goal")
    if edit and goal.owner_id != user.id:
        raise PermissionDenied("Only the goal's owner can change it.")
    return goal


def goals_shared_with(mentee, mentor):
    """The mentee's goals that this mentor may see: all an offer, request or agreement between them may name."""
    return Goal.objects.filter(owner=mentee, visibility=Goal.MENTORS, shared_with=mentor)


def goals_to_share_with(mentee, mentor):
    """The mentee's goals they could still share with this mentor from a request or an agreement.

    Goals shared with a program's coordinators are left out: a goal has one audience, and sharing it with a mentor
    here would silently take it away from the coordinators.
    """
    return (
        Goal.objects.filter(owner=mentee, status__in=[Goal.DRAFT, Goal.ACTIVE])
        .exclude(visibility=Goal.PROGRAM)
        .exclude(pk__in=goals_shared_with(mentee, mentor).values("pk"))
    )


def goals_for_mentorship(user, goal_ids, *, mentee, mentor) -> list[Goal]:
    """The one door for goal ids that arrive in a request, offer or agreement between mentee and mentor.

    Anyone may name goals the mentee already shares with the mentor; the mentee may also name their own goals
    they could share (naming one is sharing it: see share_with_mentor). Any other id is a DomainError on
    `goal_ids`, worded the same for a missing goal and for someone else's, so ids cannot be probed.
    """
    wanted = set(goal_ids)
    usable = goals_shared_with(mentee, mentor)
    if user.pk == mentee.pk:
        usable = usable | goals_to_share_with(mentee, mentor)
    goals = list(usable.filter(pk__in=wanted).distinct())
    if wanted - {g.pk for g in goals}:
        raise DomainError(_("no such goal."), "unknown_goal", field="goal_ids")
    return goals


@transaction.atomic
def share_with_mentor(mentee, goals, mentor) -> None:
    """Share the mentee's own goals with one mentor, keeping everyone they were shared with already."""
    for goal in goals:
        if goal.owner_id != mentee.pk or goal.visibility == Goal.PROGRAM:
            continue
        if goal.visibility != Goal.MENTORS:
            goal.visibility = Goal.MENTORS
            goal.save(update_fields=["visibility", "updated_at"])
        goal.shared_with.add(mentor)


def check_sharing(person, visibility, mentors, program):
    if visibility == Goal.MENTORS and not mentors:
        raise DomainError(
            _("Choose at least one mentor to share this goal with, or keep it private."), field="visibility"
        )
    if visibility == Goal.PROGRAM:
        if program is None:
            raise DomainError(_("Choose the program whose coordinators may see this goal."), field="visibility")
        if not person.enrollments.filter(program=program, status="approved").exists():
            raise DomainError(_("You can share goals only with programs you belong to."), field="visibility")
    if any(m.pk == person.pk for m in mentors):
        raise DomainError(_("You do not need to share a goal with yourself."), field="visibility")


@transaction.atomic
def save_goal(person, goal: Goal | None, data: dict, *, mentors=(), skill_gaps=()) -> Goal:
    """Create or update a goal with its sharing, keeping the coach's verdict beside it."""
    visibility = data.get("visibility", goal.visibility if goal else Goal.PRIVATE)
    program = data.get("shared_program")
    check_sharing(person, visibility, list(mentors), program)
    goal = goal or Goal(owner=person)
    status = data.pop("status", None)
    for field, value in data.items():
        setattr(goal, field, value)
    if visibility != Goal.PROGRAM:
        goal.shared_program = None
    goal.coach = smart_review(
        person,
        goal.text,
        why_it_matters=goal.why_it_matters,
        confidence=goal.confidence,
        hours_per_week=goal.hours_per_week,
    )
    if not goal.target_date and goal.coach.get("deadline"):
        goal.target_date = date.fromisoformat(goal.coach["deadline"])
    goal.save()
    goal.shared_with.set(list(mentors) if visibility == Goal.MENTORS else [])
    goal.skill_gaps.set([g for g in skill_gaps if g.person_id == person.pk])
    if status:
        set_goal_status(goal, status)
    return goal


@transaction.atomic
def set_goal_status(goal: Goal, status: str) -> Goal:
    """The one way a goal's status changes (the goal page, the API, a mentee's progress update), so that an
    achieved goal is announced the same way wherever it was achieved."""
    if status not in dict(Goal.STATUS_CHOICES):
        raise DomainError(_("A goal is a draft, active, achieved or dropped."), field="status")
    if status == goal.status:
        return goal
    goal.set_status(status)
    goal.save(update_fields=["status", "achieved_at"])
    if status == Goal.ACHIEVED:
        # Only those who may see the goal hear of it: its owner and whoever it is shared with.
        emit(
            "goal.achieved",
            {"goal_id": goal.pk, "owner_id": goal.owner_id},
            people=[goal.owner, *goal.shared_with.all()],
        )
    return goal


@transaction.atomic
def add_milestone(goal: Goal, text: str, due_date=None) -> Milestone:
    position = goal.milestones.count()
    return Milestone.objects.create(goal=goal, text=text, due_date=due_date, position=position)


@transaction.atomic
def set_milestone_done(milestone: Milestone, done: bool) -> Milestone:
    milestone.done = done
    milestone.done_at = timezone.now() if done else None
    milestone.save(update_fields=["done", "done_at"])
    return milestone


def get_skill_gap_for_user(user, pk) -> SkillGap:
    gap = SkillGap.objects.visible_to(user).filter(pk=pk).first()
    if gap is None:
        raise Http404("No such skill gap")
    return gap
