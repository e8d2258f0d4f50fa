from datetime import UTC, datetime
from typing import Literal

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import URLValidator, validate_email
from django.utils import timezone
from ninja import Field, File, Router, Schema, UploadedFile
from ninja.errors import ValidationError

from mentorhub.api.schemas import ErrorOut, PatchSchema
from mentorhub.coach.outreach import assess_message
from mentorhub.goals.models import Goal, SkillGap
from mentorhub.lib import csvfile
from mentorhub.lib.time import zone_of
from mentorhub.profiles.models import Profile

from . import services
from .models import Contact, Encounter, OutreachMessage
from .outreach_templates import TEMPLATES

router = Router(tags=["network"])

Stage = Literal["identified", "researched", "contacted", "conversation", "mentoring", "not_now", "declined"]
HowKnown = Literal[
    "colleague",
    "supervisor",
    "senior_colleague",
    "alumni",
    "association",
    "event",
    "online",
    "introduction",
    "other",
]
TemplateKey = Literal[
    "informational",
    "event_follow_up",
    "introduction",
    "thank_you",
    "second_meeting",
    "reconfirm",
    "referral",
    "decline_reply",
    "follow_up",
    "own",
]
Channel = Literal["copy", "email", "platform"]
Response = Literal["none", "positive", "declined"]
WRITE_ERRORS = {404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


def invalid(field: str, message: str):
    """Fail like a schema error, so the API answers 422 with the field's name in `errors`."""
    raise ValidationError([{"loc": (field,), "msg": message}])


def aware(value: datetime | None, person) -> datetime | None:
    """A time without an offset is the person's local time; answers always come back in UTC."""
    if value is None:
        return None
    if timezone.is_naive(value):
        value = timezone.make_aware(value, zone_of(person))
    return value.astimezone(UTC)


# --- Schemas ----------------------------------------------------------------------------------------------


class ContactFields(Schema):
    email: str = Field("", max_length=254)
    organisation: str = Field("", max_length=120)
    role: str = Field("", max_length=120)
    how_known: HowKnown = "other"
    introduced_by: str = Field("", max_length=120)
    known_for: str = Field("", max_length=300)
    research_notes: str = Field("", max_length=4000)
    links: list[str] = []
    goal_ids: list[int] = Field([], description="Ids of your goals they could help with")
    skill_gap_ids: list[int] = Field([], description="Ids of your skill gaps they could help with")
    values_fit: str = Field("", max_length=300)
    stage: Stage = "identified"


class ContactIn(ContactFields):
    name: str = Field(min_length=1, max_length=120, examples=["Sofia Almeida"])


class ContactPatch(PatchSchema):
    name: str = Field(None, min_length=1, max_length=120)
    email: str = Field(None, max_length=254)
    organisation: str = Field(None, max_length=120)
    role: str = Field(None, max_length=120)
    how_known: HowKnown = None
    introduced_by: str = Field(None, max_length=120)
    known_for: str = Field(None, max_length=300)
    research_notes: str = Field(None, max_length=4000)
    links: list[str] = None
    goal_ids: list[int] = Field(None, description="[] to clear")
    skill_gap_ids: list[int] = Field(None, description="[] to clear")
    values_fit: str = Field(None, max_length=300)
    stage: Stage = None


class ContactOut(ContactIn):
    id: int
    person_id: int | None = Field(description="Their account, when they are on Mentorship Hub")
    profile_url: str | None
    connected_on: str | None
    stage_changed_at: datetime
    created_at: datetime

    # A list reads these for all its contacts at once (services.for_listing); a single contact reads its own.
    @staticmethod
    def resolve_goal_ids(obj):
        return obj.goal_ids if hasattr(obj, "goal_ids") else [g.pk for g in obj.goals.all()]

    @staticmethod
    def resolve_skill_gap_ids(obj):
        return obj.skill_gap_ids if hasattr(obj, "skill_gap_ids") else [g.pk for g in obj.skill_gaps.all()]

    @staticmethod
    def resolve_profile_url(obj):
        if not obj.person_id:
            return None
        return (
            Profile(pk=obj.profile_pk).get_absolute_url()
            if hasattr(obj, "profile_pk")
            else obj.person.profile.get_absolute_url()
        )

    @staticmethod
    def resolve_connected_on(obj):
        return obj.connected_on.isoformat() if obj.connected_on else None


class StageIn(Schema):
    stage: Stage


class NewContactIn(Schema):
    name: str = Field(min_length=1, max_length=120)
    organisation: str = Field("", max_length=120)
    email: str = Field("", max_length=254)


class EncounterIn(Schema):
    contact_id: int | None = Field(None, description="The contact you met; or give new_contact")
    new_contact: NewContactIn | None = None
    where: str = Field(min_length=1, max_length=200, examples=["ProductCamp Lisbon"])
    met_at: datetime
    notes: str = Field("", max_length=2000)


class EncounterOut(Schema):
    id: int
    contact_id: int
    where: str
    met_at: datetime
    notes: str
    follow_up_due_at: datetime
    followed_up_at: datetime | None


class MessageIn(Schema):
    contact_id: int
    template: TemplateKey = "own"
    channel: Channel
    subject: str = Field("", max_length=200)
    body: str = Field(max_length=5000)
    sent_at: datetime | None = Field(None, description="When you sent it; now if left out")


class MessageOut(Schema):
    id: int
    contact_id: int
    template: str
    channel: str
    subject: str
    body: str
    sent_at: datetime
    coach: dict
    coach_passed: bool
    follow_up_of_id: int | None
    response: str
    responded_at: datetime | None
    response_time_hours: float | None

    @staticmethod
    def resolve_response_time_hours(obj):
        return round(obj.response_time.total_seconds() / 3600, 1) if obj.response_time else None


class ResponseIn(Schema):
    response: Response
    responded_at: datetime | None = Field(None, description="When they replied; now if left out")


class InboxOut(Schema):
    id: int
    sender_name: str
    sender_profile_url: str
    subject: str
    body: str
    sent_at: datetime

    @staticmethod
    def resolve_sender_name(obj):
        return obj.owner.get_full_name()

    @staticmethod
    def resolve_sender_profile_url(obj):
        return obj.owner.profile.get_absolute_url()


class DraftOut(Schema):
    template: str
    subject: str
    body: str
    review: dict


class ImportRowOut(Schema):
    line: int
    status: Literal["new", "duplicate", "error"]
    values: dict
    errors: list[dict]
    duplicate_of: str


class ImportPreviewOut(Schema):
    new: int
    duplicates: int
    errors: int
    rows: list[ImportRowOut]


class ImportResultOut(Schema):
    created: int
    updated: int = Field(description="Contacts already there that the file gave missing details (email, role...).")
    unchanged: int = Field(description="Rows already in your contacts with nothing to add.")


class OutreachCoachIn(Schema):
    text: str = Field(
        max_length=5000, examples=["Hi Ana, I loved your talk on pricing. Could we have a 20-minute call?"]
    )
    recipient_name: str | None = Field(None, max_length=120)
    research_notes: str | None = Field(None, max_length=4000)
    purpose: Literal["outreach", "request", "offer"] = Field(
        "outreach",
        description="What the message is for: a first outreach, a mentorship request or an offer to mentor. In a "
        "request or an offer, asking for (or offering) mentoring is the point, so it is the clear ask and never a "
        "premature one.",
    )


class OutreachVerdict(Schema):
    personalization: bool
    clear_ask: bool
    flexibility: bool
    gratitude: bool
    premature_ask: bool
    word_count: int
    too_long: bool
    hints: list[str]
    problems: list[str]
    placeholders: list[str] = []
    unsure: list[str] = []
    confident: bool
    purpose: str = "outreach"


# --- Coach ------------------------------------------------------------------------------------------------


@router.post(
    "/coach/outreach", response=OutreachVerdict, auth=None, tags=["coach"], summary="Check a first message to a mentor"
)
def coach_outreach(request, payload: OutreachCoachIn):
    """Stateless and free of personal data, so it needs no login: the same coach the composer uses."""
    verdict = assess_message(payload.text, payload.recipient_name, payload.research_notes, payload.purpose)
    return {**verdict.to_dict(), "purpose": payload.purpose}


# --- Contacts ---------------------------------------------------------------------------------------------


def contact_data(person, payload: dict) -> tuple[dict, list | None, list | None]:
    """Check what a schema cannot (email, links, ids of your own goals) and split off the related ids."""
    if payload.get("email"):
        try:
            validate_email(payload["email"].strip())
        except DjangoValidationError:
            invalid("email", "Enter a valid email address.")
    for link in payload.get("links") or []:
        try:
            URLValidator(schemes=["http", "https"])(link)
        except DjangoValidationError:
            invalid("links", f"“{link}” is not a web address.")
    goals = gaps = None
    if (goal_ids := payload.pop("goal_ids", None)) is not None:
        goals = list(Goal.objects.filter(owner=person, pk__in=goal_ids))
        if len(goals) != len(set(goal_ids)):
            invalid("goal_ids", "Use ids of your own goals.")
    if (gap_ids := payload.pop("skill_gap_ids", None)) is not None:
        gaps = list(SkillGap.objects.filter(person=person, pk__in=gap_ids))
        if len(gaps) != len(set(gap_ids)):
            invalid("skill_gap_ids", "Use ids of your own skill gaps.")
    return payload, goals, gaps


@router.get("/network/contacts", response=list[ContactOut], summary="Your contacts, filtered")
def list_contacts(request, stage: Stage | None = None, how_known: HowKnown | None = None, q: str = ""):
    contacts = services.filter_contacts(
        Contact.objects.visible_to(request.user), stage=stage or "", how_known=how_known or "", q=q
    )
    return services.for_listing(contacts)


@router.post("/network/contacts", response={201: ContactOut, **WRITE_ERRORS}, summary="Add a contact")
def create_contact(request, payload: ContactIn):
    data, goals, gaps = contact_data(request.user, payload.model_dump())
    return 201, services.save_contact(request.user, None, data, goals=goals, skill_gaps=gaps)


@router.get("/network/contacts/{int:contact_id}", response={200: ContactOut, 404: ErrorOut})
def get_contact(request, contact_id: int):
    return services.get_contact_for_user(request.user, contact_id)


@router.patch("/network/contacts/{int:contact_id}", response={200: ContactOut, **WRITE_ERRORS})
def update_contact(request, contact_id: int, payload: ContactPatch):
    contact = services.get_contact_for_user(request.user, contact_id)
    data = payload.model_dump(exclude_unset=True)
    data, goals, gaps = contact_data(request.user, data)
    return services.save_contact(request.user, contact, data, goals=goals, skill_gaps=gaps)


@router.delete("/network/contacts/{int:contact_id}", response={204: None, 404: ErrorOut})
def delete_contact(request, contact_id: int):
    services.get_contact_for_user(request.user, contact_id).delete()
    return 204, None


@router.post("/network/contacts/{int:contact_id}/stage", response={200: ContactOut, **WRITE_ERRORS})
def change_stage(request, contact_id: int, payload: StageIn):
    return services.move_contact(services.get_contact_for_user(request.user, contact_id), payload.stage)


@router.get(
    "/network/contacts/{int:contact_id}/draft",
    response={200: DraftOut, 404: ErrorOut},
    summary="A message drafted from a Template, with the coach's verdict",
)
def get_draft(request, contact_id: int, template: TemplateKey | None = None):
    contact = services.get_contact_for_user(request.user, contact_id)
    key = template or services.suggested_template(contact)
    subject, body = services.draft(contact, key)
    return {"template": key, "subject": subject, "body": body, "review": services.review_message(body, key, contact)}


# --- Encounters -------------------------------------------------------------------------------------------


@router.get("/network/encounters", response=list[EncounterOut], summary="Where you met people")
def list_encounters(request, followed_up: bool | None = None):
    encounters = Encounter.objects.visible_to(request.user)
    if followed_up is not None:
        encounters = encounters.filter(followed_up_at__isnull=not followed_up)
    return list(encounters)


@router.post("/network/encounters", response={201: EncounterOut, **WRITE_ERRORS}, summary="Log an encounter")
def create_encounter(request, payload: EncounterIn):
    person = request.user
    contact = services.get_contact_for_user(person, payload.contact_id) if payload.contact_id else None
    new_contact = None
    if payload.new_contact is not None:
        new_contact, _, _ = contact_data(person, payload.new_contact.model_dump())
    encounter = services.log_encounter(
        person,
        where=payload.where,
        met_at=aware(payload.met_at, person),
        notes=payload.notes,
        contact=contact,
        new_contact=new_contact,
    )
    return 201, encounter


@router.post("/network/encounters/{int:encounter_id}/done", response={200: EncounterOut, 404: ErrorOut})
def complete_encounter(request, encounter_id: int):
    return services.complete_encounter(services.get_encounter_for_user(request.user, encounter_id))


# --- Messages ---------------------------------------------------------------------------------------------


@router.get("/network/messages", response=list[MessageOut], summary="Messages you sent, newest first")
def list_messages(request, contact_id: int | None = None):
    messages = OutreachMessage.objects.visible_to(request.user)
    if contact_id is not None:
        messages = messages.filter(contact=services.get_contact_for_user(request.user, contact_id))
    return list(messages)


@router.get("/network/messages/inbox", response=list[InboxOut], summary="Messages sent to you on Mentorship Hub")
def inbox(request):
    return list(OutreachMessage.objects.to(request.user).select_related("owner__profile"))


@router.post(
    "/network/messages",
    response={201: MessageOut, **WRITE_ERRORS},
    summary="Log a message as sent (and deliver it, with channel `platform`)",
)
def create_message(request, payload: MessageIn):
    person = request.user
    contact = services.get_contact_for_user(person, payload.contact_id)
    message = services.send_message(
        person,
        contact,
        template=payload.template,
        channel=payload.channel,
        subject=payload.subject,
        body=payload.body,
        sent_at=aware(payload.sent_at, person),
    )
    return 201, message


@router.post("/network/messages/{int:message_id}/response", response={200: MessageOut, **WRITE_ERRORS})
def record_response(request, message_id: int, payload: ResponseIn):
    message = services.get_message_for_user(request.user, message_id)
    return services.record_response(message, payload.response, aware(payload.responded_at, request.user))


@router.get("/network/templates", summary="The message Templates, with when to use each")
def list_templates(request):
    return [
        {
            "key": t.key,
            "label": str(t.label),
            "when": str(t.when),
            "expects_reply": t.expects_reply,
            "checks": list(t.checks),
        }
        for t in TEMPLATES.values()
    ]


@router.get("/network/stats", summary="Response rate by Template and by whether the coach's checks passed")
def stats(request):
    return services.response_stats(request.user)


# --- CSV import -------------------------------------------------------------------------------------------


def read_rows(request, file):
    return services.preview_import(request.user, csvfile.read_upload(file))


@router.post(
    "/network/import/preview",
    response={200: ImportPreviewOut, 422: ErrorOut},
    summary="Check a CSV of contacts: every row with its errors and duplicates; nothing is saved",
)
def import_preview(request, file: File[UploadedFile]):
    rows = read_rows(request, file)
    count = {s: sum(r.status == s for r in rows) for s in ("new", "duplicate", "error")}
    return {
        "new": count["new"],
        "duplicates": count["duplicate"],
        "errors": count["error"],
        "rows": [r.as_dict() for r in rows],
    }


@router.post(
    "/network/import",
    response={201: ImportResultOut, 422: ErrorOut},
    summary="Import a CSV of contacts, all or nothing: any row with an error and nothing is imported",
)
def import_commit(request, file: File[UploadedFile]):
    rows = read_rows(request, file)
    bad = [r for r in rows if r.errors]
    if bad:
        errors = [{"field": f"line {r.line}.{f}", "message": m} for r in bad for f, m in r.errors]
        return 422, {"detail": f"Nothing was imported: {len(bad)} rows have errors.", "errors": errors}
    result = services.commit_import(request.user, [r.as_dict() for r in rows])
    return 201, result
