"""Informational interviews.

Rules:
- Either person of an interview sees it (`get_interview_for_user`); anyone else gets the answer a missing one gets.
  The prep sheet (the requester's research notes and questions) and the referrals are the requester's alone.
- A person asks someone on Mentorship Hub they have as a contact (a mentor found in the directory becomes a
  contact first). The request is an outreach message with the "informational" Template, coached and delivered
  like any first message (network.services.send_message), with up to INTERVIEW_PROPOSED_TIMES_MAX proposed times,
  or straight into one of the other person's free slots (availability.services.hold_slot: their profile row is
  locked and the slot checked again, so two people booking the same time get one interview and one refusal).
- One request waiting between two people at a time, and none while an interview between them is still to come.
- The person asked picks a proposed time or declines; either person cancels until it starts.
- After it: a thank-you nudge (a message to them, or "I thanked them", stops it); referrals become contacts
  introduced by the person interviewed; "ask for mentoring" is the ordinary request; "stay in touch" schedules a
  light check-in INTERVIEW_CHECK_IN_DAYS later.
- A scheduled interview takes its time out of both people's free slots (lib/busytimes.py) and is in both people's
  own calendars (interviews/ics.py, lib/calendars.py): `calendars.changed` inside the transaction when it is
  scheduled (booked or a proposed time accepted) and when a scheduled one is cancelled. A declined request never
  had a time, so no calendar holds it.
"""

from datetime import datetime, timedelta

from django.conf import settings
from django.core.validators import ValidationError, validate_email
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.http import Http404
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext, gettext_lazy

from mentorhub.availability.services import hold_slot
from mentorhub.integrations.services import emit
from mentorhub.lib import calendars
from mentorhub.lib.errors import DomainError
from mentorhub.lib.i18n import local_label
from mentorhub.network import services as network
from mentorhub.network.models import Contact, OutreachMessage
from mentorhub.nudges import services as nudges
from mentorhub.profiles.models import Profile

from .models import InformationalInterview, Referral

# A moment named for the person told, rendered when their nudge is written in their language.
local_label_lazy = lazy(local_label, str)
THANK_FOR_CONVERSATION = gettext_lazy("Thank {name} for the conversation")
THANK_WITHIN = gettext_lazy(
    "A short, personal thank-you within {hours} hours, mentioning one thing you will act on, keeps the door open. "
    "Log any referrals while you remember them."
)
ASKS_FOR_CONVERSATION = gettext_lazy("{name} asks for a {minutes}-minute conversation")
PICK_OR_DECLINE = gettext_lazy("Pick one of the proposed times, or decline politely.")

# --- Access -----------------------------------------------------------------------------------------------


def get_interview_for_user(user, pk) -> InformationalInterview:
    """The one door to an interview: its two people only. Anyone else's looks exactly like a missing one."""
    interview = (
        InformationalInterview.objects.visible_to(user)
        .select_related("requester__profile", "interviewee__profile", "contact")
        .filter(pk=pk)
        .first()
    )
    if interview is None:
        raise Http404("No such interview")
    return interview


def _require_requester(interview: InformationalInterview, user) -> None:
    if interview.requester_id != user.pk:
        raise DomainError(
            gettext("Only the person who asked for the conversation can do this."), "not_yours", status=403
        )


def _require_over(interview: InformationalInterview) -> None:
    if not interview.is_over():
        raise DomainError(gettext("This comes after the conversation has taken place."), "not_held")


# --- Asking -----------------------------------------------------------------------------------------------


def contact_for_mentor(requester, mentor) -> Contact:
    """The requester's contact for a mentor found in the directory, added to their network if they are not in it
    yet (the mentor comes through the directory's access helper)."""
    found = Contact.objects.filter(owner=requester, person=mentor).first()
    if found is not None:
        return found
    profile = mentor.profile
    data = {
        "name": profile.name,
        "person": mentor,
        "organisation": profile.organisation,
        "role": profile.current_role,
        "how_known": "online",
    }
    return network.save_contact(requester, None, data)


