"""A person's development plan, skill gaps and goals: exported, and erased when they leave (all private)."""

from django.forms.models import model_to_dict

from mentorhub.lib.yourdata import rows

from .models import DevelopmentPlan, Goal, SkillGap


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


def export(person):
    return {
        "development_plan.json": plan(person),
        "skill_gaps.json": rows(SkillGap.objects.filter(person=person)),
        "goals.json": goals(person),
    }


def erase(person):
    Goal.objects.filter(owner=person).delete()
    SkillGap.objects.filter(person=person).delete()
    DevelopmentPlan.objects.filter(person=person).delete()
