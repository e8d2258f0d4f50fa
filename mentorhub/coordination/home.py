"""A coordinator's Home (lib/dueitems.py): per program they run, what needs them now and the next step. Help asked
and pairs needing attention first, then applications waiting, then mentees still unmatched and why (from the last
match run's reasons), then reviews due this week. A bounded number of queries however many programs and pairs."""

from collections import Counter
from datetime import timedelta

from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from mentorhub.nudges.rules import at_morning
from mentorhub.programs.models import Enrollment, MatchRun, Program
from mentorhub.relationships.models import Relationship

from .attention import REASONS, pairs_of

KIND = "coordination"


def enrollments_waiting(programs) -> tuple[dict[int, int], dict[int, list[int]]]:
    """By program, in one query: how many applications wait for a decision, and the approved mentees without a
    current relationship in the program."""
    matched = Relationship.objects.filter(
        program=OuterRef("program"), mentee=OuterRef("person"), status__in=Relationship.CURRENT_STATUSES
    )
    unmatched = Q(role=Enrollment.MENTEE, status=Enrollment.APPROVED) & ~Exists(matched)
    rows = (
        Enrollment.objects.filter(Q(status=Enrollment.APPLIED) | unmatched, program__in=programs)
        .order_by()
        .values_list("program", "person", "status")
    )
    applied, found = Counter(), {}
    for program_id, person_id, status in rows:
        if status == Enrollment.APPLIED:
            applied[program_id] += 1
        else:
            found.setdefault(program_id, []).append(person_id)
    return applied, found


def why_unmatched(run: MatchRun | None, people: list[int]) -> str:
    if run is None:
        return _("No match run yet: a dry run matches them and says why anyone is left out.")
    reasons = {u["mentee_id"]: u["reason"] for u in run.summary.get("unmatched", [])}
    counted = Counter(reasons[p] for p in people if p in reasons)
    fresh = sum(1 for p in people if p not in reasons)
    parts = [_("{count}: {reason}").format(count=n, reason=reason) for reason, n in counted.most_common(2)]
    if fresh:
        parts.append(
            ngettext(
                "{count} joined or was unmatched since run {number}",
                "{count} joined or were unmatched since run {number}",
                fresh,
            ).format(count=fresh, number=run.number)
        )
    return _("{reasons}.").format(reasons="; ".join(parts))


def home_items(person) -> list[dict]:
    programs = list(Program.objects.coordinated_by(person).order_by("name").only("name", "slug"))
    if not programs:
        return []
    today = timezone.localdate()
    # Due this morning rather than "now": the page reads the same however often it is loaded today.
    today_due = at_morning(today, person)
    waiting, unmatched = enrollments_waiting(programs)
    last_runs = {}
    runs = MatchRun.objects.filter(program__in=programs).exclude(status=MatchRun.DISCARDED).order_by("-number")
    for run in runs.only("program", "number", "summary"):
        last_runs.setdefault(run.program_id, run)
    current = Relationship.objects.filter(program__in=programs, status__in=Relationship.CURRENT_STATUSES)
    pairs = pairs_of(current, names=False)
    items = []
    for program in programs:
        mine = [p for p in pairs if p.relationship.program_id == program.pk]
        asked = [p for p in mine if p.codes & {"help", "fit_check"}]
        attention = [p for p in mine if p.reasons]
        if asked:
            items.append({
                "title": ngettext("{program}: {count} pair asks for you", "{program}: {count} pairs ask for you",
                                  len(asked)).format(program=program.name, count=len(asked)),
                "why": _("A participant asked for help, or answered the fit check “not a good fit”."),
                "url": reverse("coordination:attention", args=[program.slug]),
                "due": today_due, "kind": KIND,
            })  # fmt: skip
        if attention:
            counted = Counter(c for p in attention for c in p.codes)
            items.append({
                "title": ngettext("{program}: {count} pair needs attention", "{program}: {count} pairs need attention",
                                  len(attention)).format(program=program.name, count=len(attention)),
                "why": ", ".join(
                    _("{reason} ({count})").format(reason=str(REASONS[code]).lower(), count=counted[code])
                    # Most frequent first; ties in the attention list's own order (a pair's codes are a set).
                    for code in sorted(counted, key=lambda code: (-counted[code], list(REASONS).index(code)))
                ),
                "url": reverse("coordination:attention", args=[program.slug]),
                "due": today_due, "kind": KIND,
            })  # fmt: skip
        if waiting.get(program.pk):
            items.append({
                "title": ngettext("{program}: {count} application waiting", "{program}: {count} applications waiting",
                                  waiting[program.pk]).format(program=program.name, count=waiting[program.pk]),
                "why": _("Approve or reject them; they hear from you either way."),
                "url": reverse("programs:participants", args=[program.slug]) + "?status=applied",
                "due": today_due, "kind": KIND,
            })  # fmt: skip
        people = unmatched.get(program.pk, [])
        if people:
            items.append({
                "title": ngettext("{program}: {count} mentee is unmatched: run matching",
                                  "{program}: {count} mentees are unmatched: run matching",
                                  len(people)).format(program=program.name, count=len(people)),
                "why": why_unmatched(last_runs.get(program.pk), people),
                "url": reverse("programs:matching", args=[program.slug]),
                "due": today_due, "kind": KIND,
            })  # fmt: skip
        reviews = [
            p
            for p in mine
            if p.relationship.review_on and today <= p.relationship.review_on <= today + timedelta(days=7)
        ]
        if reviews:
            first = min(p.relationship.review_on for p in reviews)
            items.append({
                "title": ngettext("{program}: {count} review due this week", "{program}: {count} reviews due this week",
                                  len(reviews)).format(program=program.name, count=len(reviews)),
                "why": _("Extend, change or close well: the pairs decide, you can help."),
                "url": reverse("coordination:pairs", args=[program.slug]) + "?sort=started",
                "due": at_morning(first, person),
                "kind": KIND,
            })  # fmt: skip
    return items
