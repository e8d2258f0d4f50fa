"""Conversations: the one door to them (`get_conversation_for_user`), posting, editing, deleting and reading
messages, and the notification a new message makes due.

Rules:
- only the two participants read or write a conversation; anyone else, coordinators included, is answered as if
  it did not exist (404), for its messages and attachments too;
- a message is Markdown source of 1 to CONVERSATION_MESSAGE_MAX_CHARS characters, without NUL, with something
  visible left once markup is removed (text.checked); it is rendered and sanitised on display;
- its author may edit it for CONVERSATION_EDIT_MINUTES, and delete it at any time ("message deleted" for both);
- a new message is emailed to the other person through the nudge engine after CONVERSATION_NOTIFY_DELAY_MINUTES,
  unless they read it in the app first; one notification per unread burst, not one per message;
- `post_message` with an `external_id` (an email's Message-ID) posts it once, however often it is delivered;
- a person may block another: no new conversation, message, request or offer from them (requests check it by
  the `blocks_made` relation); and report a message to the program's coordinators (or the site staff outside a
  program), who read a copy of that one message and nothing else;
- a request's conversation opens with the request's message; its question, answer and decline (with the referral)
  are posted into it as they happen (receivers.py), and notified by the request's own rules, not twice;
- the recipient of an outreach (the person who did not write first in a direct conversation) may accept it as a
  mentoring request (the writer the mentee, through the relationships app's own send and accept, every rule
  applying) or decline politely, while the two have no request or relationship of any kind and no decline was sent.
"""

import secrets
from datetime import timedelta
from typing import NamedTuple

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, connection, transaction
from django.db.models import Exists, F, Max, OuterRef, Q
from django.http import Http404
from django.tasks import task
from django.urls import reverse
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext_lazy

from mentorhub.inbound.addresses import reply_address
from mentorhub.integrations.services import emit
from mentorhub.lib.errors import DomainError
from mentorhub.nudges import services as nudges
from mentorhub.profiles.models import Profile
from mentorhub.relationships.models import MentorshipRequest, Relationship
from mentorhub.relationships.services.access import get_relationship_for_user, get_request_for_user
from mentorhub.relationships.services.requests import accept_request, send_request

from . import files, text
from .models import Attachment, Block, Conversation, Message, Participant, Report

NOTIFY_RULE = "message_received"
BIGGEST_ID = 2**63 - 1
REPLY_TOPIC = "conversation"
User = get_user_model()


# The door -----------------------------------------------------------------------------------------------------------


def get_conversation_for_user(user, pk) -> Conversation:
    conversation = Conversation.objects.visible_to(user).filter(pk=pk).first()
    if conversation is None:
        raise Http404("No such conversation")
    return conversation


def has_new_messages(user, pk, after: int) -> bool:
    """Whether conversation `pk` has messages after `after`, asked with the access check in one query: what every
    open tab asks every few seconds. A conversation the person is not in gets the same 404 as one that does not
    exist. In raw SQL because building the same statement with the ORM cost ten times more CPU than running it
    (BENCHMARKS.md, issue 22): each side uses its unique or (conversation, id) index."""
    found = None
    if user.is_authenticated:
        quote = connection.ops.quote_name
        messages, seats = quote(Message._meta.db_table), quote(Participant._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT EXISTS(SELECT 1 FROM {messages} WHERE conversation_id = %s AND id > %s) "
                f"FROM {seats} WHERE conversation_id = %s AND person_id = %s",
                # No id passes the largest 64-bit one, which the database drivers take (a larger number overflows).
                [pk, min(after, BIGGEST_ID), pk, user.pk],
            )
            found = cursor.fetchone()
    if found is None:
        raise Http404("No such conversation")
    return bool(found[0])


class Opened(NamedTuple):
    conversation: Conversation
    mine: Participant
    other: object  # the other person, None once their account is erased
    blocked: bool  # whether the person has blocked the other


