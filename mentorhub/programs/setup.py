"""Programs run without the admin site: create, edit, duplicate, archive, and who coordinates them.

Rules (docs/programs.md, "Setting up a program"):
- who may create a program is a setting, `PROGRAM_CREATORS`: "coordinators" (the default) lets site staff, people
  holding the `programs.add_program` permission and anyone who already coordinates a program create one;
  "everyone" lets every signed-in person. The creator is the new program's first coordinator.
- a program always has a coordinator: removing the last one is refused under a lock on the program's row, so two
  coordinators removing each other at once cannot both succeed.
- a duplicate copies the settings, the enrolment questions (with their use in matching), the matching defaults
  (the original's last run: objective, weights, rules) and the coordinators; never participants, runs or
  relationships. It gets a new slug and a new invitation link.
- an archived program takes no applications and leaves the programs list; everything in it stays readable, and
  it can be brought back.
"""

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.text import format_lazy, slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from mentorhub.accounts.models import User
from mentorhub.lib.errors import DomainError
from mentorhub.nudges.services import notify_now

from .models import EnrollmentQuestion, Program

EVERYONE = "everyone"
# Paths under /programs/ that are pages, not programs.
RESERVED_SLUGS = {"new"}
# Fields a coordinator sets on the program's form and the API, copied as they are by a duplicate.
COPIED_FIELDS = [
    "description",
    "visibility",
    "starts_on",
    "ends_on",
    "applications_open_on",
    "applications_close_on",
    "approval",
    "default_mentor_capacity",
    "max_rankings",
]
QUESTION_FIELDS = ["role", "kind", "text", "choices", "required", "position", "match_use", "match_weight"]


def can_create_programs(user) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    if settings.PROGRAM_CREATORS == EVERYONE or user.is_staff:
        return True
    # The permission last: it costs two queries, and most creators already coordinate a program.
    return Program.objects.coordinated_by(user).exists() or user.has_perm("programs.add_program")


def unique_slug(name: str) -> str:
    base = (slugify(name) or "program")[:40]
    slug, n = base, 1
    while slug in RESERVED_SLUGS or Program.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


@transaction.atomic
def create(by, **fields) -> Program:
    if not can_create_programs(by):
        raise DomainError(_("You cannot create programs here; ask the site's staff."), "not_allowed", status=403)
    program = Program.objects.create(slug=unique_slug(fields.get("name", "")), **fields)
    program.coordinators.add(by)
    return program


def update(program: Program, **fields) -> Program:
    for name, value in fields.items():
        setattr(program, name, value)
    program.save()
    return program


@transaction.atomic
def duplicate(program: Program, by, name: str = "") -> Program:
    """A new program like this one, for the next cohort; `by` must coordinate the original (callers check)."""
    name = (name or "").strip() or _("{name} (copy)").format(name=program.name)
    if len(name) > Program._meta.get_field("name").max_length:
        raise DomainError(_("Use a shorter name."), field="name")
    last = program.match_runs.first()
    defaults = (
        {"objective": last.objective, "weights": last.weights, "rules": last.rules} if last else program.match_defaults
    )
    copy = Program.objects.create(
        name=name,
        slug=unique_slug(name),
        match_defaults=defaults,
        **{field: getattr(program, field) for field in COPIED_FIELDS},
    )
    copy.coordinators.set([*program.coordinators.all(), by])
    EnrollmentQuestion.objects.bulk_create(
        EnrollmentQuestion(program=copy, **{field: getattr(q, field) for field in QUESTION_FIELDS})
        for q in program.questions.all()
    )
    return copy


def archive(program: Program, archived: bool = True) -> Program:
    program.archived_at = (program.archived_at or timezone.now()) if archived else None
    program.save(update_fields=["archived_at"])
    return program


@transaction.atomic
def add_coordinator(program: Program, by, email: str) -> User:
    person = User.objects.filter(email__iexact=(email or "").strip(), is_active=True).select_related("profile").first()
    if person is None:
        raise DomainError(
            _("Nobody has an account with that email address; ask them to sign up first."), "no_person", field="email"
        )
    if program.coordinators.filter(pk=person.pk).exists():
        raise DomainError(
            _("{name} already coordinates this program.").format(name=person.profile.name), "duplicate", field="email"
        )
    program.coordinators.add(person)
    notify_now(
        person,
        "program_update",
        f"coordinator:{program.pk}:{person.pk}:{timezone.now():%Y%m%d%H%M%S%f}",
        format_lazy(
            gettext_lazy("{name} made you a coordinator of {program}"), name=by.profile.name, program=program.name
        ),
        gettext_lazy("You can now review applications, run matching and see the program's dashboard."),
        program.get_absolute_url(),
    )
    return person


@transaction.atomic
def remove_coordinator(program: Program, person_id: int) -> None:
    """Refused for the last coordinator; an id that is not a coordinator of this program is a 404."""
    Program.objects.select_for_update().get(pk=program.pk)
    coordinators = list(program.coordinators.values_list("pk", flat=True))
    if person_id not in coordinators:
        raise DomainError(_("No such coordinator."), "not_found", status=404)
    if len(coordinators) == 1:
        raise DomainError(
            _("A program needs a coordinator: add another one before you remove the last."), "last_coordinator"
        )
    program.coordinators.remove(person_id)


# The enrolment form -----------------------------------------------------------------------------------------------


def add_question(program: Program, **fields) -> EnrollmentQuestion:
    """At the end of the form. Answers are kept by question id, so editing or removing a question never loses
    an answer already given."""
    last = program.questions.order_by("-position").values_list("position", flat=True).first()
    return EnrollmentQuestion.objects.create(program=program, position=(last or 0) + 1, **fields)


def update_question(question: EnrollmentQuestion, **fields) -> EnrollmentQuestion:
    for name, value in fields.items():
        setattr(question, name, value)
    question.save()
    return question


@transaction.atomic
def reorder_questions(program: Program, question_ids: list[int]) -> list[EnrollmentQuestion]:
    """The form's questions in this order; every question of the program exactly once."""
    questions = {q.pk: q for q in program.questions.select_for_update()}
    if sorted(question_ids) != sorted(questions):
        raise DomainError(_("List every question of this program once, in the new order."), field="question_ids")
    for position, pk in enumerate(question_ids, start=1):
        questions[pk].position = position
    EnrollmentQuestion.objects.bulk_update(questions.values(), ["position"])
    return [questions[pk] for pk in question_ids]


def move_question(question: EnrollmentQuestion, step: int) -> None:
    """One place up (-1) or down (+1); at either end it stays."""
    order = list(question.program.questions.values_list("pk", flat=True))
    at = order.index(question.pk)
    to = min(max(at + step, 0), len(order) - 1)
    order.insert(to, order.pop(at))
    reorder_questions(question.program, order)
