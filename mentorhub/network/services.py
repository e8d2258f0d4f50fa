import re
import statistics
from collections import defaultdict
from datetime import date

from django.db import transaction
from django.db.models import F
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from mentorhub.coach import outreach as coach
from mentorhub.coach import panel
from mentorhub.conversations.services import conversation_between, post_message
from mentorhub.goals.models import Goal, SkillGap
from mentorhub.lib.errors import DomainError
from mentorhub.lib.time import zone_of
from mentorhub.nudges import services as nudges
from mentorhub.profiles import search as people_search
from mentorhub.profiles.models import Profile
from mentorhub.relationships.models import Relationship

from . import imports
from .models import REPLY_EXPECTED, Contact, Encounter, OutreachMessage, duplicate_keys, follow_up_after
from .outreach_templates import FOLLOW_UP, OWN, PROMPTS, TEMPLATES

# Written once, read on Home and in the nudge: each in the person's own language.
FOLLOW_UP_ENCOUNTER = _("Follow up with {name} after {where}")
FOLLOW_UP_ENCOUNTER_WHY = _(
    "A short, personal note within 48 hours, mentioning what you talked about, keeps the door open."
)
NO_REPLY_YET = _("No reply from {name} yet: send one polite follow-up")

# --- Access -----------------------------------------------------------------------------------------------


def get_contact_for_user(user, pk) -> Contact:
    """The one door to a contact. Someone else's contact looks exactly like a missing one."""
    contact = Contact.objects.visible_to(user).select_related("person__profile").filter(pk=pk).first()
    if contact is None:
        raise Http404("No such contact")
    return contact


def get_encounter_for_user(user, pk) -> Encounter:
    encounter = Encounter.objects.visible_to(user).select_related("contact").filter(pk=pk).first()
    if encounter is None:
        raise Http404("No such encounter")
    return encounter


def get_message_for_user(user, pk) -> OutreachMessage:
    message = OutreachMessage.objects.visible_to(user).select_related("contact").filter(pk=pk).first()
    if message is None:
        raise Http404("No such message")
    return message


# --- Contacts ---------------------------------------------------------------------------------------------


def find_duplicate(owner, name, email, organisation, exclude_pk=None) -> Contact | None:
    # Compared in Python: SQLite folds only ASCII case, so "TOMÁS" and "Tomás" would differ in SQL.
    wanted = duplicate_keys(name, email, organisation)
    candidates = Contact.objects.filter(owner=owner).exclude(pk=exclude_pk).only("name", "email", "organisation")
    return next((c for c in candidates if c.duplicate_keys() & wanted), None)


def platform_people(owner, emails) -> dict:
    """Accounts behind these emails, among profiles the owner may see: a hidden profile stays unfound."""
    emails = {e.casefold() for e in emails if e}
    if not emails:
        return {}
    profiles = Profile.objects.visible_to(owner).exclude(user=owner).filter(user__email__in=emails)
    return {p.user.email: p.user for p in profiles.select_related("user")}


@transaction.atomic
def save_contact(owner, contact: Contact | None, data: dict, *, goals=None, skill_gaps=None) -> Contact:
    """Create or update a contact; research notes move a new contact to "researched"."""
    Profile.objects.lock(owner.pk)  # the duplicate check below then holds against a concurrent save or import
    contact = contact or Contact(owner=owner)
    for key, value in data.items():
        if key == "stage":
            contact.move_to(value)
        else:
            setattr(contact, key, value)
    contact.name = " ".join(contact.name.split())
    contact.email = contact.email.strip().lower()
    duplicate = find_duplicate(owner, contact.name, contact.email, contact.organisation, exclude_pk=contact.pk)
    if duplicate is not None:
        same_email = contact.email and duplicate.email == contact.email
        raise DomainError(
            (
                gettext("{name} is in your contacts already with this email.")
                if same_email
                else gettext("{name} is in your contacts already.")
            ).format(name=duplicate.name),
            "duplicate",
            field="email" if same_email else "name",
            status=409,
        )
    if contact.email or contact.person is None:
        # The email decides who they are on the platform; without one, keep a link made from their profile.
        contact.person = platform_people(owner, [contact.email]).get(contact.email)
    if contact.research_notes.strip():
        contact.advance_to(Contact.RESEARCHED)
    if contact.person and contact.relationship is None:
        mentoring = Relationship.objects.current().filter(mentee=owner, mentor=contact.person).first()
        if mentoring:
            contact.relationship = mentoring
            contact.advance_to(Contact.MENTORING)
    contact.save()
    if goals is not None:
        contact.goals.set(Goal.objects.filter(owner=owner, pk__in=[g.pk for g in goals]))
    if skill_gaps is not None:
        contact.skill_gaps.set(SkillGap.objects.filter(person=owner, pk__in=[g.pk for g in skill_gaps]))
    return contact