def _clean_times(times, now) -> list[datetime]:
    times = sorted({t for t in times if t is not None})
    if not times:
        raise DomainError(
            gettext("Propose at least one time, or book one of their free times."), field="proposed_times"
        )
    if len(times) > settings.INTERVIEW_PROPOSED_TIMES_MAX:
        raise DomainError(
            gettext("Propose at most {count} times: few choices are easy to answer.").format(
                count=settings.INTERVIEW_PROPOSED_TIMES_MAX
            ),
            field="proposed_times",
        )
    if any(t <= now for t in times):
        raise DomainError(gettext("Propose times in the future."), field="proposed_times")
    return times


def _require_no_open_interview(requester, interviewee, now) -> None:
    open_ones = InformationalInterview.objects.filter(requester=requester, interviewee=interviewee).filter(
        Q(status=InformationalInterview.REQUESTED) | Q(status=InformationalInterview.SCHEDULED, ends_at__gt=now)
    )
    if open_ones.exists():
        raise DomainError(
            gettext("You have a conversation with {name} waiting already: see your interviews.").format(
                name=interviewee.profile.name
            ),
            "duplicate",
        )


@transaction.atomic
def request_interview(
    requester, contact: Contact, *, subject: str, body: str, topic: str = "", proposed_times=(), starts_at=None
) -> InformationalInterview:
    """Send the request (coached, on Mentorship Hub) with proposed times, or booked into a free slot."""
    if contact.owner_id != requester.pk:
        raise Http404("No such contact")
    interviewee = contact.person
    if interviewee is None:
        raise DomainError(
            gettext("{name} is not on Mentorship Hub: write to them from their contact page instead.").format(
                name=contact.name
            ),
            field="contact",
        )
    if interviewee.pk == requester.pk:
        raise DomainError(gettext("You cannot interview yourself."), field="contact")
    # Relation by name: a block belongs to conversations.
    if interviewee.blocks_made.filter(blocked=requester).exists():
        raise DomainError(
            gettext("{name} is not taking requests from you.").format(name=interviewee.profile.name), "blocked"
        )
    now = timezone.now()
    minutes = settings.INTERVIEW_MINUTES
    # The requester's profile owns their requests (a double click queues here, then finds the first one), and
    # booking locks the other person's: both in one order, so two people booking each other cannot deadlock.
    for pk in sorted({requester.pk, interviewee.pk}):
        Profile.objects.lock(pk)
    _require_no_open_interview(requester, interviewee, now)
    if starts_at is not None:
        hold_slot(interviewee, starts_at, minutes)
        times = []
    else:
        times = _clean_times(proposed_times, now)
    message = network.send_message(
        requester, contact, template="informational", channel=OutreachMessage.PLATFORM, subject=subject, body=body
    )
    interview = InformationalInterview(
        requester=requester,
        interviewee=interviewee,
        contact=contact,
        message=message,
        topic=(topic or subject).strip()[:200] or gettext("A short conversation"),
        proposed_times=[t.isoformat() for t in times],
        duration_minutes=minutes,
        video_link=interviewee.profile.video_link or requester.profile.video_link,
        created_at=now,
    )
    try:
        with transaction.atomic():
            interview.save()
    except IntegrityError:
        raise DomainError(
            gettext("You have a conversation with {name} waiting already.").format(name=interviewee.profile.name),
            "duplicate",
        ) from None
    name = requester.profile.name
    if starts_at is not None:
        _schedule(interview, starts_at)
        _tell(
            interview,
            interviewee,
            "booked",
            format_lazy(
                gettext_lazy("{name} booked a {minutes}-minute conversation with you"), name=name, minutes=minutes
            ),
            format_lazy(
                gettext_lazy("{when}, in your free time. {topic}"),
                when=local_label_lazy(starts_at, interviewee),
                topic=interview.topic,
            ),
        )
    else:
        _tell(
            interview,
            interviewee,
            "requested",
            format_lazy(
                gettext_lazy("{name} asks for a {minutes}-minute conversation: pick a time"), name=name, minutes=minutes
            ),
            format_lazy(
                gettext_lazy(
                    "An informational interview: {topic}. Pick one of the proposed times, or decline politely."
                ),
                topic=interview.topic,
            ),
        )
        _emit(interview, "interview.requested")
    return interview


