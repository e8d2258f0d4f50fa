"""Programs: who may see and run them, enrolment, rankings, and the relationships a coordinator creates.

Rules:
- a program is seen by the public (public programs), by its coordinators and by anyone enrolled; an invite-link
  program also by whoever holds the link. Everything a coordinator does goes through `get_program_for_user(...,
  coordinator=True)`, so coordinators of one program reach nothing of another.
- a mentor's places are checked under a lock on the mentor's profile row (as `relationships.services.requests` does), so
  a publish and a concurrent accept never overfill a mentor.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.http import Http404
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from mentorhub.accounts import sso
from mentorhub.accounts.models import User
from mentorhub.accounts.services import password_link
from mentorhub.lib.errors import DomainError
from mentorhub.lib.mail import queue_email
from mentorhub.profiles.availability import resume_accepting
from mentorhub.profiles.models import Profile
from mentorhub.relationships import lifecycle
from mentorhub.relationships.models import Relationship

from . import imports
from .features import active_mentees, places_left
from .models import Enrollment, MatchRun, Program
from .publishing import check_confirmation

# Access -----------------------------------------------------------------------------------------------------------


def get_program_for_user(user, slug, coordinator=False) -> Program:
    """The one door to a program: 404 when the person may not know it exists, 403 when they may see it but
    asked for a coordinator's page."""
    program = Program.objects.visible_to(user).filter(slug=slug).first()
    if program is None:
        raise Http404("No such program")
    if coordinator and not program.is_coordinator(user):
        raise PermissionDenied("Only this program's coordinators can do that.")
    return program


def get_program_by_invite(slug, token) -> Program:
    program = Program.objects.filter(slug=slug, visibility=Program.INVITE).first()
    if program is None or not constant_time_compare(program.invite_token, token or ""):
        raise Http404("No such program")
    return program


def can_join(program: Program, user, invite_token: str = "") -> bool:
    """Public programs take applications from anyone; invite-link ones from holders of the link; private ones
    only through a coordinator's import."""
    if program.visibility == Program.PUBLIC:
        return True
    if program.visibility == Program.INVITE:
        return constant_time_compare(program.invite_token, invite_token or "")
    return False


def enrollments_of(user, program: Program) -> dict[str, Enrollment]:
    if not user.is_authenticated:
        return {}
    return {e.role: e for e in program.enrollments.filter(person=user)}


def is_member(user, program: Program) -> bool:
    return program.enrollments.approved().filter(person=user).exists() or program.is_coordinator(user)


# Enrolment --------------------------------------------------------------------------------------------------------


def notify(user, subject_line, body, url: str) -> None:
    """`subject_line` and `body` lazy (gettext_lazy, format_lazy): the email renders them in `user`'s language."""
    queue_email(
        user.email,
        "email/program_event",
        recipient=user,
        name=user.get_short_name(),
        subject_line=subject_line,
        body=body,
        link=settings.SITE_URL + url,
    )


def lock(program: Program) -> None:
    """Hold the program's row until the transaction ends: it owns the enrolment counts, so applications and imports
    for one program queue here and each sees the enrolments the one before it made."""
    Program.objects.select_for_update().get(pk=program.pk)


@transaction.atomic
def apply(
    program: Program,
    person,
    role: str,
    *,
    answers=None,
    capacity=None,
    invite_token="",
    signed_in_through=frozenset(),
) -> Enrollment:
    """`signed_in_through`: the organisation providers the person signed in through in this session
    (accounts.sso.signed_in_through), which a program that requires one checks."""
    if role not in dict(Enrollment.ROLE_CHOICES):
        raise DomainError(_("Choose to join as a mentee or as a mentor."), "role")
    if not can_join(program, person, invite_token):
        raise DomainError(_("This program takes participants by invitation only."), "closed")
    if program.sso_required and program.sso_provider not in signed_in_through:
        raise DomainError(
            _(
                "Only people who sign in through %(provider)s can join %(program)s. Log out, then sign in with "
                "“Continue with your organisation”."
            )
            % {"provider": sso.provider_name(None, program.sso_provider), "program": program.name},
            "sign_in_required",
        )
    refused = program.applications_closed_because(timezone.localdate())
    if refused:
        raise DomainError(refused[1], refused[0])
    return enrol(program, person, role, answers=answers, capacity=capacity)


