"""Conversations in the API: the pages' rules and their one door. Only the two people in a conversation reach it;
anyone else gets 404, as for one that does not exist."""

from datetime import datetime
from typing import Literal

from django.conf import settings
from ninja import Field, Query, Router, Schema

from mentorhub.api.schemas import ErrorOut

from . import services

router = Router(tags=["conversations"])

READ_ERRORS = {404: ErrorOut}
WRITE_ERRORS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}
MAX_LISTED = 500


class AttachmentOut(Schema):
    id: int
    name: str
    content_type: str
    size: int
    url: str

    @staticmethod
    def resolve_url(attachment):
        return settings.SITE_URL + attachment.get_absolute_url()


class MessageOut(Schema):
    id: int
    conversation_id: int
    author_id: int | None = Field(description="None once the author's account is erased")
    body: str = Field(description="Markdown as written; empty once deleted")
    html: str = Field(description="The body rendered and sanitised, as the pages show it")
    source: Literal["app", "email", "system"]
    created_at: datetime
    edited_at: datetime | None
    deleted_at: datetime | None
    attachments: list[AttachmentOut]

    @staticmethod
    def resolve_html(message):
        return "" if message.is_deleted else message.html()

    @staticmethod
    def resolve_attachments(message):
        return list(message.attachments.all())


class MessageIn(Schema):
    body: str = Field(max_length=settings.CONVERSATION_MESSAGE_MAX_CHARS, description="Markdown")


class ConversationOut(Schema):
    id: int
    kind: Literal["relationship", "request", "direct"]
    relationship_id: int | None
    request_id: int | None
    other_person_id: int | None
    other_person_name: str | None
    last_message_at: datetime | None
    unread: int


class ReadOut(Schema):
    unread: int = Field(description="Messages still unread in this conversation")


def messages_of(conversation, after: int):
    found = conversation.messages.filter(pk__gt=after).select_related("conversation").prefetch_related("attachments")
    return list(found.order_by("-pk")[:MAX_LISTED])[::-1]


AFTER = Query(0, ge=0, description="Only messages with a larger id: what an open client has not seen yet")


@router.get(
    "/relationships/{int:relationship_id}/messages",
    response={200: list[MessageOut], **READ_ERRORS},
    summary="Messages with the other person in a relationship, oldest first (the latest 500)",
)
def relationship_messages(request, relationship_id: int, after: int = AFTER):
    return messages_of(services.conversation_for_relationship(request.user, relationship_id), after)


@router.post(
    "/relationships/{int:relationship_id}/messages", response={201: MessageOut, **WRITE_ERRORS}, summary="Write"
)
def post_relationship_message(request, relationship_id: int, payload: MessageIn):
    conversation = services.conversation_for_relationship(request.user, relationship_id)
    return 201, services.post_message(request.user, conversation, payload.body)


@router.get(
    "/requests/{int:request_id}/messages",
    response={200: list[MessageOut], **READ_ERRORS},
    summary="Messages about a mentorship request (its question, answer and referral included), oldest first",
)
def request_messages(request, request_id: int, after: int = AFTER):
    return messages_of(services.conversation_for_request(request.user, request_id), after)


@router.post("/requests/{int:request_id}/messages", response={201: MessageOut, **WRITE_ERRORS}, summary="Write")
def post_request_message(request, request_id: int, payload: MessageIn):
    conversation = services.conversation_for_request(request.user, request_id)
    return 201, services.post_message(request.user, conversation, payload.body)


@router.patch(
    "/messages/{int:conversation_message_id}",
    response={200: MessageOut, **WRITE_ERRORS},
    summary="Edit your message (within CONVERSATION_EDIT_MINUTES of sending)",
)
def edit_message(request, conversation_message_id: int, payload: MessageIn):
    message = services.get_message_for_user(request.user, conversation_message_id)
    return services.edit_message(request.user, message, payload.body)


@router.delete(
    "/messages/{int:conversation_message_id}",
    response={200: MessageOut, **WRITE_ERRORS},
    summary="Delete your message: both people then see “message deleted”",
)
def delete_message(request, conversation_message_id: int):
    message = services.get_message_for_user(request.user, conversation_message_id)
    return services.delete_message(request.user, message)


@router.post(
    "/messages/{int:conversation_message_id}/read",
    response={200: ReadOut, **READ_ERRORS},
    summary="Mark the conversation read up to this message",
)
def mark_read(request, conversation_message_id: int):
    message = services.get_message_for_user(request.user, conversation_message_id)
    services.mark_read(request.user, message.conversation, message)
    return {"unread": services.unread_messages(request.user).filter(conversation=message.conversation).count()}


class AcceptedOut(Schema):
    relationship_id: int
    mentee_id: int
    mentor_id: int


@router.post(
    "/conversations/{int:conversation_id}/accept",
    response={201: AcceptedOut, **WRITE_ERRORS},
    summary="Accept an outreach written to you as a mentoring request: the writer becomes your mentee",
)
def accept_outreach(request, conversation_id: int):
    conversation = services.get_conversation_for_user(request.user, conversation_id)
    relationship = services.accept_outreach(request.user, conversation)
    return 201, {
        "relationship_id": relationship.pk,
        "mentee_id": relationship.mentee_id,
        "mentor_id": relationship.mentor_id,
    }


@router.get("/conversations", response=list[ConversationOut], summary="Your conversations, newest first")
def list_conversations(request):
    return [
        {
            "id": conversation.pk,
            "kind": conversation.kind,
            "relationship_id": conversation.relationship_id,
            "request_id": conversation.request_id,
            "other_person_id": conversation.other_id,
            "other_person_name": conversation.other_name,
            "last_message_at": conversation.last_message_at,
            "unread": conversation.unread,
        }
        for conversation in services.listed(request.user)
    ]