@transaction.atomic
def move_contact(contact: Contact, stage: str) -> Contact:
    if stage not in dict(Contact.STAGE_CHOICES):
        raise DomainError(gettext("Choose one of the stages."), field="stage")
    contact.move_to(stage)
    contact.save(update_fields=["stage", "stage_changed_at", "updated_at"])
    return contact


SEARCH_FIELDS = ["name", "organisation", "role", "email", "known_for", "research_notes"]


def filter_contacts(contacts, *, stage="", how_known="", q=""):
    if stage:
        contacts = contacts.filter(stage=stage)
    if how_known:
        contacts = contacts.filter(how_known=how_known)
    wanted = people_search.words(q)[: people_search.MAX_WORDS]
    if wanted:
        # The same rule as people search, accents folded; a person's own contacts are few enough to read once.
        texts = contacts.values_list("pk", *SEARCH_FIELDS)
        found = [pk for pk, *fields in texts if people_search.matches(people_search.text_of(*fields), wanted)]
        contacts = contacts.filter(pk__in=found)
    return contacts


def ordered_as(model, through_field: str) -> list[str]:
    """The model's own ordering, for rows of a many-to-many table that point at it through `through_field`."""
    return [
        f"-{through_field}__{o[1:]}" if o.startswith("-") else f"{through_field}__{o}" for o in model._meta.ordering
    ]


def for_listing(contacts) -> list[Contact]:
    """The contacts with what the API shows of their links: their profile's id, and the ids of the goals and skill
    gaps they could help with (in the order those pages list them). Three small queries for any number of contacts,
    instead of the wide rows of their accounts, profiles, goals and skill gaps."""
    found = list(contacts.annotate(profile_pk=F("person__profile")))
    goals, gaps = defaultdict(list), defaultdict(list)
    if found:
        pks = [contact.pk for contact in found]
        for ids, through, field, model in (
            (goals, Contact.goals.through, "goal", Goal),
            (gaps, Contact.skill_gaps.through, "skillgap", SkillGap),
        ):
            rows = through.objects.filter(contact_id__in=pks).order_by(*ordered_as(model, field))
            for contact_id, linked_id in rows.values_list("contact_id", f"{field}_id"):
                ids[contact_id].append(linked_id)
    for contact in found:
        contact.goal_ids, contact.skill_gap_ids = goals[contact.pk], gaps[contact.pk]
    return found


def link_relationship(relationship) -> int:
    """When a mentorship starts, the mentee's contact for that mentor reaches "mentoring" and links to it."""
    contacts = Contact.objects.filter(owner_id=relationship.mentee_id, person_id=relationship.mentor_id)
    return contacts.update(relationship=relationship, stage=Contact.MENTORING, stage_changed_at=timezone.now())


# --- Encounters -------------------------------------------------------------------------------------------


@transaction.atomic
def log_encounter(owner, *, where, met_at, notes="", contact=None, new_contact=None) -> Encounter:
    """Log where the person met someone, creating the contact when they are new. The follow-up is due in 48 h."""
    if met_at > timezone.now():
        raise DomainError(gettext("Log an encounter once it has happened."), field="met_at")
    if contact is None:
        if not new_contact or not new_contact.get("name", "").strip():
            raise DomainError(gettext("Choose a contact or give the name of the person you met."), field="contact")
        contact = save_contact(owner, None, {"how_known": "event", **new_contact})
    elif contact.owner_id != owner.pk:
        raise Http404("No such contact")
    encounter = Encounter.objects.create(owner=owner, contact=contact, where=where, met_at=met_at, notes=notes)
    nudges.schedule(
        owner,
        "follow_up_due",
        f"enc:{encounter.pk}:follow_up",
        encounter.follow_up_due_at,
        format_lazy(FOLLOW_UP_ENCOUNTER, name=contact.name, where=where),
        FOLLOW_UP_ENCOUNTER_WHY,
        compose_url(contact.pk, "event_follow_up"),
    )
    return encounter