def _schedule(interview: InformationalInterview, starts_at: datetime) -> None:
    interview.status = InformationalInterview.SCHEDULED
    interview.starts_at = starts_at
    interview.ends_at = starts_at + timedelta(minutes=interview.duration_minutes)
    interview.save(update_fields=["status", "starts_at", "ends_at", "updated_at"])
    if interview.message_id:
        # A time is agreed: the "no reply yet" follow-up of the request would only embarrass.
        nudges.cancel(f"msg:{interview.message_id}:follow_up")
    other = interview.interviewee.profile.name
    nudges.schedule(
        interview.requester,
        "interview_follow_up",
        f"interview:{interview.pk}:follow_up",
        interview.ends_at,
        format_lazy(THANK_FOR_CONVERSATION, name=other),
        format_lazy(THANK_WITHIN, hours=settings.INTERVIEW_FOLLOW_UP_HOURS),
        interview.get_absolute_url(),
    )
    _in_calendars(interview)
    _emit(interview, "interview.scheduled")


def _in_calendars(interview: InformationalInterview) -> None:
    calendars.changed.send(InformationalInterview, people=[interview.requester, interview.interviewee])


def _tell(interview: InformationalInterview, person, event: str, title: str, body: str = "") -> None:
    nudges.notify_now(
        person, "interview_update", f"interview:{interview.pk}:{event}:{person.pk}", title, body,
        interview.get_absolute_url(),
    )  # fmt: skip


def _emit(interview: InformationalInterview, event: str) -> None:
    data = {
        "interview_id": interview.pk,
        "requester_id": interview.requester_id,
        "interviewee_id": interview.interviewee_id,
        "status": interview.status,
        "starts_at": interview.starts_at,
        "ends_at": interview.ends_at,
    }
    emit(event, data, people=[interview.requester, interview.interviewee])


def _locked(interview: InformationalInterview) -> InformationalInterview:
    locked = InformationalInterview.objects.select_for_update().get(pk=interview.pk)
    locked.requester, locked.interviewee, locked.contact = interview.requester, interview.interviewee, interview.contact
    return locked


@transaction.atomic
def accept_time(interview: InformationalInterview, user, starts_at: datetime) -> InformationalInterview:
    """The person asked picks one of the proposed times."""
    if interview.interviewee_id != user.pk:
        raise DomainError(gettext("The person you asked picks the time."), "not_yours", status=403)
    locked = _locked(interview)
    if locked.status != InformationalInterview.REQUESTED:
        raise DomainError(gettext("This request has been answered already."), "state")
    if starts_at not in locked.proposed():
        raise DomainError(gettext("Pick one of the proposed times."), field="starts_at")
    if starts_at <= timezone.now():
        raise DomainError(gettext("That time has passed: ask for new times in your conversation."), field="starts_at")
    if locked.message and locked.message.response == OutreachMessage.NONE:
        network.record_response(locked.message, OutreachMessage.POSITIVE)
    _schedule(locked, starts_at)
    _tell(
        locked,
        locked.requester,
        "accepted",
        format_lazy(
            gettext_lazy("{name} said yes: {when}"),
            name=user.profile.name,
            when=local_label_lazy(starts_at, locked.requester),
        ),
        gettext_lazy("Prepare with your prep sheet: what they are known for, and the questions you want to ask."),
    )
    return locked


@transaction.atomic
def decline(interview: InformationalInterview, user) -> InformationalInterview:
    if interview.interviewee_id != user.pk:
        raise DomainError(gettext("Only the person asked can decline."), "not_yours", status=403)
    locked = _locked(interview)
    if locked.status != InformationalInterview.REQUESTED:
        raise DomainError(gettext("This request has been answered already."), "state")
    locked.status = InformationalInterview.DECLINED
    locked.save(update_fields=["status", "updated_at"])
    if locked.message and locked.message.response == OutreachMessage.NONE:
        network.record_response(locked.message, OutreachMessage.DECLINED)
    _tell(
        locked,
        locked.requester,
        "declined",
        format_lazy(gettext_lazy("{name} cannot make time for a conversation now"), name=user.profile.name),
        gettext_lazy("Thank them for letting you know; the directory and your network have other people to ask."),
    )
    _emit(locked, "interview.cancelled")
    return locked


