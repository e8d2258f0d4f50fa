from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import prefetch_related_objects
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from mentorhub.lib.errors import shown_on

from . import services
from .forms import GoalForm, MilestoneForm, PlanForm, SkillGapForm
from .models import Goal, SkillGap


@login_required
def index(request):
    person = request.user
    goals = list(Goal.objects.filter(owner=person).prefetch_related("milestones", "shared_with__profile"))
    return render(
        request,
        "goals/index.html",
        {
            "plan": services.plan_for(person),
            "skill_gaps": SkillGap.objects.visible_to(person),
            "gap_form": SkillGapForm(person),
            "open_goals": [g for g in goals if g.status in (Goal.DRAFT, Goal.ACTIVE)],
            "closed_goals": [g for g in goals if g.status in (Goal.ACHIEVED, Goal.DROPPED)],
            "shared_with_me": Goal.objects.shared_with(person).select_related("owner__profile"),
        },
    )


@login_required
def plan(request):
    current = services.plan_for(request.user)
    form = PlanForm(request.POST or None, instance=services.plan_for(request.user))
    if request.method == "POST" and form.is_valid():
        services.save_plan(request.user, form.cleaned_data)
        messages.success(request, _("Your development plan is saved. Earlier answers are kept below."))
        return redirect("goals:plan")
    return render(request, "goals/plan.html", {"form": form, "versions": current.versions.all()[:20]})


@login_required
def skill_gap_edit(request, pk=None):
    gap = services.get_skill_gap_for_user(request.user, pk) if pk else None
    form = SkillGapForm(request.user, request.POST or None, instance=gap)
    if request.method == "POST" and form.is_valid():
        saved = form.save(commit=False)
        saved.person = request.user
        saved.save()
        messages.success(request, _("Skill gap “%(skill)s” saved.") % {"skill": saved.skill})
        return redirect("goals:index")
    return render(request, "goals/skill_gap_form.html", {"form": form, "gap": gap})


@login_required
@require_POST
def skill_gap_delete(request, pk):
    gap = services.get_skill_gap_for_user(request.user, pk)
    gap.delete()
    messages.success(request, _("Skill gap “%(skill)s” removed.") % {"skill": gap.skill})
    return redirect("goals:index")


def review_from(request, form) -> dict:
    """The coach panel for what is in the form now: posted data if any, else the saved goal."""
    source = form.data if form.is_bound else None
    if source is not None:
        return services.smart_review(
            request.user,
            source.get("text", ""),
            why_it_matters=source.get("why_it_matters", ""),
            confidence=source.get("confidence") or None,
            hours_per_week=source.get("hours_per_week") or None,
        )
    goal = form.instance
    if goal.pk:
        return services.smart_review(
            request.user,
            goal.text,
            why_it_matters=goal.why_it_matters,
            confidence=goal.confidence,
            hours_per_week=goal.hours_per_week,
        )
    return {}


@login_required
def goal_edit(request, pk=None):
    goal = services.get_goal_for_user(request.user, pk, edit=True) if pk else None
    form = GoalForm(request.user, request.POST or None, instance=goal)
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k not in ("share_with", "my_mentors", "skill_gaps")}
        with shown_on(form):
            goal = services.save_goal(
                request.user,
                goal,
                data,
                mentors=form.cleaned_data["share_with"],
                skill_gaps=form.cleaned_data["skill_gaps"],
            )
            messages.success(request, _("Goal saved."))
            return redirect(goal)
    return render(request, "goals/goal_form.html", {"form": form, "goal": goal, "review": review_from(request, form)})


@login_required
def goal_detail(request, pk):
    goal = services.get_goal_for_user(request.user, pk)
    # The page asks for the progress (from the milestones) three times and names everyone it is shared with.
    prefetch_related_objects([goal], "milestones", "skill_gaps", "shared_with__profile")
    is_owner = goal.owner_id == request.user.id
    return render(
        request,
        "goals/goal_detail.html",
        {
            "goal": goal,
            "is_owner": is_owner,
            "review": goal.coach,
            "milestone_form": MilestoneForm(),
            "milestones": goal.milestones.all(),
        },
    )


@login_required
@require_POST
def coach(request):
    """htmx: the coach panel while the person types."""
    review = services.smart_review(
        request.user,
        request.POST.get("text", ""),
        why_it_matters=request.POST.get("why_it_matters", ""),
        confidence=request.POST.get("confidence") or None,
        hours_per_week=request.POST.get("hours_per_week") or None,
    )
    return render(request, "goals/_coach.html", {"review": review})


@login_required
@require_POST
def milestone_add(request, pk):
    goal = services.get_goal_for_user(request.user, pk, edit=True)
    form = MilestoneForm(request.POST)
    if form.is_valid():
        services.add_milestone(goal, form.cleaned_data["text"], form.cleaned_data["due_date"])
    else:
        messages.error(request, _("A milestone needs a short description (300 characters at most)."))
    return redirect(goal)


@login_required
@require_POST
def milestone_toggle(request, pk, milestone_pk):
    goal = services.get_goal_for_user(request.user, pk, edit=True)
    milestone = get_object_or_404(goal.milestones, pk=milestone_pk)
    services.set_milestone_done(milestone, not milestone.done)
    return redirect(goal)


@login_required
@require_POST
def milestone_delete(request, pk, milestone_pk):
    goal = services.get_goal_for_user(request.user, pk, edit=True)
    get_object_or_404(goal.milestones, pk=milestone_pk).delete()
    return redirect(goal)