def complete_encounter(encounter: Encounter) -> Encounter:
    if encounter.followed_up_at is None:
        encounter.followed_up_at = timezone.now()
        encounter.save(update_fields=["followed_up_at"])
    return encounter


# --- Outreach ---------------------------------------------------------------------------------------------


def prompt_with_note(key: str, note: str) -> str:
    """The template's bracketed prompt with the person's own note beside it, or "" when there is no note."""
    if not note:
        return ""
    note = re.sub(r"[\[\]]", "", note)
    if len(note) > NOTE_IN_PROMPT:
        note = note[:NOTE_IN_PROMPT].rsplit(" ", 1)[0] + "…"
    return gettext("{prompt}, from your notes: {note}]").format(prompt=str(PROMPTS[key])[:-1], note=note)


NOTE_IN_PROMPT = 80


def first_line(text: str) -> str:
    return next((line.strip().rstrip(".") for line in (text or "").splitlines() if line.strip()), "")


def suggested_template(contact: Contact) -> str:
    if contact.encounters.open().exists():
        return "event_follow_up"
    if contact.stage == Contact.CONVERSATION:
        return "thank_you"
    if contact.stage == Contact.DECLINED:
        return "decline_reply"
    if contact.introduced_by or contact.how_known == "introduction":
        return "introduction"
    return "informational"


def awaiting_reply(contact: Contact, before=None) -> OutreachMessage | None:
    """The first message to this contact still waiting for a reply and not yet followed up, if any."""
    messages = contact.messages.filter(
        response=OutreachMessage.NONE, template__in=REPLY_EXPECTED, follow_up_of__isnull=True, follow_ups__isnull=True
    )
    if before is not None:
        messages = messages.filter(sent_at__lte=before)
    return messages.order_by("-sent_at").first()


def draft_context(contact: Contact) -> dict:
    owner = contact.owner
    profile = owner.profile
    role = " ".join(p for p in (profile.current_role, profile.organisation and f"at {profile.organisation}") if p)
    gap = contact.skill_gaps.first() or SkillGap.objects.filter(person=owner).first()
    goal = (
        contact.goals.first()
        or Goal.objects.filter(owner=owner, status__in=[Goal.ACTIVE, Goal.DRAFT]).order_by("status", "pk").first()
    )
    encounter = contact.encounters.first()
    earlier = awaiting_reply(contact)
    sent = earlier.sent_at.astimezone(zone_of(owner)) if earlier else None
    return {
        "first_name": contact.first_name,
        "my_name": owner.get_full_name(),
        "my_intro": ", ".join(p for p in (owner.get_short_name(), role) if p),
        # Notes are the person's shorthand ("Talked about clinical data"): pasted into a sentence they read badly,
        # so they stay inside the prompt for the person to turn into their own words.
        "highlight": prompt_with_note("highlight", first_line(contact.research_notes))
        or (contact.known_for and f"your work on {contact.known_for}"),
        "topic": gap.skill if gap else next(iter(profile.skills_sought), ""),
        "goal_line": " " + gettext("My goal: {goal}.").format(goal=goal.text.rstrip(".")) if goal else "",
        "where": encounter.where if encounter else "",
        "talked_about": prompt_with_note("talked_about", first_line(encounter.notes)) if encounter else "",
        "introduced_by": contact.introduced_by,
        "last_sent": date_format(sent, "MONTH_DAY_FORMAT") if sent else "",
        "last_subject": earlier.subject if earlier else "",
    }


def draft(contact: Contact, template_key: str) -> tuple[str, str]:
    template = TEMPLATES.get(template_key) or TEMPLATES[OWN]
    return template.fill(draft_context(contact))


