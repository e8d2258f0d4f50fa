"""A person's requests and relationships in their export. When they leave, what they share is closed (the other
side keeps its history) and their private reflections go."""

from django.db.models import Q
from django.forms.models import model_to_dict
from django.utils import timezone

from mentorhub.lib.yourdata import rows

from . import lifecycle
from .models import MentorshipRequest, Reflection, Relationship


def requests(person):
    return rows(MentorshipRequest.objects.filter(Q(mentee=person) | Q(mentor=person)), exclude=["goals"])


def relationships(person):
    result = []
    for relationship in Relationship.objects.involving(person).prefetch_related("agreement_versions", "history"):
        result.append(
            {
                **model_to_dict(relationship),
                "agreement_versions": rows(relationship.agreement_versions.all(), exclude=["goals"]),
                "history": rows(relationship.history.all()),
                "gratitude_notes": rows(relationship.gratitude_notes.all()),
                "my_reflection": rows(relationship.reflections.filter(author=person)),
            }
        )
    return result


def export(person):
    return {"mentorship_requests.json": requests(person), "relationships.json": relationships(person)}


def erase(person):
    for request in MentorshipRequest.objects.open().filter(Q(mentee=person) | Q(mentor=person)):
        request.status, request.answered_at = MentorshipRequest.WITHDRAWN, timezone.now()
        request.save(update_fields=["status", "answered_at"])
    gone = "The other person deleted their account."
    for relationship in Relationship.objects.involving(person).current():
        lifecycle.close(relationship, None, outcome=Relationship.ENDED_EARLY, reason="other", why=gone)
    for relationship in Relationship.objects.involving(person).filter(stay_in_touch=True):
        lifecycle.end_stay_in_touch(relationship, None, gone)
    Reflection.objects.filter(author=person).delete()