def enrol(program: Program, person, role: str, *, answers=None, capacity=None, source=Enrollment.FORM) -> Enrollment:
    """Enrol `person` in `role`: approved at once when the program approves everyone, else an application that its
    coordinators are told about. Callers check first whether the person may join."""
    lock(program)
    if program.enrollments.filter(person=person, role=role).exists():
        raise DomainError(
            _("You have already applied as a mentee.")
            if role == Enrollment.MENTEE
            else _("You have already applied as a mentor."),
            "duplicate",
        )
    automatic = program.approval == Program.AUTOMATIC
    enrollment = Enrollment.objects.create(
        program=program,
        person=person,
        role=role,
        answers=answers or {},
        capacity=capacity if role == Enrollment.MENTOR else None,
        status=Enrollment.APPROVED if automatic else Enrollment.APPLIED,
        decided_at=timezone.now() if automatic else None,
        source=source,
    )
    if role == Enrollment.MENTOR and not person.profile.accepting_mentees:
        # Joining as a mentor is saying yes to mentoring; the directory and the capacity checks read the profile.
        resume_accepting(person)
    if not automatic:
        for coordinator in program.coordinators.all():
            notify(
                coordinator,
                format_lazy(
                    gettext_lazy("{name} applied to {program}"), name=person.profile.name, program=program.name
                ),
                gettext_lazy("They applied as a mentor. Approve or reject them on the participants page.")
                if role == Enrollment.MENTOR
                else gettext_lazy("They applied as a mentee. Approve or reject them on the participants page."),
                program.get_absolute_url() + "participants/",
            )
    return enrollment


@transaction.atomic
def enrol_on_sign_in(person, provider_id: str) -> list[Enrollment]:
    """The programs that enrol whoever signs in through `provider_id` (Program.sso_role) take `person`, unless they
    are enrolled in that role already or the program takes nobody today; what was made, for the person to be told."""
    today = timezone.localdate()
    made = []
    for program in Program.objects.filter(sso_provider=provider_id, archived_at__isnull=True).exclude(sso_role=""):
        if program.applications_closed_because(today):
            continue
        if not program.enrollments.filter(person=person, role=program.sso_role).exists():
            made.append(enrol(program, person, program.sso_role, source=Enrollment.SSO))
    return made


@transaction.atomic
def decide(enrollment: Enrollment, by, status: str) -> Enrollment:
    if status not in (Enrollment.APPROVED, Enrollment.REJECTED):
        raise DomainError(_("Approve or reject."), "status")
    locked = (
        Enrollment.objects.select_for_update(of=("self",))
        .select_related("program", "person__profile")
        .get(pk=enrollment.pk)
    )
    if locked.status == status:
        return locked
    locked.status, locked.decided_at, locked.decided_by = status, timezone.now(), by
    locked.save(update_fields=["status", "decided_at", "decided_by"])
    if status == Enrollment.APPROVED:
        subject = gettext_lazy("{program}: welcome to the program")
        body = gettext_lazy(
            "Your place is confirmed. Your coordinators will match you soon; meanwhile, complete your profile."
        )
    else:
        subject = gettext_lazy("{program}: an update on your application to the program")
        body = gettext_lazy("The coordinators could not offer you a place this time.")
    notify(locked.person, format_lazy(subject, program=locked.program.name), body, locked.program.get_absolute_url())
    return locked


def set_rankings(program: Program, person, mentor_ids: list[int]) -> Enrollment:
    """A mentee's mentor choices, first choice first: approved mentors of the program, at most `max_rankings`."""
    enrollment = program.enrollments.approved().filter(person=person, role=Enrollment.MENTEE).first()
    if enrollment is None:
        raise DomainError(_("Only approved mentees of this program can rank mentors."), "not_mentee")
    chosen = list(dict.fromkeys(int(pk) for pk in mentor_ids))
    if len(chosen) > program.max_rankings:
        raise DomainError(_("Rank at most %(count)s mentors.") % {"count": program.max_rankings}, "too_many")
    mentors = set(
        program.enrollments.approved()
        .filter(role=Enrollment.MENTOR, person__in=chosen)
        .values_list("person", flat=True)
    )
    if set(chosen) - mentors or person.pk in chosen:
        raise DomainError(_("Rank only mentors of this program."), "not_mentor")
    enrollment.rankings = chosen
    enrollment.save(update_fields=["rankings"])
    return enrollment