OPENED_FIELDS = [
    "last_read_message_id",
    "last_read_at",
    *(f"conversation__{name}" for name in ["kind", "pair", "created_at", "last_message_at"]),
    "conversation__relationship__mentee",  # which of the two the person is: the quick messages follow it
    "conversation__request__mentee",
    "person__email",
    "person__profile__user",
    "person__profile__name",
]


def open_for_user(user, pk) -> Opened:
    """Conversation `pk` as its page shows it, in one query: the access check (the person's own seat, as for
    `get_conversation_for_user`), both seats, the other person's profile and whether the person blocked them."""
    if not user.is_authenticated:
        raise Http404("No such conversation")
    found = list(
        Participant.objects.filter(conversation_id=pk)
        .select_related("conversation__relationship", "conversation__request", "person__profile")
        # Only what the page reads: building the wide relationship, request and profile rows cost more CPU than
        # the rest of the query (issue 22). Anything else read from them later is loaded then.
        .only(*OPENED_FIELDS)
        .annotate(blocked=Exists(Block.objects.filter(blocker=user, blocked=OuterRef("person_id"))))
    )
    mine = next((seat for seat in found if seat.person_id == user.pk), None)
    if mine is None:
        raise Http404("No such conversation")
    other = next((seat for seat in found if seat.person_id != user.pk), None)
    return Opened(mine.conversation, mine, other.person if other else None, bool(other and other.blocked))


def get_message_for_user(user, pk) -> Message:
    message = (
        Message.objects.filter(conversation__in=Conversation.objects.visible_to(user), pk=pk)
        .select_related("conversation")
        .first()
    )
    if message is None:
        raise Http404("No such message")
    return message


def get_attachment_for_user(user, pk) -> Attachment:
    attachment = Attachment.objects.filter(
        message__conversation__in=Conversation.objects.visible_to(user), message__deleted_at__isnull=True, pk=pk
    ).first()
    if attachment is None:
        raise Http404("No such attachment")
    return attachment


def open_conversation(kind: str, people, **subject) -> Conversation:
    """The subject's conversation, created with its two seats the first time either person opens it."""
    found = Conversation.objects.filter(**subject).first()
    if found is not None:
        return found
    try:
        with transaction.atomic():
            conversation = Conversation.objects.create(kind=kind, **subject)
            Participant.objects.bulk_create([Participant(conversation=conversation, person=p) for p in people])
    except IntegrityError:  # the other person opened it at the same moment
        return Conversation.objects.get(**subject)
    return conversation


def conversation_for_relationship(user, relationship_pk) -> Conversation:
    # Coordinators may see the relationship itself, never what the two people write: for them it does not exist.
    relationship = get_relationship_for_user(user, relationship_pk, content=False)
    if not relationship.is_party(user):
        raise Http404("No such conversation")
    return open_conversation(
        Conversation.RELATIONSHIP, [relationship.mentee, relationship.mentor], relationship=relationship
    )


def conversation_for_request(user, request_pk) -> Conversation:
    return request_conversation(get_request_for_user(user, request_pk))


def request_conversation(request) -> Conversation:
    """The request's conversation; it opens with the request's own message, so the thread reads from the start."""
    conversation = open_conversation(Conversation.REQUEST, [request.mentee, request.mentor], request=request)
    if conversation.last_message_at is None and not conversation.messages.exists():
        Message.objects.create(
            conversation=conversation,
            author=request.sender,
            body=request.message,
            source=Message.SYSTEM,
            created_at=request.created_at,
        )
        Conversation.objects.filter(pk=conversation.pk).update(last_message_at=request.created_at)
        conversation.last_message_at = request.created_at
    return conversation


def conversation_between(one, other) -> Conversation:
    """The direct conversation of two people (opened by an outreach message sent on the platform)."""
    if one.pk == other.pk:
        raise DomainError(_("You cannot write to yourself."), "self")
    refuse_if_blocked(one, other)
    low, high = sorted([one.pk, other.pk])
    return open_conversation(Conversation.DIRECT, [one, other], pair=f"{low}:{high}")