@transaction.atomic
def cancel(interview: InformationalInterview, user) -> InformationalInterview:
    """Either person calls it off before it starts; the other is told, and its nudges are dropped."""
    locked = _locked(interview)
    if locked.status not in InformationalInterview.OPEN:
        raise DomainError(gettext("This conversation is not planned any more."), "state")
    if locked.starts_at is not None and locked.starts_at <= timezone.now():
        raise DomainError(gettext("This conversation has started already."), "state")
    was_scheduled = locked.status == InformationalInterview.SCHEDULED
    locked.status = InformationalInterview.CANCELLED
    locked.save(update_fields=["status", "updated_at"])
    if was_scheduled:
        _in_calendars(locked)
    nudges.cancel(f"interview:{locked.pk}:follow_up")
    other = locked.other_side(user)
    _tell(
        locked,
        other,
        "cancelled",
        format_lazy(gettext_lazy("{name} cancelled your conversation"), name=user.profile.name),
        locked.topic,
    )
    _emit(locked, "interview.cancelled")
    return locked


# --- After it ---------------------------------------------------------------------------------------------


def _conversation_held(interview: InformationalInterview) -> None:
    contact = interview.contact
    if contact is not None:
        contact.advance_to(Contact.CONVERSATION)
        contact.save(update_fields=["stage", "stage_changed_at", "updated_at"])


@transaction.atomic
def mark_followed_up(interview: InformationalInterview, user) -> InformationalInterview:
    _require_requester(interview, user)
    _require_over(interview)
    if interview.followed_up_at is None:
        interview.followed_up_at = timezone.now()
        interview.save(update_fields=["followed_up_at", "updated_at"])
    _conversation_held(interview)
    return interview


@transaction.atomic
def log_referral(interview: InformationalInterview, user, *, name, organisation="", email="", note="") -> Referral:
    """ "She suggested I talk to X": X becomes a contact, introduced by the person interviewed."""
    _require_requester(interview, user)
    if interview.status != InformationalInterview.SCHEDULED or interview.starts_at > timezone.now():
        raise DomainError(gettext("Log referrals once the conversation has taken place."), "not_held")
    if not (name or "").strip():
        raise DomainError(gettext("Give the name of the person they suggested."), field="name")
    try:
        if email.strip():
            validate_email(email.strip())
    except ValidationError:
        raise DomainError(gettext("“{email}” is not an email address.").format(email=email), field="email") from None
    contact = network.save_contact(
        user,
        None,
        {
            "name": name,
            "organisation": organisation.strip(),
            "email": email.strip(),
            "how_known": "introduction",
            "introduced_by": interview.interviewee.profile.name,
        },
    )
    _conversation_held(interview)
    return Referral.objects.create(interview=interview, contact=contact, note=note.strip()[:300])


@transaction.atomic
def keep_in_touch(interview: InformationalInterview, user) -> InformationalInterview:
    """Stay in touch without mentoring: a light check-in a few months from now."""
    _require_requester(interview, user)
    _require_over(interview)
    if not interview.stay_in_touch:
        interview.stay_in_touch = True
        interview.save(update_fields=["stay_in_touch", "updated_at"])
    _conversation_held(interview)
    url = network.compose_url(interview.contact_id, "own") if interview.contact else interview.get_absolute_url()
    nudges.schedule(
        user,
        "interview_check_in",
        f"interview:{interview.pk}:check_in",
        timezone.now() + timedelta(days=settings.INTERVIEW_CHECK_IN_DAYS),
        format_lazy(gettext_lazy("A light check-in with {name}"), name=interview.interviewee.profile.name),
        gettext_lazy("Share what you did with their advice, or something they would find useful. No ask needed."),
        url,
    )
    return interview


def update_prep(interview: InformationalInterview, user, prep_notes: str) -> InformationalInterview:
    _require_requester(interview, user)
    interview.prep_notes = (prep_notes or "").strip()[:4000]
    interview.save(update_fields=["prep_notes", "updated_at"])
    return interview