# CSV import -------------------------------------------------------------------------------------------------------


def preview_import(program: Program, text: str) -> list[imports.ParticipantRow]:
    """Every row checked, and marked new account, existing account or already approved. Raises DomainError."""
    rows = imports.parse(text)
    emails = {row.values["email"] for row in rows}
    existing = set(User.objects.filter(email__in=emails).values_list("email", flat=True))
    enrolled = {
        (email, role): status
        for email, role, status in program.enrollments.filter(person__email__in=emails).values_list(
            "person__email", "role", "status"
        )
    }
    for row in rows:
        row.existing = row.values["email"] in existing
        row.enrolled = enrolled.get((row.values["email"], row.values["role"]), "")
    return rows


def _new_person(values: dict, program: Program) -> User:
    mentor = values["role"] == Enrollment.MENTOR
    skills = values["skills"]
    person = User.objects.create_user(
        email=values["email"],
        password=None,  # unusable until they choose one from the invitation
        # The coordinator vouches for the (work) address, and the invitation link proves it reached them.
        email_verified=True,
        profile={
            "name": values["name"],
            "timezone": values["timezone"] or "UTC",
            "languages": values["languages"],
            "skills_offered": [{"name": s, "level": ""} for s in skills] if mentor else [],
            "skills_sought": [] if mentor else skills,
            "accepting_mentees": mentor,
            "seeking_mentors": not mentor,
            "mentor_capacity": values["capacity"] or program.default_mentor_capacity,
            "visibility": Profile.PROGRAMS,
        },
    )
    return person


def _invite(person: User, program: Program, by) -> None:
    if person.has_usable_password():
        notify(
            person,
            format_lazy(gettext_lazy("You have joined {program}"), program=program.name),
            format_lazy(
                gettext_lazy("{name} added you to the program. Your coordinators will match you soon."),
                name=by.profile.name,
            ),
            program.get_absolute_url(),
        )
        return
    link = password_link(person)
    queue_email(
        person.email,
        "email/program_invitation",
        recipient=person,
        name=person.get_short_name(),
        program=program.name,
        coordinator=by.profile.name,
        link=link,
        program_link=settings.SITE_URL + program.get_absolute_url(),
    )


def import_participants(program: Program, text: str, by) -> dict:
    """All rows or none: any row with an error stops the whole import before anything is written."""
    rows = preview_import(program, text)
    failing = [row for row in rows if row.errors]
    if failing:
        raise DomainError(
            ngettext(
                "%(count)s row has errors; fix it and upload the file again.",
                "%(count)s rows have errors; fix them and upload the file again.",
                len(failing),
            )
            % {"count": len(failing)},
            "invalid",
        )
    counts = {"created": 0, "enrolled": 0, "unchanged": 0}
    invited = {}
    now = timezone.now()
    with transaction.atomic():
        # A second import of the same file waits here, then finds the people and enrolments the first one made.
        lock(program)
        for row in rows:
            values = row.values
            person = User.objects.filter(email=values["email"]).first()
            if person is None:
                try:
                    with transaction.atomic():
                        person = _new_person(values, program)
                    counts["created"] += 1
                except IntegrityError:  # another program's import made their account a moment ago
                    person = User.objects.get(email=values["email"])
            enrollment, created = Enrollment.objects.get_or_create(
                program=program, person=person, role=values["role"], defaults={"source": Enrollment.IMPORT}
            )
            if not created and enrollment.status == Enrollment.APPROVED:
                counts["unchanged"] += 1
            else:
                counts["enrolled"] += 1
                invited[person.pk] = person
            enrollment.status, enrollment.decided_at, enrollment.decided_by = Enrollment.APPROVED, now, by
            enrollment.department = values["department"] or enrollment.department
            enrollment.cohort = values["cohort"] or enrollment.cohort
            if values["role"] == Enrollment.MENTOR and values["capacity"]:
                enrollment.capacity = values["capacity"]
            enrollment.save()
        # Mail only once the rows are committed: a rolled-back import must not have invited anyone.
        transaction.on_commit(lambda: [_invite(person, program, by) for person in invited.values()])
    return counts