def seat_of(user, conversation) -> Participant:
    seat = Participant.objects.filter(conversation=conversation, person=user).first() if user.is_authenticated else None
    if seat is None:
        raise Http404("No such conversation")
    return seat


def other_person(conversation, user):
    """The other participant, or None once their account is erased."""
    seat = conversation.participants.exclude(person=user).select_related("person__profile").first()
    return seat.person if seat else None


# Writing ----------------------------------------------------------------------------------------------------------


def message_event(message) -> dict:
    return {
        "message_id": message.pk,
        "conversation_id": message.conversation_id,
        "kind": message.conversation.kind,
        "relationship_id": message.conversation.relationship_id,
        "request_id": message.conversation.request_id,
        "author_id": message.author_id,
        "body": message.body,
        "source": message.source,
        "created_at": message.created_at.isoformat(),
    }


@transaction.atomic
def post_message(author, conversation, body, *, source=Message.APP, external_id=None, attachments=()) -> Message:
    """Post `body` (Markdown) with optional uploaded files. With `external_id` (an email's Message-ID), a message
    already posted under that id is returned as it is and nothing new is stored."""
    # The seats, and whether each person blocked the author, in one query: the author's own seat is the access check.
    seats = list(
        conversation.participants.select_related("person").annotate(
            blocks_author=Exists(Block.objects.filter(blocker=OuterRef("person_id"), blocked=author.pk))
        )
    )
    if not author.is_authenticated or not any(seat.person_id == author.pk for seat in seats):
        raise Http404("No such conversation")
    for seat in seats:
        if seat.person_id != author.pk and seat.blocks_author:
            raise blocked_by(seat.person)
    if external_id:
        already = Message.objects.filter(external_id=external_id).first()
        if already is not None:
            return already
    attachments = list(attachments)
    body = text.checked(body, allow_empty=bool(attachments))
    kinds = [files.checked_upload(upload) for upload in attachments]
    now = timezone.now()
    try:
        with transaction.atomic():
            message = Message.objects.create(
                conversation=conversation,
                author=author,
                body=body,
                source=source,
                external_id=external_id or None,
                created_at=now,
            )
    except IntegrityError:  # the same email delivered twice at the same moment
        return Message.objects.get(external_id=external_id)
    for upload, kind in zip(attachments, kinds, strict=True):
        attachment = Attachment(
            message=message,
            token=secrets.token_urlsafe(24),
            name=upload.name[:200],
            content_type=kind,
            size=upload.size,
        )
        attachment.file.save(attachment.token, upload, save=False)
        attachment.save()
    Conversation.objects.filter(pk=conversation.pk).update(last_message_at=now)
    # Writing means having read what came before.
    Participant.objects.filter(conversation=conversation, person=author, last_read_message_id__lt=message.pk).update(
        last_read_message_id=message.pk, last_read_at=now
    )
    if source != Message.SYSTEM:  # a request's question, answer or decline is notified by its own rule
        # Queued with the message, in its transaction: the worker schedules the nudge, the person posting waits
        # for neither (its five queries and a Markdown rendering were half the CPU of posting, issue 22).
        notify_message.enqueue(message.pk)
    emit("message.created", message_event(message), people=[seat.person for seat in seats])
    return message


@task
def notify_message(message_id: int) -> None:
    """Schedule the email about a new message for the other person, unless they have read it or it is deleted
    already. Running it twice moves the same nudge (schedule_notification's key), so it is sent once."""
    message = Message.objects.filter(pk=message_id, deleted_at__isnull=True).select_related("author__profile").first()
    if message is None:
        return
    for seat in Participant.objects.filter(conversation_id=message.conversation_id).select_related("person"):
        if seat.person_id != message.author_id:
            schedule_notification(seat, message)


