"""Mentorship requests: sending, viewing, accepting, declining, asking for and giving more information,
withdrawing, and the sweep that reminds, expires and declines.

Rules (the issue's, made configurable in settings):
- a mentee has at most MENTORSHIP_MAX_OPEN_REQUESTS open requests, counted under a lock on the mentee's profile
  row, and a pair at most one (a partial unique constraint);
- a request expires after MENTORSHIP_REQUEST_EXPIRY_DAYS, with a reminder to the receiver at half-time;
- a mentor's capacity is checked under a lock on the mentor's profile row, so concurrent accepts never overfill it;
- pausing (profiles.availability) declines open requests as "no longer available" after
  MENTORSHIP_PAUSE_GRACE_HOURS (signals.py).
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from mentorhub.coach import panel
from mentorhub.integrations.services import emit
from mentorhub.lib.errors import DomainError
from mentorhub.nudges import services as nudges
from mentorhub.profiles.models import Profile

from .. import lifecycle
from ..models import (
    MentorshipRequest,
    Relationship,
)
from ..signals import request_declined, request_question_answered, request_question_asked
from .access import active_mentee_count, attach_goals


def request_event(request) -> dict:
    return {
        "request_id": request.pk,
        "mentee_id": request.mentee_id,
        "mentor_id": request.mentor_id,
        "status": request.status,
        "program_id": request.program_id,
    }


# A day named in a notification, in the recipient's language (it is rendered when the nudge is written down).
day_label = lazy(lambda moment: date_format(moment, "j F"), str)


def notify(user, rule: str, key: str, title: str, body: str, url: str) -> None:
    """In-app and by email, as the person prefers: every message goes through the nudge engine."""
    nudges.notify_now(user, rule, key, title, body, url)


def review_request_message(text: str, recipient_name: str | None = None, as_role: str = "mentee") -> dict:
    """The same outreach coach, five checks and word count, as the composer: a request or an offer is a first
    message too, one whose point is to ask for (or offer) mentoring."""
    return panel.outreach_review(text, recipient_name, purpose="offer" if as_role == "mentor" else "request")


@transaction.atomic
def send_request(
    sender, other, *, as_role="mentee", message, goals=(), cadence="monthly", meeting_format="video", program=None
):
    mentee, mentor = (sender, other) if as_role == "mentee" else (other, sender)
    if mentee.pk == mentor.pk:
        raise DomainError(_("You cannot send a mentorship request to yourself."), "self")
    if not message.strip():
        raise DomainError(_("Write a short message: why them, and what you hope for."), "message")
    # Relation by name: a block belongs to conversations, which sits above this app.
    if other.blocks_made.filter(blocked=sender).exists():
        raise DomainError(_("{name} is not taking requests from you.").format(name=other.profile.name), "blocked")
    # The mentee's profile owns the open-requests count: concurrent sends queue here, so the count below is exact.
    Profile.objects.lock(mentee.pk)
    if not mentor.profile.accepting_mentees:
        raise DomainError(
            _("{name} is not accepting mentees right now.").format(name=mentor.profile.name), "not_accepting"
        )
    if Relationship.objects.filter(mentee=mentee, mentor=mentor, status__in=Relationship.CURRENT_STATUSES).exists():
        raise DomainError(_("You already have a mentoring relationship with each other."), "already_related")
    if MentorshipRequest.objects.open().filter(mentee=mentee, mentor=mentor).exists():
        raise DomainError(_("There is already an open request between you two."), "duplicate")
    cap = settings.MENTORSHIP_MAX_OPEN_REQUESTS
    if (
        as_role == "mentee"
        and MentorshipRequest.objects.open().filter(mentee=mentee, initiated_by="mentee").count() >= cap
    ):
        raise DomainError(
            _("You have {count} open requests already. Wait for answers or withdraw one first.").format(count=cap),
            "too_many_open",
        )
    now = timezone.now()
    expiry_days = settings.MENTORSHIP_REQUEST_EXPIRY_DAYS
    try:
        request = MentorshipRequest.objects.create(
            mentee=mentee,
            mentor=mentor,
            initiated_by=as_role,
            program=program,
            message=message.strip(),
            coach=review_request_message(message, other.profile.name, as_role),
            proposed_cadence=cadence,
            proposed_format=meeting_format,
            created_at=now,
            expires_at=now + timedelta(days=expiry_days),
            reminder_due_at=now + timedelta(days=expiry_days / 2),
        )
    except IntegrityError:
        raise DomainError(_("There is already an open request between you two."), "duplicate") from None
    request.goals.set(attach_goals(sender, goals, mentee=mentee, mentor=mentor))
    emit("request.created", request_event(request), people=[mentee, mentor], program=program)
    who = (
        gettext_lazy("{name} would like you as a mentor")
        if as_role == "mentee"
        else gettext_lazy("{name} offers to mentor you")
    )
    notify(
        other,
        "request_received",
        f"req:{request.pk}:received",
        format_lazy(who, name=sender.profile.name),
        request.message,
        request.get_absolute_url(),
    )
    return request


def mark_viewed(request: MentorshipRequest, user) -> None:
    if user.pk == request.receiver.pk and request.viewed_at is None:
        MentorshipRequest.objects.filter(pk=request.pk, viewed_at__isnull=True).update(viewed_at=timezone.now())


def require_receiver(request, user):
    if user.pk != request.receiver.pk:
        raise PermissionDenied("Only the person who received this request can answer it.")


@transaction.atomic
def accept_request(request_pk: int, user, kind=Relationship.LONG_TERM) -> Relationship:
    """Accept under a lock on the mentor's profile: concurrent accepts queue and the capacity count is exact."""
    request = MentorshipRequest.objects.select_for_update().get(pk=request_pk)
    require_receiver(request, user)
    if request.status != MentorshipRequest.PENDING:
        raise DomainError(
            _("This request is {status}; it cannot be accepted.").format(status=request.get_status_display().lower()),
            "state",
        )
    mentor_profile = Profile.objects.lock(request.mentor_id)
    # A coordinator may have matched the pair while the request waited.
    current = Relationship.objects.filter(status__in=Relationship.CURRENT_STATUSES)
    if current.filter(mentee_id=request.mentee_id, mentor_id=request.mentor_id).exists():
        raise DomainError(_("You already have a mentoring relationship with each other."), "already_related")
    if active_mentee_count(request.mentor) >= mentor_profile.mentor_capacity:
        raise DomainError(
            _("{name} has no capacity left ({count} active mentees).").format(
                name=mentor_profile.name, count=mentor_profile.mentor_capacity
            ),
            "no_capacity",
        )
    now = timezone.now()
    request.status = MentorshipRequest.ACCEPTED
    request.answered_at = now
    request.save(update_fields=["status", "answered_at"])
    relationship = lifecycle.start(
        request.mentee,
        request.mentor,
        actor=user,
        kind=kind,
        program=request.program,
        request=request,
        cadence=request.proposed_cadence,
        goals=request.goals.all(),
    )
    notify(
        request.sender,
        "request_answered",
        f"req:{request.pk}:accepted",
        format_lazy(gettext_lazy("{name} accepted your mentorship request"), name=user.profile.name),
        gettext_lazy(
            "Next: agree how you will work together (goals, cadence, boundaries) and plan a first meeting for rapport."
        ),
        relationship.get_absolute_url(),
    )
    people = [relationship.mentee, relationship.mentor]
    emit("request.accepted", request_event(request), people=people, program=request.program)
    return relationship


