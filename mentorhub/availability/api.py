"""Availability and booking in the API. Times are ISO 8601 with an offset (UTC out); weekly hours are "HH:MM"
on the person's own clock (their profile timezone)."""

from datetime import datetime

from django.conf import settings
from django.db import transaction
from ninja import Field, Query, Router, Schema
from pydantic import AwareDatetime

from mentorhub.api.schemas import ErrorOut
from mentorhub.lib.time import zone_of
from mentorhub.meetings.api import DetailsIn, MeetingOut
from mentorhub.relationships.services.access import get_relationship_for_user

from . import caldav_sync, services

router = Router(tags=["availability"])

RULE_ERRORS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}
DURATION = Query(settings.MEETING_MINUTES_DEFAULT, ge=settings.MEETING_MINUTES_MIN, le=settings.MEETING_MINUTES_MAX)


class HoursRange(Schema):
    weekday: int = Field(ge=0, le=6, description="0 = Monday … 6 = Sunday")
    start: str = Field(pattern=r"^\d{2}:\d{2}$", examples=["09:00"])
    end: str = Field(pattern=r"^\d{2}:\d{2}$", examples=["12:30"], description='"00:00" is midnight')


class AvailabilityIO(Schema):
    weekly_hours: list[HoursRange] = Field(max_length=7 * settings.AVAILABILITY_RANGES_PER_DAY)
    buffer_before_minutes: int = Field(0, ge=0, le=settings.AVAILABILITY_BUFFER_MAX_MINUTES)
    buffer_after_minutes: int = Field(0, ge=0, le=settings.AVAILABILITY_BUFFER_MAX_MINUTES)
    weekly_max: int | None = Field(None, ge=1, le=settings.AVAILABILITY_WEEKLY_MAX_LIMIT)
    video_link: str = Field("", max_length=500, description="Your usual video-call room for new meetings")
    busy_calendar_url: str = Field(
        "", max_length=1000, description="A private iCalendar address of your calendar; its busy times are not free"
    )


class CalendarIn(Schema):
    url: str = Field(max_length=1000, description="The CalDAV address of one of your calendars")
    username: str = Field(max_length=200)
    password: str = Field("", max_length=500, description="An app password; empty keeps the one we have")


class CalendarOut(Schema):
    url: str
    username: str
    synced_at: datetime | None = Field(description="When it was last synced")
    sync_error: str = Field(description="Why the last sync failed, if it did")


class DisconnectedOut(Schema):
    removed_from_calendar: bool = Field(description="Whether our meetings were taken out of it (it answered)")


class AvailabilityOut(AvailabilityIO):
    timezone: str = Field(description="The profile timezone the weekly hours are read in")
    busy_checked_at: datetime | None = Field(description="When your calendar was last read")
    busy_error: str = Field(description="Why the last reading failed, if it did")
    caldav: CalendarOut | None = Field(description="Your connected CalDAV calendar, if any")

    @staticmethod
    def resolve_caldav(obj):
        return caldav_sync.connection_of(obj.person)

    @staticmethod
    def resolve_timezone(obj):
        return zone_of(obj.person).key

    @staticmethod
    def resolve_video_link(obj):
        return obj.person.profile.video_link


class FreeSlotOut(Schema):
    starts_at: datetime
    ends_at: datetime
    for_you: str = Field(description="The start on your own clock")
    for_them: str = Field(description="The start on the other person's clock")


class FreeSlotsOut(Schema):
    duration_minutes: int
    your_timezone: str
    their_timezone: str
    slots: list[FreeSlotOut]


class BookingIn(DetailsIn):
    starts_at: AwareDatetime = Field(description="One of the starts from free-slots")


@router.get("/availability/me", response=AvailabilityOut, summary="Your weekly hours, buffers and weekly maximum")
def get_availability(request):
    return services.availability_of(request.user)


@router.put("/availability/me", response={200: AvailabilityOut, 422: ErrorOut}, summary="Replace your availability")
def put_availability(request, payload: AvailabilityIO):
    data = payload.model_dump()
    hours = [(r["weekday"], r["start"], r["end"]) for r in data.pop("weekly_hours")]
    url = data.pop("busy_calendar_url")
    busy_times = services.read_busy_calendar(request.user, url)
    with transaction.atomic():
        services.set_availability(request.user, weekly_hours=hours, **data)
        return services.save_busy_calendar(request.user, url, busy_times)


@router.get(
    "/relationships/{int:relationship_id}/free-slots",
    response={200: FreeSlotsOut, **RULE_ERRORS},
    summary="The other person's free slots, to book one",
)
def free_slots(request, relationship_id: int, duration_minutes: int = DURATION):
    relationship = get_relationship_for_user(request.user, relationship_id)
    return services.slots_to_book(relationship, request.user, duration_minutes)


@router.post(
    "/relationships/{int:relationship_id}/bookings",
    response={201: MeetingOut, **RULE_ERRORS},
    summary="Book one of the other person's free slots: a scheduled meeting",
)
def book(request, relationship_id: int, payload: BookingIn):
    relationship = get_relationship_for_user(request.user, relationship_id)
    data = payload.model_dump()
    return 201, services.book(relationship, request.user, data.pop("starts_at"), data.pop("duration_minutes"), **data)


@router.put(
    "/availability/me/caldav",
    response={200: CalendarOut, 422: ErrorOut},
    summary="Connect your CalDAV calendar: your meetings appear in it, its busy times leave your free slots",
)
def connect_calendar(request, payload: CalendarIn):
    return caldav_sync.connect(request.user, payload.url, payload.username, payload.password)


@router.delete("/availability/me/caldav", response=DisconnectedOut, summary="Disconnect your CalDAV calendar")
def disconnect_calendar(request):
    return {"removed_from_calendar": caldav_sync.disconnect(request.user)}