def schedule_notification(seat: Participant, message: Message) -> None:
    """One notification per burst of unread messages: its key names the first one the person has not read, so a
    second message before they read moves the same nudge (and its delay) instead of adding one."""
    first_unread = (
        Message.objects.filter(conversation_id=seat.conversation_id, pk__gt=seat.last_read_message_id)
        .exclude(author=seat.person)
        .order_by("pk")
        .values_list("pk", flat=True)
        .first()
    )
    if first_unread is None:  # read in the app before the worker got to it
        return
    author = message.author.profile.name if message.author else gettext_lazy("Someone")
    unread = Message.objects.filter(conversation_id=seat.conversation_id, pk__gte=first_unread).exclude(
        author=seat.person
    )
    count = unread.count()
    nudges.schedule(
        seat.person,
        NOTIFY_RULE,
        f"{notification_prefix(seat.conversation_id, seat.person_id)}from:{first_unread}",
        timezone.now() + timedelta(minutes=settings.CONVERSATION_NOTIFY_DELAY_MINUTES),
        format_lazy(gettext_lazy("{author} wrote to you"), author=author)
        if count == 1
        else format_lazy(
            ngettext_lazy(
                "{author} wrote to you ({count} new message)", "{author} wrote to you ({count} new messages)", count
            ),
            author=author,
            count=count,
        ),
        text.visible_text(message.body)[:1000] or gettext_lazy("(an attachment)"),
        reverse("conversations:detail", args=[seat.conversation_id]),
        # Answering the email posts into this conversation (mentorhub.inbound; empty while replies by email are off).
        reply_to=reply_address(seat.person, REPLY_TOPIC, seat.conversation_id),
    )


def post_reply_from_email(person, conversation_id, text, message_id) -> Message:
    """The `conversation` topic's handler for replies by email: the same door and the same rules as the page (a
    blocked sender is refused, one email delivered twice posts once)."""
    conversation = get_conversation_for_user(person, conversation_id)
    return post_message(person, conversation, text, source=Message.EMAIL, external_id=message_id)


def notification_prefix(conversation_id, person_id) -> str:
    return f"conv:{conversation_id}:to:{person_id}:"


def require_author(user, message):
    if message.author_id != user.pk:
        raise PermissionDenied("Only the person who wrote a message can change it.")
    if message.is_deleted:
        raise DomainError(_("This message is deleted."), "deleted")


@transaction.atomic
def edit_message(user, message: Message, body) -> Message:
    require_author(user, message)
    window = timedelta(minutes=settings.CONVERSATION_EDIT_MINUTES)
    if timezone.now() > message.created_at + window:
        raise DomainError(
            _("A message can be edited for {minutes} minutes after sending; write a new one instead.").format(
                minutes=settings.CONVERSATION_EDIT_MINUTES
            ),
            "edit_window",
        )
    message.body = text.checked(body, allow_empty=message.attachments.exists())
    message.edited_at = timezone.now()
    message.save(update_fields=["body", "edited_at"])
    return message


@transaction.atomic
def delete_message(user, message: Message) -> Message:
    """Both people then see "message deleted"; its text and files are gone, not hidden."""
    require_author(user, message)
    for attachment in message.attachments.all():
        attachment.file.delete(save=False)
    message.attachments.all().delete()
    message.body, message.deleted_at = "", timezone.now()
    message.save(update_fields=["body", "deleted_at"])
    return message


# Reading ----------------------------------------------------------------------------------------------------------


def mark_read(user, conversation, up_to: Message | None = None, seat: Participant | None = None) -> None:
    """Read up to `up_to` (default: everything). Markers only move forward, and a notification still waiting for
    what was read is dropped: someone reading in the app gets no email about it. `seat`: the person's own, when
    the caller has it already."""
    seat = seat or seat_of(user, conversation)
    last = up_to.pk if up_to else conversation.messages.aggregate(last=Max("pk"))["last"] or 0
    if last > seat.last_read_message_id:
        Participant.objects.filter(pk=seat.pk, last_read_message_id__lt=last).update(
            last_read_message_id=last, last_read_at=timezone.now()
        )
        if not unread_messages(user).filter(conversation=conversation).exists():
            nudges.cancel(notification_prefix(conversation.pk, user.pk))


