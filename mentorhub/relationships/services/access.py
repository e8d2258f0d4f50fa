"""The doors to a request and to a relationship, a mentor's capacity, and the goals a request or an agreement may
carry."""

from django.core.exceptions import PermissionDenied
from django.http import Http404

from mentorhub.accounts.models import User
from mentorhub.goals import services as goal_services

from ..models import (
    MentorshipRequest,
    Relationship,
)

# What the door reads with a relationship: both people with their profiles, which its pages name.
RELATIONSHIP_PEOPLE = ("mentee__profile", "mentor__profile")


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
    # By its key, then the rule in Python: visible_to's OR over a subquery, and ordering a row of four wide models,
    # cost every page behind this door more CPU than reading the row.
    try:
        relationship = Relationship.objects.select_related(*RELATIONSHIP_PEOPLE).get(pk=pk)
    except Relationship.DoesNotExist:
        raise Http404("No such relationship") from None
    return check_door(user, relationship, content=content)


def check_door(user, relationship: Relationship, *, content=True) -> Relationship:
    """get_relationship_for_user's answer for a relationship already read (with RELATIONSHIP_PEOPLE), e.g. along
    with one of its meetings: 404 to whoever may not see it, 403 to a coordinator asking for its content."""
    if not user.is_authenticated or not relationship.is_visible_to(user):
        raise Http404("No such relationship")
    if content and not relationship.is_party(user):
        raise PermissionDenied("Only the mentee and the mentor see what happens inside a relationship.")
    return relationship


def with_people(rows, relationship: Relationship, field: str) -> list:
    """Rows of a relationship (action items, notes, thanks, history) with their person `field` (assignee, author,
    actor) taken from the relationship's two people, already loaded with their profiles: joining them again would
    read every column of a person and a profile per row, which costs more CPU than the query. Anyone else (a
    coordinator in the history) is read with their profile in one more query."""
    people = {relationship.mentee_id: relationship.mentee, relationship.mentor_id: relationship.mentor}
    rows = list(rows)
    others = {getattr(row, f"{field}_id") for row in rows} - set(people) - {None}
    if others:
        people |= {person.pk: person for person in User.objects.select_related("profile").filter(pk__in=others)}
    for row in rows:
        if getattr(row, f"{field}_id") in people:
            setattr(row, field, people[getattr(row, f"{field}_id")])
    return rows


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