# Relationships made by coordinators -------------------------------------------------------------------------------


@transaction.atomic
def match(program: Program, mentee, mentor, by, why: str) -> Relationship:
    """Start a program relationship a coordinator decided on, under the lock on the mentor's profile."""
    mentor_profile = Profile.objects.lock(mentor.pk)
    enrollment = program.enrollments.approved().filter(person=mentor, role=Enrollment.MENTOR).first()
    if enrollment is None:
        raise DomainError(
            _("%(name)s is not an approved mentor of this program.") % {"name": mentor_profile.name}, "not_mentor"
        )
    if not program.enrollments.approved().filter(person=mentee, role=Enrollment.MENTEE).exists():
        raise DomainError(
            _("%(name)s is not an approved mentee of this program.") % {"name": mentee.profile.name}, "not_mentee"
        )
    if mentee.pk == mentor.pk:
        raise DomainError(_("A person cannot mentor themselves."), "self")
    current = Relationship.objects.filter(status__in=Relationship.CURRENT_STATUSES)
    if current.filter(mentee=mentee, mentor=mentor).exists():
        raise DomainError(
            _("%(mentee)s and %(mentor)s already work together.")
            % {"mentee": mentee.profile.name, "mentor": mentor_profile.name},
            "already_related",
        )
    enrollment.person.profile = mentor_profile  # the capacity read under the lock, not a stale copy
    in_program = active_mentees([mentor.pk], program).get(mentor.pk, 0)
    if places_left(enrollment, in_program, active_mentees([mentor.pk]).get(mentor.pk, 0)) <= 0:
        raise DomainError(_("%(name)s has no place left.") % {"name": mentor_profile.name}, "no_capacity")
    # The same start as an accepted request: nudges, webhooks and the rest follow from the lifecycle's signal.
    relationship = lifecycle.start(mentee, mentor, actor=by, program=program, why=why)

    def tell_both():
        for person, other in ((mentee, mentor), (mentor, mentee)):
            notify(
                person,
                format_lazy(
                    gettext_lazy("{program}: you are matched with {name}"),
                    program=program.name,
                    name=other.profile.name,
                ),
                format_lazy(
                    gettext_lazy(
                        "{why}. Next: agree how you will work together (goals, cadence, boundaries) and plan a first "
                        "meeting."
                    ),
                    why=why,
                ),
                relationship.get_absolute_url(),
            )

    # Mail leaves at once: only a match that committed may announce itself.
    transaction.on_commit(tell_both)
    return relationship


def publish(run: MatchRun, by, confirm=None) -> dict:
    """Start the run's relationships, one transaction per pair so that a mentor who filled up meanwhile skips
    that pair only; the run is marked published first, so two publishes never double the relationships.
    `confirm` is the number of relationships the coordinator agreed to start (publishing.check_confirmation)."""
    if run.status == MatchRun.DRAFT:
        check_confirmation(run, confirm)
    claimed = MatchRun.objects.filter(pk=run.pk, status=MatchRun.DRAFT).update(
        status=MatchRun.PUBLISHED, published_at=timezone.now(), published_by=by
    )
    if claimed != 1:
        raise DomainError(_("This run is not a draft any more."), "state")
    counts = {"started": 0, "skipped": 0}
    for proposal in run.proposals.select_related("mentee__profile", "mentor__profile"):
        why = format_lazy(
            gettext_lazy("Matched in run {number} with a score of {score}"), number=run.number, score=proposal.score
        )
        try:
            proposal.relationship = match(run.program, proposal.mentee, proposal.mentor, by, why)
        except DomainError as error:
            proposal.note = str(error)
            counts["skipped"] += 1
        else:
            counts["started"] += 1
        proposal.save(update_fields=["relationship", "note"])
    return counts


def discard(run: MatchRun) -> None:
    if not MatchRun.objects.filter(pk=run.pk, status=MatchRun.DRAFT).update(status=MatchRun.DISCARDED):
        raise DomainError(_("Only a dry run can be discarded."), "state")


def get_run(program: Program, number: int) -> MatchRun:
    run = program.match_runs.filter(number=number).first()
    if run is None:
        raise Http404("No such run")
    return run