@transaction.atomic
def decline_request(request_pk: int, user, reason: str, note: str = "", referral: str = "") -> MentorshipRequest:
    request = MentorshipRequest.objects.select_for_update().get(pk=request_pk)
    require_receiver(request, user)
    if not request.is_open:
        raise DomainError(_("This request is answered already."), "state")
    if reason not in dict(MentorshipRequest.DECLINE_REASONS):
        raise DomainError(_("Choose a reason so that the other person understands."), "reason")
    request.status, request.decline_reason = MentorshipRequest.DECLINED, reason
    request.decline_note, request.referral, request.answered_at = note, referral, timezone.now()
    request.save()
    emit("request.declined", request_event(request), people=[request.mentee, request.mentor], program=request.program)
    body = request.get_decline_reason_display() + (f". {note}" if note else ".")
    if referral:
        body += f" They suggest you ask: {referral}."
    request_declined.send(MentorshipRequest, request=request, actor=user, text=body)
    told = format_lazy("{reason}{note}", reason=request.get_decline_reason_display(), note=f". {note}" if note else ".")
    if referral:
        told = format_lazy(
            "{told} {suggestion}",
            told=told,
            suggestion=format_lazy(gettext_lazy("They suggest you ask: {referral}."), referral=referral),
        )
    notify(
        request.sender,
        "request_answered",
        f"req:{request.pk}:declined",
        format_lazy(gettext_lazy("{name} can't take this on"), name=user.profile.name),
        told,
        request.get_absolute_url(),
    )
    return request


@transaction.atomic
def ask_for_info(request_pk: int, user, question: str) -> MentorshipRequest:
    request = MentorshipRequest.objects.select_for_update().get(pk=request_pk)
    require_receiver(request, user)
    if request.status != MentorshipRequest.PENDING:
        raise DomainError(_("You can ask a question only while the request is pending."), "state")
    if not question.strip():
        raise DomainError(_("Write your question."), "question")
    request.status, request.info_question = MentorshipRequest.INFO_REQUESTED, question.strip()
    request.save(update_fields=["status", "info_question"])
    request_question_asked.send(MentorshipRequest, request=request, actor=user, text=request.info_question)
    notify(
        request.sender,
        "request_answered",
        f"req:{request.pk}:question:{timezone.now():%Y%m%d%H%M%S}",
        format_lazy(gettext_lazy("{name} has a question"), name=user.profile.name),
        question,
        request.get_absolute_url(),
    )
    return request