def unread_messages(user):
    """Messages from others, not deleted, after the person's read marker, in their conversations."""
    return Message.objects.filter(
        conversation__participants__person=user,
        pk__gt=F("conversation__participants__last_read_message_id"),
        deleted_at__isnull=True,
    ).exclude(author=user)


def unread_total(user) -> int:
    return unread_messages(user).count() if user.is_authenticated else 0


def listed(user) -> list[Conversation]:
    """The person's conversations with messages, newest first, each with `other_id` and `other_name` (None
    once that account is erased) and `unread` (as `unread_messages` counts): one query however many there are. In
    raw SQL because the ORM cannot join the other seat beside the person's own, and building the three ORM
    queries this replaced cost the API list most of its CPU (issue 22). The list page and Home read it too."""
    if not user.is_authenticated:
        return []
    quote = connection.ops.quote_name
    conversations, seats = quote(Conversation._meta.db_table), quote(Participant._meta.db_table)
    messages, profiles = quote(Message._meta.db_table), quote(Profile._meta.db_table)
    sql = (
        f"SELECT c.id, c.kind, c.relationship_id, c.request_id, c.pair, c.created_at, c.last_message_at, "
        f"other.person_id AS other_id, profile.name AS other_name, "
        f"(SELECT COUNT(*) FROM {messages} m WHERE m.conversation_id = c.id AND m.id > mine.last_read_message_id "
        f"AND m.deleted_at IS NULL AND (m.author_id IS NULL OR m.author_id <> %s)) AS unread "
        f"FROM {seats} mine JOIN {conversations} c ON c.id = mine.conversation_id "
        f"LEFT JOIN {seats} other ON other.conversation_id = c.id AND other.person_id <> mine.person_id "
        f"LEFT JOIN {profiles} profile ON profile.user_id = other.person_id "
        f"WHERE mine.person_id = %s AND c.last_message_at IS NOT NULL "
        f"ORDER BY c.last_message_at DESC, c.id DESC"
    )
    return list(Conversation.objects.raw(sql, [user.pk, user.pk]))


def search(user, query: str, limit: int = 50):
    """Messages in the person's own conversations whose text contains `query`, newest first."""
    query = (query or "").strip()
    if not query:
        return Message.objects.none()
    return (
        Message.objects.filter(
            conversation__in=Conversation.objects.visible_to(user), deleted_at__isnull=True, body__icontains=query
        )
        .select_related("author__profile", "conversation")
        .order_by("-pk")[:limit]
    )


def home_items(person) -> list[dict]:
    """For Home: each conversation with unread messages."""
    return [
        {
            "title": f"{c.unread} unread message{'s' if c.unread > 1 else ''} from "
            f"{c.other_name if c.other_id else 'a former member'}",
            "url": c.get_absolute_url(),
            "due": None,
            "kind": "message",
            "why": "They wrote to you on Mentorship Hub.",
        }
        for c in listed(person)
        if c.unread
    ]


# Outreach answered -------------------------------------------------------------------------------------------------

# The recipient's words for the request rules' refusals, which speak to the person who sends a request.
REFUSALS_TO_RECIPIENT = {
    "not_accepting": gettext_lazy(
        "You are not accepting mentees right now. Resume accepting mentees on the Relationships page "
        "first, then accept this conversation as a mentoring request."
    ),
    "too_many_open": gettext_lazy(
        "{writer} has too many open mentorship requests already; they can withdraw one first."
    ),
    "blocked": gettext_lazy("You blocked {writer}. Unblock them first."),
}


def decline_key(conversation) -> str:
    return f"outreach:{conversation.pk}:declined"


def outreach_to_answer(user, conversation):
    """The writer of the outreach `user` may still accept or decline, else None."""
    if conversation.kind != Conversation.DIRECT:
        return None
    first = conversation.messages.order_by("pk").select_related("author__profile").first()
    writer = first.author if first else None
    if writer is None or writer.pk == user.pk:
        return None
    pair = Q(mentee=user, mentor=writer) | Q(mentee=writer, mentor=user)
    if (
        Message.objects.filter(external_id=decline_key(conversation)).exists()
        or MentorshipRequest.objects.filter(pair).exists()
        or Relationship.objects.filter(pair).exists()
    ):
        return None
    return writer


