"""Informational interviews in a person's export: those they asked for in full, those they gave without the
requester's private questions. Both sides' rows go when either person leaves (a one-off, nothing to keep)."""

from django.db.models import Q

from mentorhub.lib.yourdata import rows

from .models import InformationalInterview, Referral

SHARED_FIELDS = ["id", "requester", "interviewee", "topic", "status", "proposed_times", "starts_at", "ends_at"]


def export(person):
    asked = InformationalInterview.objects.filter(requester=person)
    given = InformationalInterview.objects.filter(interviewee=person)
    return {
        "interviews.json": {
            "asked": rows(asked, exclude=["message"]),
            "given": [{k: v for k, v in r.items() if k in SHARED_FIELDS} for r in rows(given)],
            "referrals": rows(Referral.objects.filter(interview__requester=person)),
        }
    }


def erase(person):
    InformationalInterview.objects.filter(Q(requester=person) | Q(interviewee=person)).delete()
