"""The doors to a request and to a relationship, a mentor's capacity, and the goals a request or an agreement may
carry."""

from django.core.exceptions import PermissionDenied
from django.http import Http404

from mentorhub.goals import services as goal_services

from ..models import (
    MentorshipRequest,
    Relationship,
)


def get_request_for_user(user, pk) -> MentorshipRequest:
    found = (
        MentorshipRequest.objects.visible_to(user).select_related("mentee__profile", "mentor__profile").filter(pk=pk)
    )
    request = found.first()
    if request is None:
        raise Http404("No such request")
    return request


def get_relationship_for_user(user, pk, *, content=True) -> Relationship:
    """The one door to a relationship. `content=True` (notes, agreement, history) is for the two people only;
    a program's coordinators get status, dates and health."""
    relationship = (
        Relationship.objects.visible_to(user).select_related("mentee__profile", "mentor__profile").filter(pk=pk).first()
    )
    if relationship is None:
        raise Http404("No such relationship")
    if content and not relationship.is_party(user):
        raise PermissionDenied("Only the mentee and the mentor see what happens inside a relationship.")
    return relationship


def active_mentee_count(mentor) -> int:
    return Relationship.objects.filter(mentor=mentor, status__in=Relationship.CURRENT_STATUSES).count()


def capacity_left(mentor) -> int:
    return max(0, mentor.profile.mentor_capacity - active_mentee_count(mentor))


def attach_goals(user, goals, *, mentee, mentor):
    """What a request or agreement may carry: goals the mentee shares with the mentor. The mentee naming their own
    goal shares it; nobody else can put a goal there that the mentor may not see."""
    if user.pk == mentee.pk:
        goal_services.share_with_mentor(mentee, goals, mentor)
    return goal_services.goals_shared_with(mentee, mentor).filter(pk__in=[g.pk for g in goals])
