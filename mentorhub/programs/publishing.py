"""Publishing a match run safely: what it will do is said before it is done, and it can be undone while nobody
has acted on it (docs/programs.md, "Publishing safely").

Rules:
- publishing needs a confirmation that names what it starts: `confirm` must be the number of relationships the run
  will start (the page's checkbox carries it, the API's body names it). Without it, or with a stale number, the
  answer is a 422 on `confirm` and nothing starts.
- a published run can be undone for `PROGRAM_UNDO_PUBLISH_HOURS` after publishing while nobody in it has acted:
  no meeting, agreement, note, progress, thanks or history entry, and no status or phase change, by either person
  of any of its pairs. Undoing cancels each relationship through `relationships.lifecycle.cancel` (never writing a
  status here), marks the run undone, and tells both people of each pair in the notification centre and by email.
- the run is claimed with a compare-and-set update inside the same transaction as the checks and the cancels, so
  two undos never both run, and a refused undo leaves the run published.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from mentorhub.lib.errors import DomainError
from mentorhub.nudges.services import notify_now
from mentorhub.relationships import lifecycle
from mentorhub.relationships.models import AgreementVersion, Relationship, RelationshipEvent

from .models import MatchRun

# Each started relationship tells both people by email (services.match).
EMAILS_PER_RELATIONSHIP = 2
# What counts as acting on a new relationship, by the related name it is read through.
ACTIONS = {
    "meetings": gettext_lazy("it has a meeting"),
    "action_items": gettext_lazy("it has an action item"),
    "progress_updates": gettext_lazy("it has a progress update"),
    "mentor_feedback": gettext_lazy("it has feedback"),
    "celebrations": gettext_lazy("it has a celebration"),
    "gratitude_notes": gettext_lazy("it has a thank-you"),
    "reflections": gettext_lazy("it has a reflection"),
}


def planned(run: MatchRun) -> dict:
    """What publishing the run would do, for the confirmation: relationships started and emails sent."""
    pairs = run.proposals.count()
    return {"relationships": pairs, "emails": EMAILS_PER_RELATIONSHIP * pairs}


def check_confirmation(run: MatchRun, confirm) -> None:
    expected = planned(run)
    if confirm is None or str(confirm) != str(expected["relationships"]):
        emails = ngettext("{count} email", "{count} emails", expected["emails"]).format(count=expected["emails"])
        raise DomainError(
            ngettext(
                "Confirm first: publishing starts {count} relationship and sends {emails}.",
                "Confirm first: publishing starts {count} relationships and sends {emails}.",
                expected["relationships"],
            ).format(count=expected["relationships"], emails=emails),
            "confirmation_required",
            field="confirm",
        )


def undo_deadline(run: MatchRun):
    return run.published_at + timedelta(hours=settings.PROGRAM_UNDO_PUBLISH_HOURS) if run.published_at else None


def first_action(relationships: list[Relationship]) -> tuple[Relationship, str] | None:
    """A relationship in which either person did something since it started, and what; None when nothing
    happened in any. A fixed number of queries, however many pairs the run started."""
    ids = [r.pk for r in relationships]
    by_id = {r.pk: r for r in relationships}
    for relationship in relationships:
        if relationship.status != Relationship.ACTIVE:
            return relationship, _("it is {status}").format(status=relationship.get_status_display().lower())
        if relationship.phase != "initiation":
            return relationship, _("its phase changed")
        if relationship.last_activity_at:
            return relationship, _("they met or agreed something")
    history = (
        RelationshipEvent.objects.filter(relationship__in=ids)
        .values("relationship")
        .annotate(n=Count("pk"))
        .filter(n__gt=1)
        .values_list("relationship", flat=True)
    )
    agreements = (
        AgreementVersion.objects.filter(relationship__in=ids)
        .exclude(number=1, confirmed_by_mentee_at__isnull=True, confirmed_by_mentor_at__isnull=True)
        .values_list("relationship", flat=True)
    )
    checks = [
        (history, _("it has a new entry in its history")),
        (agreements, _("an agreement was proposed or confirmed")),
    ]
    for name, thing in ACTIONS.items():
        model = Relationship._meta.get_field(name).related_model
        checks.append((model.objects.filter(relationship__in=ids).values_list("relationship", flat=True), str(thing)))
    for query, happened in checks:
        found = query.order_by().first()
        if found is not None:
            return by_id[found], happened
    return None


def undo_refusal(run: MatchRun, now=None) -> tuple[str, str] | None:
    """Why the run cannot be undone now, as (code, sentence), or None when it can."""
    now = now or timezone.now()
    if run.status != MatchRun.PUBLISHED:
        return "state", _("Only a published run can be undone.")
    if not settings.PROGRAM_UNDO_PUBLISH_HOURS or now > undo_deadline(run):
        hours = settings.PROGRAM_UNDO_PUBLISH_HOURS
        return "too_late", ngettext(
            "A run can be undone only within {hours} hour of publishing; end its relationships one by one instead.",
            "A run can be undone only within {hours} hours of publishing; end its relationships one by one instead.",
            hours,
        ).format(hours=hours)
    started = Relationship.objects.filter(
        pk__in=run.proposals.filter(relationship__isnull=False).values("relationship")
    ).select_related("mentee__profile", "mentor__profile")
    acted = first_action(list(started))
    if acted:
        relationship, happened = acted
        return "acted_on", _(
            "{mentee} and {mentor} have started ({what}); end relationships one by one instead."
        ).format(mentee=relationship.mentee.profile.name, mentor=relationship.mentor.profile.name, what=happened)
    return None


def undo(run: MatchRun, by) -> int:
    """Cancel every relationship the run started; returns how many."""
    with transaction.atomic():
        refusal = undo_refusal(run)
        if refusal:
            raise DomainError(refusal[1], refusal[0])
        now = timezone.now()
        if not MatchRun.objects.filter(pk=run.pk, status=MatchRun.PUBLISHED).update(
            status=MatchRun.UNDONE, undone_at=now, undone_by=by
        ):
            raise DomainError(_("This run is not published any more."), "state")
        cancelled = []
        for proposal in run.proposals.filter(relationship__isnull=False).select_related("relationship"):
            cancelled.append(lifecycle.cancel(proposal.relationship, by, f"Match run {run.number} undone"))
        for relationship in cancelled:
            pair = relationship.mentee, relationship.mentor
            for person, other in (pair, pair[::-1]):
                notify_now(
                    person,
                    "program_update",
                    f"undone:{relationship.pk}:{person.pk}",
                    format_lazy(
                        gettext_lazy("{program}: your match with {name} was undone"),
                        program=run.program.name,
                        name=other.profile.name,
                    ),
                    gettext_lazy(
                        "The coordinators undid this match before it began; nothing is needed from you. "
                        "They will match you again soon."
                    ),
                    run.program.get_absolute_url(),
                )
    return len(cancelled)