HINT_FOR_CHECK = {
    "personalization": coach.HINT_PERSONALIZATION,
    "clear_ask": coach.HINT_CLEAR_ASK,
    "flexibility": coach.HINT_FLEXIBILITY,
    "gratitude": coach.HINT_GRATITUDE,
    "premature_ask": coach.HINT_PREMATURE,
}


def review_message(text: str, template_key: str = OWN, contact: Contact | None = None) -> dict:
    """The coach's verdict on a draft, keeping only the checks that make sense for its Template."""
    template = TEMPLATES.get(template_key) or TEMPLATES[OWN]
    notes = ""
    if contact is not None:
        notes = "\n".join([contact.research_notes, contact.known_for, *(e.notes for e in contact.encounters.all())])
    verdict = coach.assess_message(
        text or "", recipient_name=contact.name if contact else None, research_notes=notes or None
    ).to_dict()
    checks = panel.checks(verdict, "outreach", template.checks)
    irrelevant = {HINT_FOR_CHECK[k] for k in HINT_FOR_CHECK if k not in template.checks}
    hints = [h for h in verdict["hints"] if h not in irrelevant]
    unfilled = bool(verdict["placeholders"])
    passed = not (verdict["problems"] or verdict["too_long"] or unfilled) and all(c["ok"] for c in checks)
    return {
        **verdict,
        "hints": hints,
        "checks": checks,
        "template": template.key,
        "passed": passed,
        "max_words": coach.MAX_WORDS,
    }


@transaction.atomic
def send_message(owner, contact: Contact, *, template, channel, body, subject="", sent_at=None) -> OutreachMessage:
    """Log a message as sent (and deliver it, on the platform), with the coach's verdict beside it.

    A later message to someone who has not replied is the follow-up of the first one, so that only one polite
    follow-up is ever suggested, however the person chose to write it.
    """
    if contact.owner_id != owner.pk:
        raise Http404("No such contact")
    body = (body or "").strip()
    if not body:
        raise DomainError(gettext("Write your message first."), field="body")
    if template not in TEMPLATES:
        raise DomainError(gettext("Choose one of the templates."), field="template")
    if channel not in dict(OutreachMessage.CHANNEL_CHOICES):
        raise DomainError(gettext("Choose how you sent it."), field="channel")
    if channel == OutreachMessage.PLATFORM and contact.person is None:
        raise DomainError(
            gettext("{name} is not on Mentorship Hub; send it by email or copy it.").format(name=contact.name),
            field="channel",
        )

    if channel == OutreachMessage.EMAIL and not contact.email:
        raise DomainError(
            gettext("Add {name}'s email address first, or copy the message.").format(name=contact.name),
            field="channel",
        )
    now = timezone.now()
    sent_at = sent_at or now
    if sent_at > now:
        raise DomainError(gettext("Log a message once it is sent."), field="sent_at")
    review = review_message(body, template, contact)
    message = OutreachMessage.objects.create(
        owner=owner,
        contact=contact,
        recipient=contact.person if channel == OutreachMessage.PLATFORM else None,
        template=template,
        channel=channel,
        subject=subject.strip(),
        body=body,
        coach=review,
        coach_passed=review["passed"],
        sent_at=sent_at,
        follow_up_of=awaiting_reply(contact, before=sent_at),
    )
    if message.recipient is not None:
        # Delivered into the two people's conversation, where the recipient is notified and can answer.
        text = f"**{message.subject}**\n\n{body}" if message.subject else body
        post_message(owner, conversation_between(owner, message.recipient), text)
    contact.advance_to(Contact.CONTACTED)
    contact.save(update_fields=["stage", "stage_changed_at", "updated_at"])
    contact.encounters.open().filter(met_at__lte=sent_at).update(followed_up_at=now)
    if message.expects_reply and message.follow_up_of is None:
        nudges.schedule(
            owner,
            "outreach_follow_up",
            f"msg:{message.pk}:follow_up",
            message.follow_up_due_at,
            format_lazy(NO_REPLY_YET, name=contact.name),
            format_lazy(
                _("You wrote {days} days ago. One short follow-up is fine; after that, let it rest."),
                days=follow_up_after().days,
            ),
            compose_url(contact.pk, FOLLOW_UP),
        )
    return message