def require_outreach_to_answer(user, conversation):
    writer = outreach_to_answer(user, conversation)
    if writer is None:
        raise DomainError(_("This conversation has been answered already, or was not written to you."), "state")
    return writer


@transaction.atomic
def accept_outreach(user, conversation) -> Relationship:
    """The writer's first message becomes their request to `user` as a mentor, accepted at once."""
    writer = require_outreach_to_answer(user, conversation)
    refuse_if_blocked(user, writer)
    first = conversation.messages.order_by("pk").first()
    try:
        request = send_request(writer, user, as_role="mentee", message=first.body or _("Would you mentor me?"))
        # The recipient is accepting it now: no "would like you as a mentor" notice for them.
        nudges.cancel(f"req:{request.pk}:received")
        relationship = accept_request(request.pk, user)
    except DomainError as error:
        if error.code in REFUSALS_TO_RECIPIENT:
            raise DomainError(
                str(REFUSALS_TO_RECIPIENT[error.code]).format(writer=writer.profile.name),
                error.code,
                status=error.status,
            ) from None
        raise
    post_message(
        user,
        conversation,
        f"{user.profile.name} accepted this conversation as a mentoring request: it became a "
        f"[mentoring relationship]({relationship.get_absolute_url()}), {writer.profile.name} the mentee.",
        source=Message.SYSTEM,
    )
    return relationship


def decline_outreach(user, conversation, body) -> Message:
    """The polite decline, as the recipient edited it; sent once, and the conversation asks nothing more."""
    require_outreach_to_answer(user, conversation)
    return post_message(user, conversation, body, external_id=decline_key(conversation))


# Blocks and reports ------------------------------------------------------------------------------------------------


def refuse_if_blocked(sender, recipient) -> None:
    if Block.objects.filter(blocker=recipient, blocked=sender).exists():
        raise blocked_by(recipient)


def blocked_by(recipient) -> DomainError:
    return DomainError(_("{name} is not taking messages from you.").format(name=recipient.profile.name), "blocked")


def block(blocker, blocked) -> None:
    if blocker.pk == blocked.pk:
        raise DomainError(_("You cannot block yourself."), "self")
    Block.objects.get_or_create(blocker=blocker, blocked=blocked)


def unblock(blocker, blocked) -> None:
    Block.objects.filter(blocker=blocker, blocked=blocked).delete()


def get_report_for_user(user, pk) -> Report:
    report = Report.objects.visible_to(user).select_related("reporter__profile", "author__profile").filter(pk=pk)
    found = report.first()
    if found is None:
        raise Http404("No such report")
    return found


@transaction.atomic
def report_message(reporter, message: Message, reason: str) -> Report:
    """Only the person a message was written to reports it; it reaches the program's coordinators, or the site
    staff when the conversation belongs to no program."""
    seat_of(reporter, message.conversation)
    if message.author_id == reporter.pk:
        raise DomainError(_("You cannot report your own message; delete it instead."), "own_message")
    if message.is_deleted:
        raise DomainError(_("This message is deleted already."), "deleted")
    reason = (reason or "").strip()
    if not reason:
        raise DomainError(_("Say briefly what is wrong, so that someone can help."), field="reason")
    subject = message.conversation.relationship or message.conversation.request
    program = subject.program if subject is not None else None
    report = Report.objects.create(
        message=message,
        reporter=reporter,
        author=message.author,
        body=message.body,
        reason=reason[:2000],
        program=program,
    )
    handlers = program.coordinators.all() if program is not None else User.objects.filter(is_staff=True)
    for person in handlers:
        nudges.notify_now(
            person,
            "message_reported",
            f"report:{report.pk}:{person.pk}",
            format_lazy(gettext_lazy("{name} reported a message"), name=reporter.profile.name),
            reason[:500],
            report.get_absolute_url(),
        )
    return report
