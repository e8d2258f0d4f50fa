"""Informational interviews in the API: the same rules and the same one door as the pages (docs/interviews.md).
Times are ISO 8601 with an offset; answers are in UTC."""

from datetime import datetime
from typing import Literal

from django.conf import settings
from django.utils.translation import gettext
from ninja import Field, Router, Schema
from pydantic import AwareDatetime

from mentorhub.api.schemas import ErrorOut
from mentorhub.availability.api import FreeSlotsOut
from mentorhub.availability.services import offer
from mentorhub.lib.errors import DomainError
from mentorhub.network.services import get_contact_for_user
from mentorhub.profiles.services import get_profile_for_user

from . import services

router = Router(tags=["interviews"])

ERRORS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


class ReferralOut(Schema):
    contact_id: int
    name: str
    note: str


class PrepOut(Schema):
    known_for: str
    research_notes: list[str]
    role: str
    headline: str
    questions: list[str]
    prep_notes: str = Field(description="Your own questions")


class InterviewSummaryOut(Schema):
    id: int
    requester_id: int
    interviewee_id: int
    role: Literal["asked", "asked_of_you"]
    topic: str
    status: Literal["requested", "scheduled", "declined", "cancelled"]
    proposed_times: list[datetime]
    duration_minutes: int
    starts_at: datetime | None
    ends_at: datetime | None
    video_link: str
    follow_up_by: datetime | None = Field(description="Thank them by then (after it, for the person who asked)")
    followed_up: bool
    stay_in_touch: bool


class InterviewOut(InterviewSummaryOut):
    prep: PrepOut | None = Field(description="The prep sheet: only for the person who asked")
    referrals: list[ReferralOut] = Field(description="Only for the person who asked")


def summary(interview, user) -> dict:
    asked = interview.requester_id == user.pk
    return {
        "id": interview.pk,
        "requester_id": interview.requester_id,
        "interviewee_id": interview.interviewee_id,
        "role": "asked" if asked else "asked_of_you",
        "topic": interview.topic,
        "status": interview.status,
        "proposed_times": interview.proposed(),
        "duration_minutes": interview.duration_minutes,
        "starts_at": interview.starts_at,
        "ends_at": interview.ends_at,
        "video_link": interview.video_link,
        "follow_up_by": interview.follow_up_by if asked else None,
        "followed_up": interview.followed_up_at is not None,
        "stay_in_touch": interview.stay_in_touch if asked else False,
    }


def out(interview, user) -> dict:
    """With the prep sheet and referrals, which only the person who asked gets."""
    asked = interview.requester_id == user.pk
    prep = services.prep_sheet(interview, user)
    return {
        **summary(interview, user),
        "prep": {**prep, "prep_notes": interview.prep_notes} if prep else None,
        "referrals": [
            {"contact_id": r.contact_id, "name": r.contact.name, "note": r.note}
            for r in (interview.referrals.select_related("contact") if asked else [])
        ],
    }


class InterviewIn(Schema):
    contact_id: int | None = Field(None, description="One of your contacts on Mentorship Hub")
    profile_id: int | None = Field(None, description="Or a mentor's profile from the directory")
    subject: str = Field(max_length=200)
    body: str = Field(max_length=5000, description="Checked by the outreach coach and sent on Mentorship Hub")
    proposed_times: list[AwareDatetime] = Field([], max_length=settings.INTERVIEW_PROPOSED_TIMES_MAX)
    starts_at: AwareDatetime | None = Field(None, description="Or one of their free slots (interview-slots)")


class TimeIn(Schema):
    starts_at: AwareDatetime


class PrepIn(Schema):
    prep_notes: str = Field(max_length=4000)


class ReferralIn(Schema):
    name: str = Field(min_length=1, max_length=120)
    organisation: str = Field("", max_length=120)
    email: str = Field("", max_length=254)
    note: str = Field("", max_length=300)