@transaction.atomic
def answer_info(request_pk: int, user, answer: str) -> MentorshipRequest:
    request = MentorshipRequest.objects.select_for_update().get(pk=request_pk)
    if user.pk != request.sender.pk:
        raise PermissionDenied("Only the sender can answer the question.")
    if request.status != MentorshipRequest.INFO_REQUESTED:
        raise DomainError(_("Nobody asked a question on this request."), "state")
    if not answer.strip():
        raise DomainError(_("Write your answer."), "answer")
    request.status, request.info_answer = MentorshipRequest.PENDING, answer.strip()
    request.save(update_fields=["status", "info_answer"])
    request_question_answered.send(MentorshipRequest, request=request, actor=user, text=request.info_answer)
    notify(
        request.receiver,
        "request_received",
        f"req:{request.pk}:answer:{timezone.now():%Y%m%d%H%M%S}",
        format_lazy(gettext_lazy("{name} answered your question"), name=user.profile.name),
        answer,
        request.get_absolute_url(),
    )
    return request


@transaction.atomic
def withdraw_request(request_pk: int, user) -> MentorshipRequest:
    request = MentorshipRequest.objects.select_for_update().get(pk=request_pk)
    if user.pk != request.sender.pk:
        raise PermissionDenied("Only the sender can withdraw a request.")
    if not request.is_open:
        raise DomainError(_("This request is not open any more."), "state")
    request.status, request.answered_at = MentorshipRequest.WITHDRAWN, timezone.now()
    request.save(update_fields=["status", "answered_at"])
    return request


def requests_declining_soon(mentor) -> int:
    """Open requests a paused mentor will decline when the grace period ends, unless they resume."""
    return MentorshipRequest.objects.open().filter(mentor=mentor, auto_decline_at__isnull=False).count()


def claimed_requests(due, claim: Q, **update):
    """Yield the due requests this sweeper wins: each is taken with a compare-and-set update, so several
    sweepers never act twice on one request."""
    for request in due.select_related("mentee__profile", "mentor__profile"):
        if MentorshipRequest.objects.filter(claim, pk=request.pk).update(**update):
            yield request


def sweep_requests(now=None) -> dict:
    """Auto-decline (after a pause), expire and remind due requests."""
    now = now or timezone.now()
    open_requests = MentorshipRequest.objects.open()
    still_open = Q(status__in=MentorshipRequest.OPEN_STATUSES)
    counts = {"auto_declined": 0, "expired": 0, "reminded": 0}
    declined = {"status": MentorshipRequest.DECLINED, "decline_reason": "no_longer_available", "answered_at": now}
    for request in claimed_requests(open_requests.filter(auto_decline_at__lte=now), still_open, **declined):
        counts["auto_declined"] += 1
        notify(
            request.sender,
            "request_answered",
            f"req:{request.pk}:auto_declined",
            format_lazy(gettext_lazy("{name} is no longer available"), name=request.mentor.profile.name),
            gettext_lazy("They paused mentoring. Other mentors who fit your goals are waiting in the directory."),
            reverse("relationships:index"),
        )
    expired = {"status": MentorshipRequest.EXPIRED, "answered_at": now}
    for request in claimed_requests(open_requests.filter(expires_at__lte=now), still_open, **expired):
        counts["expired"] += 1
        request.status = MentorshipRequest.EXPIRED
        emit(
            "request.expired", request_event(request), people=[request.mentee, request.mentor], program=request.program
        )
        notify(
            request.sender,
            "request_expired",
            f"req:{request.pk}:expired",
            gettext_lazy("Your mentorship request expired"),
            format_lazy(
                gettext_lazy(
                    "{name} did not answer in time. That is rarely about you: people get busy. "
                    "Have a look at other suggestions."
                ),
                name=request.receiver.profile.name,
            ),
            reverse("relationships:index"),
        )
    not_reminded = Q(reminder_due_at__isnull=False)
    for request in claimed_requests(open_requests.filter(reminder_due_at__lte=now), not_reminded, reminder_due_at=None):
        counts["reminded"] += 1
        notify(
            request.receiver,
            "request_pending",
            f"req:{request.pk}:pending",
            gettext_lazy("A mentorship request is waiting for your answer"),
            format_lazy(
                gettext_lazy("It expires on {day}. A quick decline with a referral helps too."),
                day=day_label(request.expires_at),
            ),
            request.get_absolute_url(),
        )
    return counts
