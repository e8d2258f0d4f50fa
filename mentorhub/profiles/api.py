from typing import Literal

from django.conf import settings
from ninja import Field, Query, Router, Schema
from pydantic import HttpUrl, field_validator

from mentorhub.api.pagination import cursor_for, position_of
from mentorhub.api.schemas import ErrorOut, PatchSchema
from mentorhub.lib.time import zone_names

from . import search
from .availability import set_accepting
from .models import Profile
from .services import get_profile_for_user

router = Router(tags=["people"])

# People search pages by (name, id): its cursors are signed apart from the lists that page by id.
CURSOR_KIND = ":people"

Level = Literal["beginner", "intermediate", "advanced", "expert"]
Format = Literal["video", "phone", "in_person"]
Channel = Literal["email", "chat", "video", "phone"]
Visibility = Literal["everyone", "programs", "hidden"]


class Skill(Schema):
    name: str = Field(min_length=1, max_length=60)
    level: Level = "intermediate"


class ProfileOut(Schema):
    id: int
    name: str
    headline: str
    bio: str
    photo_url: str | None
    initials: str
    current_role: str
    organisation: str
    industry: str
    years_experience: int | None
    location: str
    timezone: str
    languages: list[str]
    skills_offered: list[Skill]
    skills_sought: list[str]
    values: list[str]
    interests: list[str]
    meeting_formats: list[str]
    channels: list[str]
    links: list[str]
    seeking_mentors: bool
    accepting_mentees: bool
    mentor_capacity: int
    visibility: str

    @staticmethod
    def resolve_photo_url(obj):
        return obj.photo.url if obj.photo else None


class ProfileUpdate(PatchSchema):
    """Send only the fields you change."""

    name: str = Field(None, min_length=1, max_length=120)
    headline: str = Field(None, max_length=160)
    bio: str = Field(None, max_length=4000)
    current_role: str = Field(None, max_length=120)
    organisation: str = Field(None, max_length=120)
    industry: str = Field(None, max_length=80)
    years_experience: int | None = Field(None, ge=0, le=70)
    location: str = Field(None, max_length=120)
    timezone: str = Field(None, examples=["Europe/Lisbon"])
    languages: list[str] = Field(None, max_length=20)
    skills_offered: list[Skill] = Field(None, max_length=40)
    skills_sought: list[str] = Field(None, max_length=40)
    values: list[str] = Field(None, max_length=20)
    interests: list[str] = Field(None, max_length=20)
    meeting_formats: list[Format] = None
    channels: list[Channel] = None
    links: list[HttpUrl] = Field(None, max_length=10)
    seeking_mentors: bool = None
    accepting_mentees: bool = None
    mentor_capacity: int = Field(None, ge=0, le=settings.MENTOR_CAPACITY_MAX)
    visibility: Visibility = None

    @field_validator("timezone")
    @classmethod
    def known_timezone(cls, value):
        if value is not None and value not in zone_names():
            raise ValueError("Use an IANA timezone name such as Europe/Lisbon or America/Sao_Paulo.")
        return value


class MeOut(Schema):
    id: int
    email: str
    email_verified: bool
    profile: ProfileOut


class ProfilePage(Schema):
    count: int = Field(description=f"How many profiles match, counted up to {search.COUNT_LIMIT:,}")
    count_is_exact: bool = Field(description="false: at least `count` profiles match")
    items: list[ProfileOut]
    next_cursor: str | None


@router.get("/me", response=MeOut, summary="The person you are authenticated as")
def me(request):
    return request.user


@router.get("/profiles", response={200: ProfilePage, 422: ErrorOut}, summary="Search the profiles you can see")
def search_profiles(
    request,
    q: str = Query("", max_length=200, description="Starts of words in the name, headline, bio or skills"),
    role: Literal["mentor", "mentee", "any"] = "any",
    limit: int = Query(20, ge=1, le=100),
    cursor: str | None = Query(None, max_length=400, description="next_cursor from the previous page"),
):
    profiles = Profile.objects.visible_to(request.user).select_related("user")
    if role == "mentor":
        profiles = profiles.filter(accepting_mentees=True)
    elif role == "mentee":
        profiles = profiles.filter(seeking_mentors=True)
    after = position_of(cursor, CURSOR_KIND) if cursor else None
    found = search.find(profiles, q, after=after, limit=limit)
    last = found.items[-1] if found.items else None
    return {
        "count": found.count,
        "count_is_exact": found.count_is_exact,
        "items": found.items,
        "next_cursor": cursor_for([last.name, last.pk], CURSOR_KIND) if found.more else None,
    }


@router.get("/profiles/me", response=ProfileOut, summary="Your own profile")
def my_profile(request):
    return request.user.profile


@router.patch("/profiles/me", response={200: ProfileOut, 422: ErrorOut}, summary="Update your own profile")
def update_my_profile(request, payload: ProfileUpdate):
    profile = request.user.profile
    changes = payload.model_dump(exclude_unset=True, mode="json")
    accepting = changes.pop("accepting_mentees", None)
    for field, value in changes.items():
        setattr(profile, field, value)
    profile.save()
    if accepting is not None:
        set_accepting(request.user, accepting)
    return profile


@router.get("/profiles/{int:profile_id}", response={200: ProfileOut, 404: ErrorOut}, summary="One profile")
def get_profile(request, profile_id: int):
    return get_profile_for_user(request.user, profile_id)
