"""Broadcasts: a coordinator writes to the participants their filters choose (docs/programs.md, "Broadcasts").

Rules:
- the audience comes from the program's enrolments: by role, by status (approved unless asked otherwise), only the
  unmatched (approved, without a current relationship in the program in that role), only the people in a current
  program relationship whose latest health level is at risk or stalled. Each person once, whatever their roles.
- the coordinator sees the count and a preview first; sending carries the count that was shown (`confirm`), and
  a send whose audience is no longer that size is refused (422 on `confirm`): preview again.
- delivery goes through the nudge engine (rule `program_broadcast`, category "programs"), so each person's
  preferences and quiet hours apply; the log keeps one row per person, and reads the delivery from the nudge.
"""

from dataclasses import asdict, dataclass

from django.db import transaction
from django.db.models import OuterRef, Q, Subquery
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from mentorhub.accounts.models import User
from mentorhub.lib.errors import DomainError
from mentorhub.nudges.models import Nudge
from mentorhub.nudges.services import notify_now
from mentorhub.relationships.models import HealthSnapshot, Relationship

from .models import Broadcast, BroadcastRecipient, Enrollment, Program

AT_RISK_LEVELS = ("at risk", "stalled")
PREVIEW_NAMES = 50


@dataclass(frozen=True)
class Filters:
    role: str = ""  # "", mentee or mentor
    status: str = Enrollment.APPROVED  # applied or approved
    unmatched: bool = False
    at_risk: bool = False

    def __post_init__(self):
        if self.role not in ("", Enrollment.MENTEE, Enrollment.MENTOR):
            raise DomainError(_("Choose mentees, mentors or everyone."), field="role")
        if self.status not in (Enrollment.APPLIED, Enrollment.APPROVED):
            raise DomainError(_("Choose approved participants or applicants."), field="status")
        if self.status == Enrollment.APPLIED and (self.unmatched or self.at_risk):
            raise DomainError(
                _("Applicants are neither matched nor at risk; choose approved participants."), field="status"
            )

    def describe(self) -> str:
        if self.status == Enrollment.APPLIED:
            who = {"": _("applicant participants"), Enrollment.MENTEE: _("applicant mentees"),
                   Enrollment.MENTOR: _("applicant mentors")}[self.role]  # fmt: skip
        else:
            who = {"": _("approved participants"), Enrollment.MENTEE: _("approved mentees"),
                   Enrollment.MENTOR: _("approved mentors")}[self.role]  # fmt: skip
        if self.unmatched:
            who = _("{who} without a match").format(who=who)
        if self.at_risk:
            who = _("{who} in a relationship at risk").format(who=who)
        return who


def audience(program: Program, filters: Filters) -> list[User]:
    enrollments = program.enrollments.filter(status=filters.status, person__is_active=True)
    if filters.role:
        enrollments = enrollments.filter(role=filters.role)
    current = Relationship.objects.filter(program=program, status__in=Relationship.CURRENT_STATUSES)
    if filters.unmatched:
        enrollments = enrollments.exclude(
            Q(role=Enrollment.MENTEE, person__in=current.values("mentee"))
            | Q(role=Enrollment.MENTOR, person__in=current.values("mentor"))
        )
    if filters.at_risk:
        latest = HealthSnapshot.objects.filter(relationship=OuterRef("pk")).order_by("-taken_on").values("level")[:1]
        risky = current.annotate(level=Subquery(latest)).filter(level__in=AT_RISK_LEVELS)
        enrollments = enrollments.filter(
            Q(role=Enrollment.MENTEE, person__in=risky.values("mentee"))
            | Q(role=Enrollment.MENTOR, person__in=risky.values("mentor"))
        )
    return list(
        User.objects.filter(pk__in=enrollments.values("person")).select_related("profile").order_by("profile__name")
    )


def check_message(subject: str, body: str) -> None:
    if not subject.strip():
        raise DomainError(_("Write a subject."), field="subject")
    if not body.strip():
        raise DomainError(_("Write the message."), field="body")


def send(program: Program, by, subject: str, body: str, filters: Filters, confirm) -> Broadcast:
    check_message(subject, body)
    people = audience(program, filters)
    if not people:
        raise DomainError(_("Nobody matches these filters; nothing was sent."), "empty", field="confirm")
    if confirm is None or str(confirm) != str(len(people)):
        raise DomainError(
            ngettext(
                "Preview first: this message goes to {count} person.",
                "Preview first: this message goes to {count} people.",
                len(people),
            ).format(count=len(people)),
            "confirmation_required",
            field="confirm",
        )
    with transaction.atomic():
        broadcast = Broadcast.objects.create(
            program=program, sent_by=by, subject=subject.strip(), body=body.strip(), filters=asdict(filters)
        )
        recipients = [
            BroadcastRecipient(broadcast=broadcast, person=person, nudge_key=f"broadcast:{broadcast.pk}:{person.pk}")
            for person in people
        ]
        BroadcastRecipient.objects.bulk_create(recipients)
        for recipient in recipients:
            notify_now(
                recipient.person,
                "program_broadcast",
                recipient.nudge_key,
                f"{program.name}: {broadcast.subject}",
                broadcast.body,
                program.get_absolute_url(),
            )
    return broadcast


def log(program: Program, person_id: int | None = None) -> list[Broadcast]:
    """The program's broadcasts, newest first, each with its recipients and their delivery (`recipient.nudge`);
    with `person_id`, only what that person was sent."""
    broadcasts = program.broadcasts.select_related("sent_by__profile")
    recipients = BroadcastRecipient.objects.filter(broadcast__program=program).select_related("person__profile")
    if person_id is not None:
        broadcasts = broadcasts.filter(recipients__person_id=person_id)
        recipients = recipients.filter(person_id=person_id)
    recipients = list(recipients.order_by("person__profile__name"))
    nudges = {n.key: n for n in Nudge.objects.filter(key__in=[r.nudge_key for r in recipients])}
    by_broadcast: dict[int, list] = {}
    for recipient in recipients:
        recipient.nudge = nudges.get(recipient.nudge_key)
        by_broadcast.setdefault(recipient.broadcast_id, []).append(recipient)
    broadcasts = list(broadcasts)
    for broadcast in broadcasts:
        broadcast.sent_to = by_broadcast.get(broadcast.pk, [])
    return broadcasts


def delivery(recipient: BroadcastRecipient) -> str:
    nudge = recipient.nudge
    if nudge is None or nudge.delivered_at is None:
        return _("waiting")
    if nudge.emailed_at:
        return _("in the app and by email")
    if nudge.skipped:
        return _("in the app ({why})").format(why=nudge.skipped)
    return _("in the app")
