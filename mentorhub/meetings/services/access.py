"""The doors to a meeting and to an action item: both open through their relationship's door
(relationships.services.access), so outsiders get 404 and a program's coordinators 403."""

from django.http import Http404

from mentorhub.relationships.services.access import RELATIONSHIP_PEOPLE, check_door, get_relationship_for_user

from ..models import (
    ActionItem,
    Meeting,
)


def get_meeting_for_user(user, pk) -> Meeting:
    """Through the relationship's door: outsiders get 404, a program's coordinators 403."""
    # The meeting, its agenda and its relationship in one query; the relationship's door then decides.
    people = [f"relationship__{path}" for path in RELATIONSHIP_PEOPLE]
    try:
        meeting = Meeting.objects.select_related("agenda", *people).get(pk=pk)
    except Meeting.DoesNotExist:
        raise Http404("No such meeting") from None
    check_door(user, meeting.relationship)
    return meeting


def get_action_item_for_user(user, pk) -> ActionItem:
    item = ActionItem.objects.filter(pk=pk).first()
    if item is None:
        raise Http404("No such action item")
    item.relationship = get_relationship_for_user(user, item.relationship_id)
    return item