@router.get(
    "/interviews", response=list[InterviewSummaryOut], summary="Informational interviews you asked for or were asked"
)
def list_interviews(request):
    return [summary(i, request.user) for i in services.interviews_of(request.user)]


@router.get(
    "/network/contacts/{int:contact_id}/interview-slots",
    response={200: FreeSlotsOut, **ERRORS},
    summary="A contact's free 20-minute slots, to book an informational interview",
)
def interview_slots(request, contact_id: int):
    contact = get_contact_for_user(request.user, contact_id)
    if contact.person is None:
        raise DomainError(gettext("{name} is not on Mentorship Hub.").format(name=contact.name), "not_on_platform")
    return offer(contact.person, request.user, settings.INTERVIEW_MINUTES)


@router.post("/interviews", response={201: InterviewOut, **ERRORS}, summary="Ask for an informational interview")
def create_interview(request, payload: InterviewIn):
    if (payload.contact_id is None) == (payload.profile_id is None):
        raise DomainError(gettext("Give a contact_id or a mentor's profile_id, not both."), field="contact_id")
    if payload.contact_id is not None:
        contact = get_contact_for_user(request.user, payload.contact_id)
    else:
        profile = get_profile_for_user(request.user, payload.profile_id)
        contact = services.contact_for_mentor(request.user, profile.user)
    interview = services.request_interview(
        request.user,
        contact,
        subject=payload.subject,
        body=payload.body,
        proposed_times=payload.proposed_times,
        starts_at=payload.starts_at,
    )
    return 201, out(interview, request.user)


@router.get("/interviews/{int:interview_id}", response={200: InterviewOut, 404: ErrorOut})
def get_interview(request, interview_id: int):
    return out(services.get_interview_for_user(request.user, interview_id), request.user)


@router.post("/interviews/{int:interview_id}/accept", response={200: InterviewOut, **ERRORS})
def accept(request, interview_id: int, payload: TimeIn):
    interview = services.get_interview_for_user(request.user, interview_id)
    return out(services.accept_time(interview, request.user, payload.starts_at), request.user)


@router.post("/interviews/{int:interview_id}/decline", response={200: InterviewOut, **ERRORS})
def decline(request, interview_id: int):
    interview = services.get_interview_for_user(request.user, interview_id)
    return out(services.decline(interview, request.user), request.user)


@router.post("/interviews/{int:interview_id}/cancel", response={200: InterviewOut, **ERRORS})
def cancel(request, interview_id: int):
    interview = services.get_interview_for_user(request.user, interview_id)
    return out(services.cancel(interview, request.user), request.user)


@router.put("/interviews/{int:interview_id}/prep", response={200: InterviewOut, **ERRORS}, summary="Your questions")
def put_prep(request, interview_id: int, payload: PrepIn):
    interview = services.get_interview_for_user(request.user, interview_id)
    return out(services.update_prep(interview, request.user, payload.prep_notes), request.user)


@router.post("/interviews/{int:interview_id}/thanked", response={200: InterviewOut, **ERRORS})
def thanked(request, interview_id: int):
    interview = services.get_interview_for_user(request.user, interview_id)
    return out(services.mark_followed_up(interview, request.user), request.user)


@router.post(
    "/interviews/{int:interview_id}/referrals",
    response={201: ReferralOut, **ERRORS},
    summary="Someone they suggested you talk to: a new contact introduced by them",
)
def referral(request, interview_id: int, payload: ReferralIn):
    interview = services.get_interview_for_user(request.user, interview_id)
    found = services.log_referral(interview, request.user, **payload.model_dump())
    return 201, {"contact_id": found.contact_id, "name": found.contact.name, "note": found.note}


@router.post("/interviews/{int:interview_id}/stay-in-touch", response={200: InterviewOut, **ERRORS})
def stay_in_touch(request, interview_id: int):
    interview = services.get_interview_for_user(request.user, interview_id)
    return out(services.keep_in_touch(interview, request.user), request.user)
