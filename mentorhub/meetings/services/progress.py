"""Progress updates on the mentee's goals, feedback, meeting ratings and celebrations of goals reached.

Rule: meeting ratings are private to their author.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from mentorhub.goals.models import Goal
from mentorhub.goals.services import set_goal_status
from mentorhub.lib.errors import DomainError
from mentorhub.nudges import services as nudges
from mentorhub.relationships.models import Relationship

from ..models import (
    Celebration,
    Meeting,
    MeetingFeedback,
    MentorFeedback,
    ProgressUpdate,
)


def _require_current(relationship: Relationship) -> None:
    if not relationship.is_current:
        raise DomainError(_("This mentorship has ended; its meetings can no longer change."), "state")


def linked_goals(relationship: Relationship):
    """The mentee's goals that this mentorship is about: in any version of the agreement, or in the request, and
    still shared with the mentor."""
    return (
        Goal.objects.filter(owner_id=relationship.mentee_id)
        .filter(visibility=Goal.MENTORS, shared_with=relationship.mentor_id)
        .filter(Q(agreements__relationship=relationship) | Q(requests__relationship=relationship))
        .distinct()
    )


@transaction.atomic
def post_progress_update(
    relationship: Relationship, user, text: str, goal=None, goal_progress=None, goal_achieved=False
) -> ProgressUpdate:
    if user.pk != relationship.mentee_id:
        raise PermissionDenied("Progress updates come from the mentee.")
    _require_current(relationship)
    if not (text or "").strip():
        raise DomainError(_("Tell your mentor what happened."), field="text")
    if goal is None and (goal_progress is not None or goal_achieved):
        raise DomainError(_("Choose the goal that moved."), field="goal_id")
    if goal is not None and not linked_goals(relationship).filter(pk=goal.pk).exists():
        raise DomainError(_("Choose one of the goals of this mentorship."), field="goal_id")
    if goal_progress is not None and not 0 <= goal_progress <= 100:
        raise DomainError(_("Progress is a percentage, from 0 to 100."), field="goal_progress")
    achieved = bool(goal_achieved or goal_progress == 100)
    update = ProgressUpdate.objects.create(
        relationship=relationship,
        author=user,
        text=text.strip(),
        goal=goal,
        goal_progress=100 if achieved else goal_progress,
        goal_achieved=achieved,
    )
    if goal is not None and (goal_progress is not None or achieved):
        goal.manual_progress = 100 if achieved else goal_progress
        goal.save(update_fields=["manual_progress"])
        if achieved:
            # Celebrated by the receiver in signals.py and announced by the goal's own service, as on the goal page.
            set_goal_status(goal, Goal.ACHIEVED)
    nudges.notify_now(
        relationship.mentor,
        "relationship_event",
        f"progress:{update.pk}",
        format_lazy(gettext_lazy("{name} posted a progress update"), name=user.profile.name),
        update.text[:600],
        reverse("meetings:relationship", args=[relationship.pk]),
    )
    return update


def rate_meeting(meeting: Meeting, user, rating: int, comment: str = "") -> MeetingFeedback:
    if meeting.status != Meeting.HELD:
        raise DomainError(_("You can rate a meeting once it has been held."), "state")
    if rating not in range(1, 6):
        raise DomainError(_("Rate it from 1 to 5."), field="rating")
    return MeetingFeedback.objects.update_or_create(
        meeting=meeting, author=user, defaults={"rating": rating, "comment": (comment or "").strip()}
    )[0]


def leave_mentor_feedback(relationship, user, strengths: str, next_steps: str, meeting=None) -> MentorFeedback:
    if user.pk != relationship.mentor_id:
        raise PermissionDenied("Structured feedback comes from the mentor.")
    if not (strengths or "").strip():
        raise DomainError(_("Name at least one strength you saw."), field="strengths")
    if not (next_steps or "").strip():
        raise DomainError(_("Suggest a next step."), field="next_steps")
    feedback = MentorFeedback.objects.create(
        relationship=relationship,
        meeting=meeting,
        author=user,
        strengths=strengths.strip(),
        next_steps=next_steps.strip(),
    )
    nudges.notify_now(
        relationship.mentee,
        "relationship_event",
        f"mentor-feedback:{feedback.pk}",
        format_lazy(gettext_lazy("Feedback from {name}"), name=user.profile.name),
        format_lazy(
            gettext_lazy("Strengths: {strengths}\nNext steps: {next_steps}"),
            strengths=feedback.strengths[:300],
            next_steps=feedback.next_steps[:300],
        ),
        reverse("meetings:relationship", args=[relationship.pk]),
    )
    return feedback


def celebrate(goal: Goal, milestone=None) -> list[Celebration]:
    """A goal achieved or a milestone reached: on the timeline of each current mentorship about that goal, and the
    mentor told. Idempotent: the same achievement is celebrated once."""
    if goal.visibility != Goal.MENTORS:
        return []  # a goal no mentor may see is celebrated on the goals page, not in a mentorship
    text = f"Milestone reached: {milestone.text}" if milestone else f"Goal achieved: {goal.text}"
    # The timeline keeps the English text; the mentor's notification is written in the mentor's language.
    told = (
        format_lazy(gettext_lazy("Milestone reached: {text}"), text=milestone.text)
        if milestone
        else format_lazy(gettext_lazy("Goal achieved: {text}"), text=goal.text)
    )
    relationships = (
        Relationship.objects.current()
        .filter(mentee_id=goal.owner_id)
        .filter(Q(agreement_versions__goals=goal) | Q(request__goals=goal))
        .filter(mentor__goals_shared_with_me=goal)
        .distinct()
        .select_related("mentee__profile", "mentor__profile")
    )
    made = []
    for relationship in relationships:
        celebration, created = Celebration.objects.get_or_create(
            relationship=relationship, goal=goal, milestone=milestone, defaults={"text": text[:400]}
        )
        if not created:
            continue
        made.append(celebration)
        nudges.notify_now(
            relationship.mentor,
            "celebration",
            f"celebration:{celebration.pk}",
            format_lazy("{name}: {text}", name=relationship.mentee.profile.name, text=told),
            gettext_lazy("A short note of congratulations goes a long way."),
            reverse("meetings:relationship", args=[relationship.pk]),
        )
    return made