# --- Reading ----------------------------------------------------------------------------------------------

# Seed 001's informational interview: their journey, their work, what they would do in your place, who else.
QUESTIONS = [
    gettext_lazy("How did you get from where you started to where you are now?"),
    gettext_lazy("What does a typical week in your role look like, and what surprised you about it?"),
    gettext_lazy("Which skills made the biggest difference for you in {topic}?"),
    gettext_lazy("What do you wish you had known when you started?"),
    gettext_lazy("With my background, what would you do in my place?"),
    gettext_lazy("Who else would you suggest I talk to?"),
]


def prep_sheet(interview: InformationalInterview, user) -> dict | None:
    """What to ask and what they are known for, from the requester's contact and the profile they may see; None
    for the person interviewed (the notes are the requester's own)."""
    if interview.requester_id != user.pk:
        return None
    contact = interview.contact
    profile = Profile.objects.visible_to(user).filter(user=interview.interviewee).first()
    topic = interview.topic.rstrip("?.").lower() or gettext("your field")
    return {
        "known_for": contact.known_for if contact else "",
        "research_notes": [line.strip() for line in (contact.research_notes if contact else "").splitlines() if line],
        "role": ", ".join(p for p in ((contact and contact.role) or "", (contact and contact.organisation) or "") if p),
        "headline": profile.headline if profile else "",
        "questions": [str(q).format(topic=topic) for q in QUESTIONS],
    }


def next_steps(interview: InformationalInterview, user) -> dict:
    """After the conversation, for the requester: what is done and what they can do next."""
    profile = interview.interviewee.profile
    asked = Profile.objects.visible_to(user).filter(pk=profile.pk, accepting_mentees=True).exists()
    return {
        "can_ask_for_mentoring": asked,
        "referrals": list(interview.referrals.select_related("contact")),
    }


def interviews_of(user):
    return (
        InformationalInterview.objects.visible_to(user)
        .select_related("requester__profile", "interviewee__profile")
        .order_by("-created_at", "-pk")
    )


def busy_times(person, start, end) -> list[tuple[datetime, datetime]]:
    """The lib/busytimes provider: scheduled interviews take both people's time."""
    rows = (
        InformationalInterview.objects.filter(Q(requester=person) | Q(interviewee=person))
        .filter(status=InformationalInterview.SCHEDULED, starts_at__lt=end, ends_at__gt=start)
        .values_list("starts_at", "ends_at")
    )
    return list(rows)


def home_items(person) -> list[dict]:
    """For Home, in one query: thank the person you interviewed within 48 hours; answer a request for a
    conversation."""
    if not person.is_authenticated:
        return []
    hours = settings.INTERVIEW_FOLLOW_UP_HOURS
    thanks = InformationalInterview.objects.filter(requester=person).awaiting_follow_up().values("pk")
    rows = InformationalInterview.objects.filter(
        Q(pk__in=thanks) | Q(interviewee=person, status=InformationalInterview.REQUESTED)
    )
    # The two names as columns rather than select_related people and profiles: cheaper to build, and Home is the
    # busiest page.
    rows = rows.annotate(
        requester_name=F("requester__profile__name"), interviewee_name=F("interviewee__profile__name")
    ).only("requester", "duration_minutes", "ends_at")
    items = []
    for i in rows:
        if i.requester_id == person.pk:
            items.append(
                {
                    "title": str(THANK_FOR_CONVERSATION).format(name=i.interviewee_name),
                    "url": i.get_absolute_url(),
                    "due": i.follow_up_by,
                    "kind": "interview_follow_up",
                    "why": gettext(
                        "A short, personal thank-you within {hours} hours, mentioning one thing you will act on."
                    ).format(hours=hours),
                }
            )
        else:
            items.append(
                {
                    "title": str(ASKS_FOR_CONVERSATION).format(name=i.requester_name, minutes=i.duration_minutes),
                    "url": i.get_absolute_url(),
                    "due": None,
                    "kind": "interview_request",
                    "why": str(PICK_OR_DECLINE),
                }
            )
    return items