@transaction.atomic
def record_response(message: OutreachMessage, response: str, responded_at=None) -> OutreachMessage:
    """Record the reply (or correct it back to none). A decline to a first message closes the contact."""
    if response not in dict(OutreachMessage.RESPONSE_CHOICES):
        raise DomainError(gettext("Choose positive, declined or none."), field="response")
    now = timezone.now()
    if response == OutreachMessage.NONE:
        responded_at = None
    else:
        responded_at = responded_at or now
        if responded_at < message.sent_at:
            raise DomainError(gettext("The reply cannot come before the message was sent."), field="responded_at")
        if responded_at > now:
            raise DomainError(gettext("The reply date cannot be in the future."), field="responded_at")
    message.response, message.responded_at = response, responded_at
    message.save(update_fields=["response", "responded_at"])
    contact = message.contact
    if response == OutreachMessage.DECLINED and contact.stage == Contact.CONTACTED:
        contact.move_to(Contact.DECLINED)
        contact.save(update_fields=["stage", "stage_changed_at", "updated_at"])
    return message


def skip_follow_up(message: OutreachMessage) -> OutreachMessage:
    if message.follow_up_skipped_at is None:
        message.follow_up_skipped_at = timezone.now()
        message.save(update_fields=["follow_up_skipped_at"])
    return message


# --- Stats ------------------------------------------------------------------------------------------------


def rates(messages: list[dict]) -> dict:
    replied = [m for m in messages if m["response"] != OutreachMessage.NONE]
    hours = [(m["responded_at"] - m["sent_at"]).total_seconds() / 3600 for m in replied]
    return {
        "sent": len(messages),
        "replied": len(replied),
        "positive": sum(m["response"] == OutreachMessage.POSITIVE for m in messages),
        "response_rate": round(100 * len(replied) / len(messages)) if messages else None,
        "median_response_hours": round(statistics.median(hours), 1) if hours else None,
    }


def response_stats(owner) -> dict:
    """Response rate of messages that expect a reply, by Template and by whether the coach's checks passed."""
    messages = list(
        OutreachMessage.objects.visible_to(owner)
        .filter(template__in=REPLY_EXPECTED)
        .values("template", "coach_passed", "response", "sent_at", "responded_at")
    )
    by_template = [
        {"template": key, "label": str(TEMPLATES[key].label), **rates(group)}
        for key in REPLY_EXPECTED
        if (group := [m for m in messages if m["template"] == key])
    ]
    by_coach = [
        {"coach_passed": passed, "label": label, **rates(group)}
        for passed, label in ((True, gettext("All the coach's checks passed")), (False, gettext("Some checks missed")))
        if (group := [m for m in messages if m["coach_passed"] is passed])
    ]
    return {"total": rates(messages), "by_template": by_template, "by_coach": by_coach}


# --- Home -------------------------------------------------------------------------------------------------


def compose_url(contact_id: int, template) -> str:
    return reverse("network:compose", args=[contact_id]) + f"?template={template}"


ENCOUNTER_ON_HOME = ("contact", "where", "follow_up_due_at")


def home_items(person) -> list[dict]:
    """Follow-ups due: 48 hours after an Encounter, and one polite follow-up after a week without reply."""
    if not person.is_authenticated:
        return []
    # The contact's name as a column rather than select_related contacts: cheaper to build, and Home is the busiest
    # page.
    named = {"contact_name": F("contact__name")}
    items = [
        {
            "title": str(FOLLOW_UP_ENCOUNTER).format(name=e.contact_name, where=e.where),
            "url": compose_url(e.contact_id, "event_follow_up"),
            "due": e.follow_up_due_at,
            "kind": "encounter_follow_up",
            "why": str(FOLLOW_UP_ENCOUNTER_WHY),
        }
        for e in Encounter.objects.visible_to(person).open().annotate(**named).only(*ENCOUNTER_ON_HOME)
    ]
    days = follow_up_after().days
    items += [
        {
            "title": str(NO_REPLY_YET).format(name=m.contact_name),
            "url": compose_url(m.contact_id, FOLLOW_UP),
            "due": m.follow_up_due_at,
            "kind": "outreach_follow_up",
            "why": gettext(
                "You wrote more than {days} days ago. One short follow-up is fine; after that, let it rest."
            ).format(days=days),
        }
        for m in OutreachMessage.objects.visible_to(person)
        .awaiting_follow_up()
        .annotate(**named)
        .only("contact", "sent_at")
    ]
    return items


