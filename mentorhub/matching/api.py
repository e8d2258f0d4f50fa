from typing import Literal

from django.urls import reverse
from ninja import Field, Query, Router, Schema

from . import services
from .forms import split_skills

router = Router(tags=["mentors"])

Format = Literal["video", "phone", "in_person"]


class MatchOut(Schema):
    profile_id: int
    name: str
    headline: str
    photo_url: str | None
    score: int = Field(description="MatchScore 0-100 (docs/matching.md); 0 when not eligible")
    eligible: bool = Field(description="False when you share no language: listed last, never suggested")
    reasons: list[str] = Field(description="Why, strongest first, in words a person understands")
    components: dict[str, float] = Field(description="Each part of the score, 0-1")
    profile_url: str


class MentorMatchOut(MatchOut):
    mentor_id: int = Field(description="The mentor's person (user) id")
    ask_url: str


class MenteeMatchOut(MatchOut):
    mentee_id: int = Field(description="The mentee's person (user) id")
    offer_url: str


class MentorPage(Schema):
    count: int
    page: int
    pages: int
    items: list[MentorMatchOut]


class DirectoryFilters(Schema):
    q: str = Field("", max_length=200, description="Words to find in name, headline, bio or skills")
    skill: list[str] = Field([], description="Skills the mentor must offer; repeat it or separate with commas")
    industry: str = Field("", max_length=80)
    language: str = Field("", max_length=60, description="A language the mentor speaks")
    format: Format | None = Field(None, description="A meeting format the mentor offers")
    max_hours_apart: float | None = Field(None, ge=0, le=12, description="At most this many hours from you")
    program: int | None = Field(None, description="Only people in this program (one of yours)")
    sort: Literal["score", "name"] = "score"
    peers: bool = Field(False, description="Only people who both mentor and seek mentors")
    page: int = Field(1, ge=1)


def match_out(item: dict) -> dict:
    profile = item["profile"]
    return {
        "profile_id": profile.pk,
        "name": profile.name,
        "headline": profile.headline,
        "photo_url": profile.photo.url if profile.photo else None,
        "score": item["score"],
        "eligible": item["eligible"],
        "reasons": item["reasons"],
        "components": item["components"],
        "profile_url": profile.get_absolute_url(),
    }


def mentor_out(item: dict) -> dict:
    profile = item["profile"]
    ask = reverse("relationships:new_request", args=[profile.pk])
    return {**match_out(item), "mentor_id": profile.user_id, "ask_url": ask}


def mentee_out(item: dict) -> dict:
    profile = item["profile"]
    offer = reverse("relationships:new_request", args=[profile.pk]) + "?as=mentor"
    return {**match_out(item), "mentee_id": profile.user_id, "offer_url": offer}


@router.get("/mentors", response=MentorPage, summary="Search the mentor directory, best match first")
def search_mentors(request, filters: Query[DirectoryFilters]):
    query = services.DirectoryQuery(
        q=filters.q,
        skills=split_skills(filters.skill),
        industry=filters.industry,
        language=filters.language,
        meeting_format=filters.format or "",
        max_hours_apart=filters.max_hours_apart,
        program=filters.program,
        sort=filters.sort,
        peers=filters.peers,
        page=filters.page,
    )
    page = services.search_mentors(request.user, query)
    return {
        "count": page.count,
        "page": page.page,
        "pages": page.pages,
        "items": [mentor_out(item) for item in page.items],
    }


@router.get("/mentors/suggestions", response=list[MentorMatchOut], summary="Your best mentor matches")
def mentor_suggestions(request, limit: int = Query(10, ge=1, le=50)):
    return [mentor_out(item) for item in services.suggestions_for(request.user, limit=limit)]


@router.get(
    "/mentors/suggested-mentees",
    response=list[MenteeMatchOut],
    summary="Mentees seeking mentors who fit you best (empty when you are not mentoring or have no room)",
)
def suggested_mentees(request, limit: int = Query(20, ge=1, le=50)):
    return [mentee_out(item) for item in services.suggested_mentees(request.user, limit=limit).items]
