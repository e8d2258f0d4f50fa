"""Pairs that need attention: which of a program's pairs a coordinator should look at, and why.

A current pair is on the attention list for each of these reasons (the numbers are settings, see the README):
- `no_meeting`: no held meeting for COORDINATION_NO_MEETING_CADENCES (1.5) times the agreed cadence, counted from
  the last held meeting, or from the start before the first one;
- `no_agreement`: no confirmed agreement COORDINATION_AGREEMENT_DAYS (14) days after the start;
- `health`: the latest health snapshot is at risk or stalled (snapshots never count anyone's ratings,
  docs/health.md);
- `fit_check`: a participant answered the fit check “no”, and no coordinator has dealt with it yet;
- `help`: a participant asked the coordinators for help, not dealt with yet;
- `paused`: the relationship is paused;
- `review_overdue`: its six-month review date (MENTORSHIP_REVIEW_DAYS) has passed.

Pulse answers are private to their author, also as the average of one pair, so they are never a reason: the fit
check is the question whose answer is meant for the coordinators. Nothing here reads what people wrote.

Two queries however many pairs and programs: the annotated relationships and their agreement versions.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.db.models import Count, Exists, IntegerField, Max, OuterRef, Prefetch, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from mentorhub.health.services import HEALTH_LABELS
from mentorhub.meetings.models import Meeting
from mentorhub.relationships.models import AgreementVersion, HealthSnapshot, Relationship

from .models import FitCheck, HelpRequest

REASONS = {
    "no_meeting": gettext_lazy("No meeting for a while"),
    "no_agreement": gettext_lazy("No agreement yet"),
    "health": gettext_lazy("Health at risk or stalled"),
    "fit_check": gettext_lazy("Fit check: not a good fit"),
    "help": gettext_lazy("Asked for help"),
    "paused": gettext_lazy("Paused"),
    "review_overdue": gettext_lazy("Review overdue"),
}
# The health levels as people read them (health.score.LEVELS holds the stored names).
LOW_LEVELS = ("at risk", "stalled")
CURRENT = "current"  # a status filter: active or paused
SORTS = {
    "reasons": gettext_lazy("Most reasons first"),
    "last_met": gettext_lazy("Longest without a meeting"),
    "health": gettext_lazy("Lowest health first"),
    "started": gettext_lazy("Oldest first"),
    "mentee": gettext_lazy("Mentee's name"),
}


@dataclass
class Pair:
    relationship: Relationship
    meetings_held: int
    last_met: datetime | None
    level: str | None
    score: int | None
    reasons: list[tuple[str, str]] = field(default_factory=list)

    @property
    def codes(self) -> set[str]:
        return {code for code, _text in self.reasons}

    @property
    def level_label(self) -> str:
        return HEALTH_LABELS.get(self.level, self.level) if self.level else ""


# What the reasons read of a relationship and its agreements: Home counts reasons and shows no names, and reading
# whole rows (and the two people's profiles) cost it more CPU than the query itself.
REASON_FIELDS = ("status", "program", "started_on", "review_on")
CADENCE_FIELDS = ("relationship", "cadence", "custom_cadence_days", "confirmed_by_mentee_at", "confirmed_by_mentor_at")


def annotated(relationships, *, names=True):
    """The relationships with what the reasons read, for any queryset of them; `names=False` for counting reasons
    (Home), which reads only the columns the reasons need."""
    held = Meeting.objects.filter(relationship=OuterRef("pk"), status=Meeting.HELD).order_by().values("relationship")
    latest = HealthSnapshot.objects.filter(relationship=OuterRef("pk")).order_by("-taken_on")
    if names:
        relationships = relationships.select_related("program", "mentee__profile", "mentor__profile")
        agreements = "agreement_versions"
    else:
        relationships = relationships.only(*REASON_FIELDS)
        agreements = Prefetch("agreement_versions", AgreementVersion.objects.only(*CADENCE_FIELDS))
    return relationships.prefetch_related(agreements).annotate(
        last_met=Subquery(held.annotate(at=Max("starts_at")).values("at")),
        held_count=Coalesce(Subquery(held.annotate(n=Count("pk")).values("n"), output_field=IntegerField()), Value(0)),
        health_level=Subquery(latest.values("level")[:1]),
        health_score=Subquery(latest.values("score")[:1]),
        fit_no=Exists(
            FitCheck.objects.filter(relationship=OuterRef("pk"), answer=FitCheck.NO, resolved_at__isnull=True)
        ),
        help_open=Exists(HelpRequest.objects.filter(relationship=OuterRef("pk"), resolved_at__isnull=True)),
    )


def reasons_for(r: Relationship, now: datetime) -> list[tuple[str, str]]:
    if not r.is_current:
        return []
    today = timezone.localdate(now)
    reasons = []
    cadence = r.cadence_days()
    if cadence and r.status == Relationship.ACTIVE:
        waited = (now - r.last_met).days if r.last_met else (today - r.started_on).days
        if waited > settings.COORDINATION_NO_MEETING_CADENCES * cadence:
            text = (
                _("{waited} days since the last meeting; they agreed every {cadence} days")
                if r.last_met
                else _("{waited} days since they started, and no meeting yet; they agreed every {cadence} days")
            )
            reasons.append(("no_meeting", text.format(waited=waited, cadence=cadence)))
    started = (today - r.started_on).days
    if not cadence and started > settings.COORDINATION_AGREEMENT_DAYS:
        reasons.append(
            ("no_agreement", _("No confirmed agreement {days} days after they started").format(days=started))
        )
    if r.health_level in LOW_LEVELS:
        level = str(HEALTH_LABELS.get(r.health_level, r.health_level)).lower()
        reasons.append(("health", _("Health {level} ({score}/100)").format(level=level, score=r.health_score)))
    if r.fit_no:
        reasons.append(("fit_check", _("A participant answered the fit check “not a good fit”")))
    if r.help_open:
        reasons.append(("help", _("A participant asked the coordinators for help")))
    if r.status == Relationship.PAUSED:
        reasons.append(("paused", _("The relationship is paused")))
    if r.review_on and r.review_on < today:
        due = date_format(r.review_on, "d M Y")
        reasons.append(("review_overdue", _("Its review was due on {day}").format(day=due)))
    return reasons


def pairs_of(relationships, now=None, *, names=True) -> list[Pair]:
    now = now or timezone.now()
    return [
        Pair(r, r.held_count, r.last_met, r.health_level, r.health_score, reasons_for(r, now))
        for r in annotated(relationships, names=names)
    ]


def sort_pairs(pairs: list[Pair], sort: str) -> list[Pair]:
    never = datetime.min.replace(tzinfo=timezone.get_current_timezone())
    keys = {
        "reasons": lambda p: (-len(p.reasons), p.relationship.started_on),
        "last_met": lambda p: (p.last_met or never, p.relationship.started_on),
        "health": lambda p: (p.score if p.score is not None else 101, p.relationship.started_on),
        "started": lambda p: (p.relationship.started_on, p.relationship.pk),
        "mentee": lambda p: (p.relationship.mentee.profile.name.casefold(), p.relationship.pk),
    }
    return sorted(pairs, key=keys.get(sort, keys["reasons"]))


def program_pairs(
    program, *, status="", phase="", level="", reason="", sort="", attention_only=False, now=None
) -> list[Pair]:
    """A program's pairs, filtered; `attention_only` keeps the current ones with at least one reason."""
    relationships = Relationship.objects.filter(program=program)
    if attention_only:
        relationships = relationships.filter(status__in=Relationship.CURRENT_STATUSES)
    if status == CURRENT:
        relationships = relationships.filter(status__in=Relationship.CURRENT_STATUSES)
    elif status:
        relationships = relationships.filter(status=status)
    if phase:
        relationships = relationships.filter(phase=phase)
    pairs = pairs_of(relationships, now)
    if level:
        pairs = [p for p in pairs if p.level == level]
    if attention_only:
        pairs = [p for p in pairs if p.reasons]
    if reason:
        pairs = [p for p in pairs if reason in p.codes]
    return sort_pairs(pairs, sort)