# --- CSV import -------------------------------------------------------------------------------------------


def flag_duplicates(owner, rows: list[imports.ImportRow]) -> None:
    existing = {}
    for contact in Contact.objects.filter(owner=owner).only("name", "email", "organisation"):
        for key in contact.duplicate_keys():
            existing.setdefault(key, contact.name)
    in_file = {}
    for row in rows:
        if row.errors:
            continue
        keys = duplicate_keys(row.values["name"], row.values["email"], row.values["organisation"])
        if found := next((existing[k] for k in keys if k in existing), None):
            row.duplicate_of = f"{found}, in your contacts"
        elif earlier := next((in_file[k] for k in keys if k in in_file), None):
            row.duplicate_of = f"line {earlier} of this file"
        else:
            in_file.update(dict.fromkeys(keys, row.line))


def preview_import(owner, text: str) -> list[imports.ImportRow]:
    """Every row of the file with its errors and duplicates flagged; raises DomainError for the whole file."""
    rows = imports.parse(text, Contact.HOW_KNOWN_CHOICES)
    flag_duplicates(owner, rows)
    return rows


IMPORT_FILLS = ("email", "organisation", "role")


def fill_in(contact: Contact, values: dict, people: dict) -> bool:
    """Give a contact what a re-imported row knows and it lacks; never overwrite what the person typed.
    True when something was added."""
    before = (contact.email, contact.organisation, contact.role, contact.connected_on, list(contact.links))
    for key in IMPORT_FILLS:
        if values[key] and not getattr(contact, key):
            setattr(contact, key, values[key])
    if values["connected_on"] and contact.connected_on is None:
        contact.connected_on = date.fromisoformat(values["connected_on"])
    contact.links = list(dict.fromkeys([*contact.links, *values["links"]]))
    if contact.person is None and contact.email:
        contact.person = people.get(contact.email)
    return before != (contact.email, contact.organisation, contact.role, contact.connected_on, contact.links)


@transaction.atomic
def commit_import(owner, rows: list[dict]) -> dict:
    """Import the rows of an error-free preview, all or nothing. A row that is already a contact (by email, or by
    name at the same organisation, checked again now) fills in what that contact lacks: importing the same file
    twice answers "created 0, updated 0, unchanged N"."""
    if any(r["errors"] for r in rows):
        raise DomainError(gettext("Nothing was imported: some rows have errors."), field="file")
    # The owner's profile owns their contacts: a concurrent import of the same file waits here, then finds them all.
    Profile.objects.lock(owner.pk)
    known: dict[tuple, Contact] = {}
    for contact in Contact.objects.filter(owner=owner):
        known.update(dict.fromkeys(contact.duplicate_keys() - known.keys(), contact))
    people = platform_people(owner, [r["values"]["email"] for r in rows])
    now = timezone.now()
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    new, changed = [], {}
    for row in rows:
        values = row["values"]
        keys = duplicate_keys(values["name"], values["email"], values["organisation"])
        # An email names one person; a name at an organisation only when no email says otherwise.
        contact = next((known[k] for k in sorted(keys, key=lambda k: k[0] != "email") if k in known), None)
        if contact is None:
            contact = Contact(owner=owner, name=values["name"], how_known=values["how_known"], stage_changed_at=now)
            fill_in(contact, values, people)
            new.append(contact)
            counts["created"] += 1
        elif fill_in(contact, values, people):
            if contact.pk:  # a contact this file created gets its details with the others, below
                changed[contact.pk] = contact
            counts["updated"] += 1
        else:
            counts["unchanged"] += 1
        known.update(dict.fromkeys(contact.duplicate_keys() - known.keys(), contact))
    Contact.objects.bulk_create(new, batch_size=500)
    for contact in changed.values():
        contact.save()
    return counts
