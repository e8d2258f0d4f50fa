from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from mentorhub.accounts import sso
from mentorhub.lib import csvfile
from mentorhub.lib.errors import DomainError, back_on_error, shown_on
from mentorhub.matching.scoring import COMPONENTS, MentorIndex
from mentorhub.profiles.models import Profile
from mentorhub.relationships import services as relationship_services
from mentorhub.relationships.forms import RequestForm

from . import broadcasts, exports, imports, match_runs, metrics, publishing, services, setup
from .features import load_cohort, person, shared_goal_texts
from .forms import (
    BroadcastForm,
    CoordinatorForm,
    DashboardFilterForm,
    DuplicateForm,
    EnrollmentForm,
    ImportForm,
    ManualMatchForm,
    MatchRunForm,
    ProgramSettingsForm,
    QuestionForm,
    RankingForm,
)
from .models import Enrollment, MatchRun, Program


def coordinator_view(view):
    """A coordinator's page: the program comes from the one access helper, and broken rules go back with a message."""
    guarded = back_on_error(lambda request, program, *args, **kwargs: program)(view)

    @login_required
    @wraps(view)
    def wrapper(request, slug, *args, **kwargs):
        return guarded(request, services.get_program_for_user(request.user, slug, coordinator=True), *args, **kwargs)

    return wrapper


# People -----------------------------------------------------------------------------------------------------------


@login_required
def index(request):
    programs = Program.objects.visible_to(request.user).order_by("name")
    mine = {e.program_id: e for e in request.user.enrollments.all()}
    coordinated = set(Program.objects.coordinated_by(request.user).values_list("pk", flat=True))
    return render(
        request,
        "programs/index.html",
        {
            # An archived program stays listed only for the people in it.
            "programs": [
                (p, mine.get(p.pk), p.pk in coordinated)
                for p in programs
                if not p.is_archived or p.pk in mine or p.pk in coordinated
            ],
            "can_create": setup.can_create_programs(request.user),
        },
    )


def _detail(request, program, invite_token=""):
    enrollments = services.enrollments_of(request.user, program)
    can_join = services.can_join(program, request.user, invite_token)
    return render(
        request,
        "programs/detail.html",
        {
            "program": program,
            "enrollments": enrollments,
            "roles": [(r, label, enrollments.get(r)) for r, label in Enrollment.ROLE_CHOICES],
            "can_join": can_join,
            "closed_because": (program.applications_closed_because(timezone.localdate()) or ("", ""))[1],
            "invite_token": invite_token,
            "is_coordinator": program.is_coordinator(request.user),
            "is_member": services.is_member(request.user, program),
            "coordinators": program.coordinators.select_related("profile"),
            "invite_url": request.build_absolute_uri(
                reverse("programs:invite", args=[program.slug, program.invite_token])
            )
            if program.visibility == Program.INVITE
            else "",
        },
    )


@login_required
def detail(request, slug):
    return _detail(request, services.get_program_for_user(request.user, slug))


@login_required
def invite(request, slug, token):
    return _detail(request, services.get_program_by_invite(slug, token), invite_token=token)


@login_required
def apply(request, slug, role):
    if role not in dict(Enrollment.ROLE_CHOICES):
        raise Http404("No such role")
    token = request.POST.get("invite") or request.GET.get("invite") or ""
    program = (
        services.get_program_by_invite(slug, token) if token else services.get_program_for_user(request.user, slug)
    )
    form = EnrollmentForm(program, role, request.POST or None)
    if request.method == "POST" and form.is_valid():
        with shown_on(form):
            enrollment = services.apply(
                program,
                request.user,
                role,
                answers=form.answers(),
                capacity=form.cleaned_data.get("capacity"),
                invite_token=token,
                signed_in_through=sso.signed_in_through(request),
            )
            if enrollment.status == Enrollment.APPROVED:
                messages.success(request, _("Welcome to %(program)s!") % {"program": program.name})
            else:
                messages.success(request, _("Thank you for applying. A coordinator will review your application soon."))
            return redirect(program)
    return render(request, "programs/apply.html", {"program": program, "role": role, "form": form, "invite": token})


@login_required
def directory(request, slug):
    """The program's own directory: its mentors, scored for a mentee, and their ranking of them."""
    program = services.get_program_for_user(request.user, slug)
    if not services.is_member(request.user, program):
        raise Http404("No such program")
    mentors = list(
        Profile.objects.filter(
            user__enrollments__program=program,
            user__enrollments__role=Enrollment.MENTOR,
            user__enrollments__status=Enrollment.APPROVED,
            user__is_active=True,
        ).order_by("name")
    )
    me = services.enrollments_of(request.user, program).get(Enrollment.MENTEE)
    is_mentee = me is not None and me.status == Enrollment.APPROVED
    scores = {}
    if is_mentee and mentors:
        goals = shared_goal_texts(program, [request.user.pk]).get(request.user.pk, ())
        index = MentorIndex([person(p) for p in mentors])
        scores = {m.mentor_id: m for m in index.score(person(request.user.profile, goals), include_ineligible=True)}
        mentors.sort(key=lambda p: (-scores[p.user_id].score, p.name))
    ranking = None
    if is_mentee and program.max_rankings:
        choosable = [p for p in mentors if p.user_id != request.user.pk]
        initial = {f"choice_{n}": str(pk) for n, pk in enumerate(me.rankings, start=1)}
        ranking = RankingForm(choosable, program.max_rankings, request.POST or None, initial=initial)
        if request.method == "POST" and ranking.is_valid():
            with shown_on(ranking):
                services.set_rankings(program, request.user, ranking.mentor_ids())
                messages.success(request, _("Your choices are saved. The coordinators' matching will honour them."))
                return redirect("programs:directory", program.slug)
    return render(
        request,
        "programs/directory.html",
        {
            "program": program,
            "mentors": [(p, scores.get(p.user_id)) for p in mentors],
            "ranking": ranking,
            "is_mentee": is_mentee,
        },
    )


@login_required
def ask(request, slug, person_id):
    """Self-match within the program: a mentee's request to one of its mentors, which starts a program relationship
    when accepted."""
    program = services.get_program_for_user(request.user, slug)
    if not program.enrollments.approved().filter(person=request.user, role=Enrollment.MENTEE).exists():
        raise Http404("No such program")
    mentor = get_object_or_404(
        program.enrollments.approved().select_related("person__profile"), person_id=person_id, role=Enrollment.MENTOR
    ).person
    form = RequestForm(request.user, mentor, "mentee", request.POST or None)
    if request.method == "POST" and form.is_valid():
        with shown_on(form):
            sent = relationship_services.send_request(
                request.user,
                mentor,
                message=form.cleaned_data["message"],
                goals=form.chosen_goals(),
                cadence=form.cleaned_data["cadence"],
                meeting_format=form.cleaned_data["meeting_format"],
                program=program,
            )
            messages.success(
                request,
                _("Request sent to %(mentor)s as part of %(program)s.")
                % {"mentor": mentor.profile.name, "program": program.name},
            )
            return redirect(sent)
    return render(request, "programs/ask.html", {"program": program, "other": mentor, "form": form})


# Coordinators -----------------------------------------------------------------------------------------------------


@coordinator_view
def participants(request, program):
    enrollments = program.enrollments.select_related("person__profile").order_by("status", "role", "created_at")
    status = request.GET.get("status", "")
    role = request.GET.get("role", "")
    if status in dict(Enrollment.STATUS_CHOICES):
        enrollments = enrollments.filter(status=status)
    if role in dict(Enrollment.ROLE_CHOICES):
        enrollments = enrollments.filter(role=role)
    questions = {str(q.pk): q.text for q in program.questions.all()}
    enrollments = list(enrollments)
    for e in enrollments:
        e.answer_rows = [
            (questions.get(pk) or _("A question since removed"), ", ".join(a) if isinstance(a, list) else a)
            for pk, a in e.answers.items()
        ]
    return render(
        request,
        "programs/participants.html",
        {
            "program": program,
            "enrollments": enrollments,
            "status": status,
            "role": role,
            "statuses": Enrollment.STATUS_CHOICES,
            "roles": Enrollment.ROLE_CHOICES,
        },
    )


@require_POST
@coordinator_view
def decide(request, program, pk):
    enrollment = get_object_or_404(program.enrollments, pk=pk)
    status = {"approve": Enrollment.APPROVED, "reject": Enrollment.REJECTED}.get(request.POST.get("decision"), "")
    decided = services.decide(enrollment, request.user, status)
    messages.success(
        request,
        _("%(person)s: %(status)s.")
        % {"person": decided.person.profile.name, "status": decided.get_status_display().lower()},
    )
    return redirect(reverse("programs:participants", args=[program.slug]) + "?status=applied")


@login_required
def create(request):
    if not setup.can_create_programs(request.user):
        raise PermissionDenied("You cannot create programs here.")
    form = ProgramSettingsForm(request.POST or None, initial={"kind": ProgramSettingsForm.EVERGREEN})
    if request.method == "POST" and form.is_valid():
        with shown_on(form):
            program = setup.create(request.user, **form.program_fields())
            messages.success(
                request,
                _("%(program)s is created. Next: the questions people answer when they join.")
                % {"program": program.name},
            )
            return redirect("programs:questions", program.slug)
    return render(request, "programs/new.html", {"form": form})


def _settings_page(request, program, form=None, coordinator_form=None, duplicate_form=None):
    return render(
        request,
        "programs/settings.html",
        {
            "program": program,
            "form": form or ProgramSettingsForm(instance=program),
            "coordinator_form": coordinator_form or CoordinatorForm(),
            "duplicate_form": duplicate_form or DuplicateForm(),
            "coordinators": program.coordinators.select_related("profile").order_by("profile__name"),
            "invite_url": request.build_absolute_uri(
                reverse("programs:invite", args=[program.slug, program.invite_token])
            ),
            "public_url": request.build_absolute_uri(program.get_absolute_url()),
        },
    )


@coordinator_view
def settings_view(request, program):
    form = ProgramSettingsForm(request.POST or None, instance=program)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Program settings saved."))
        return redirect("programs:settings", program.slug)
    return _settings_page(request, program, form=form)


@require_POST
@coordinator_view
def add_coordinator(request, program):
    form = CoordinatorForm(request.POST)
    if form.is_valid():
        with shown_on(form):
            person = setup.add_coordinator(program, request.user, form.cleaned_data["email"])
            messages.success(
                request,
                _("%(person)s now coordinates %(program)s; they have been told.")
                % {"person": person.profile.name, "program": program.name},
            )
            return redirect("programs:settings", program.slug)
    return _settings_page(request, program, coordinator_form=form)


@require_POST
@coordinator_view
def remove_coordinator(request, program, person_id):
    person = get_object_or_404(program.coordinators.select_related("profile"), pk=person_id)
    setup.remove_coordinator(program, person.pk)
    messages.success(
        request,
        _("%(person)s no longer coordinates %(program)s.") % {"person": person.profile.name, "program": program.name},
    )
    if person == request.user:
        return redirect(program)
    return redirect("programs:settings", program.slug)


@require_POST
@coordinator_view
def duplicate(request, program):
    form = DuplicateForm(request.POST)
    if form.is_valid():
        with shown_on(form):
            copy = setup.duplicate(program, request.user, form.cleaned_data["name"])
            messages.success(
                request,
                _("%(copy)s is a copy of %(program)s, with its enrolment questions and matching rules.")
                % {"copy": copy.name, "program": program.name},
            )
            return redirect("programs:settings", copy.slug)
    return _settings_page(request, program, duplicate_form=form)


@require_POST
@coordinator_view
def archive(request, program):
    archived = request.POST.get("archived") != "0"
    setup.archive(program, archived)
    messages.success(
        request,
        (
            _("%(program)s is archived: it takes no applications and leaves the programs list.")
            if archived
            else _("%(program)s is back: it takes applications again.")
        )
        % {"program": program.name},
    )
    return redirect("programs:settings", program.slug)


@coordinator_view
def questions(request, program):
    form = QuestionForm(request.POST or None, prefix="question")
    if request.method == "POST" and form.is_valid():
        setup.add_question(program, **form.cleaned_data)
        messages.success(request, _("Question added to the enrolment form."))
        return redirect("programs:questions", program.slug)
    return render(
        request,
        "programs/questions.html",
        {"program": program, "form": form, "questions": program.questions.all()},
    )


@coordinator_view
def edit_question(request, program, pk):
    question = get_object_or_404(program.questions, pk=pk)
    form = QuestionForm(request.POST or None, instance=question)
    if request.method == "POST" and form.is_valid():
        setup.update_question(question, **form.cleaned_data)
        messages.success(request, _("Question saved. Answers already given stay with the enrolments."))
        return redirect("programs:questions", program.slug)
    return render(request, "programs/question.html", {"program": program, "form": form, "question": question})


@require_POST
@coordinator_view
def move_question(request, program, pk):
    setup.move_question(get_object_or_404(program.questions, pk=pk), -1 if request.POST.get("to") == "up" else 1)
    return redirect("programs:questions", program.slug)


@require_POST
@coordinator_view
def delete_question(request, program, pk):
    get_object_or_404(program.questions, pk=pk).delete()
    messages.success(request, _("Question removed. Answers already given stay with the enrolments."))
    return redirect("programs:questions", program.slug)


@coordinator_view
def import_participants(request, program):
    form = ImportForm(request.POST or None, request.FILES or None)
    rows, content = None, ""
    if request.method == "POST" and form.is_valid():
        with shown_on(form):
            content = form.cleaned_data["content"] or csvfile.read_upload(form.cleaned_data["file"])
            if request.POST.get("confirm") and form.cleaned_data["content"]:
                counts = services.import_participants(program, content, request.user)
                messages.success(
                    request,
                    _(
                        "Imported: %(created)s new accounts invited, %(enrolled)s enrolled, %(unchanged)s already in "
                        "the program."
                    )
                    % counts,
                )
                return redirect(reverse("programs:participants", args=[program.slug]))
            rows = services.preview_import(program, content)
    return render(
        request,
        "programs/import.html",
        {
            "program": program,
            "form": form,
            "rows": rows,
            "content": content,
            "errors": sum(1 for r in rows or () if r.errors),
            "columns": imports.COLUMNS,
        },
    )


@coordinator_view
def matching(request, program):
    last = program.match_runs.first()
    form = MatchRunForm(request.POST or None, initial=MatchRunForm.initial_from(last, program.match_defaults))
    if request.method == "POST" and form.is_valid():
        run = match_runs.dry_run(
            program,
            request.user,
            weights=form.cleaned_data["weights"],
            rules=form.cleaned_data["rules"],
            objective=form.cleaned_data["objective"],
        )
        return redirect(run)
    cohort = load_cohort(program)
    return render(
        request,
        "programs/matching.html",
        {
            "program": program,
            "form": form,
            "weight_fields": [form[f"weight_{name}"] for name in COMPONENTS],
            "runs": program.match_runs.select_related("created_by__profile"),
            "cohort": cohort,
            "free_places": sum(cohort.places),
            "manual": ManualMatchForm(cohort.mentees, cohort.mentors),
            "questions": match_runs.matching_questions(program),
        },
    )


@coordinator_view
def run_detail(request, program, number):
    run = services.get_run(program, number)
    summary = run.summary
    greedy = summary.get("greedy", {})
    return render(
        request,
        "programs/run.html",
        {
            "program": program,
            "run": run,
            "summary": summary,
            "proposals": match_runs.proposals_of(run),
            "planned": publishing.planned(run) if run.status == MatchRun.DRAFT else None,
            "undo_refusal": publishing.undo_refusal(run) if run.status == MatchRun.PUBLISHED else None,
            "undo_until": publishing.undo_deadline(run),
            "undo_hours": settings.PROGRAM_UNDO_PUBLISH_HOURS,
            "gain": {
                "matched": summary.get("matched", 0) - greedy.get("matched", 0),
                "total_score": round(summary.get("total_score", 0) - greedy.get("total_score", 0), 1),
            },
        },
    )


@require_POST
@coordinator_view
def publish(request, program, number):
    run = services.get_run(program, number)
    counts = services.publish(run, request.user, confirm=request.POST.get("confirm"))
    text = _("Published: %(started)s relationships started and both people told.") % counts
    if counts["skipped"]:
        text += " " + _("%(skipped)s pairs skipped (see the notes).") % counts
    messages.success(request, text)
    return redirect(run)


@require_POST
@coordinator_view
def undo(request, program, number):
    cancelled = publishing.undo(services.get_run(program, number), request.user)
    messages.success(
        request,
        _("Run %(number)s undone: %(cancelled)s relationships cancelled and both people told.")
        % {"number": number, "cancelled": cancelled},
    )
    return redirect("programs:run", program.slug, number)


@require_POST
@coordinator_view
def discard(request, program, number):
    services.discard(services.get_run(program, number))
    messages.success(request, _("Dry run discarded."))
    return redirect("programs:matching", program.slug)


def _manual_form(request, program):
    cohort = load_cohort(program)
    return ManualMatchForm(cohort.mentees, cohort.mentors, request.POST or request.GET or None)


@coordinator_view
def manual_preview(request, program):
    """htmx: the chosen pair's score, reasons and any hard rule it breaks, before the coordinator confirms."""
    form = _manual_form(request, program)
    preview = None
    if form.is_valid():
        preview = match_runs.preview_pair(program, form.cleaned_data["mentee"], form.cleaned_data["mentor"])
    return render(request, "programs/_manual_preview.html", {"program": program, "preview": preview})


@require_POST
@coordinator_view
def manual_match(request, program):
    form = _manual_form(request, program)
    if not form.is_valid():
        raise DomainError(_("Choose a mentee and a mentor."), "invalid")
    preview = match_runs.preview_pair(program, form.cleaned_data["mentee"], form.cleaned_data["mentor"])
    mentee, mentor = preview["mentee"].person, preview["mentor"].person
    services.match(
        program,
        mentee,
        mentor,
        request.user,
        _("Matched by a coordinator with a score of {score}").format(score=preview["score"]),
    )
    messages.success(
        request,
        _("%(mentee)s and %(mentor)s are matched; both have been told.")
        % {"mentee": mentee.profile.name, "mentor": mentor.profile.name},
    )
    return redirect("programs:matching", program.slug)


def _filters(request, program):
    form = DashboardFilterForm(metrics.cohorts(program), request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    return form, metrics.Filters(cohort=data.get("cohort", ""), start=data.get("start"), end=data.get("end"))


@coordinator_view
def broadcasts_view(request, program):
    """Write, preview (whom it reaches, how many), send; below, the log of what was sent to whom."""
    form = BroadcastForm(request.POST or None)
    preview = None
    if request.method == "POST" and form.is_valid():
        with shown_on(form):
            filters = form.filters()
            if "send" in request.POST:
                sent = broadcasts.send(
                    program, request.user, form.cleaned_data["subject"], form.cleaned_data["body"], filters,
                    form.cleaned_data["confirm"],
                )  # fmt: skip
                count = sent.recipients.count()
                messages.success(
                    request,
                    ngettext("Sent to %(count)s person.", "Sent to %(count)s people.", count) % {"count": count},
                )
                return redirect("programs:broadcasts", program.slug)
            broadcasts.check_message(form.cleaned_data["subject"], form.cleaned_data["body"])
            people = broadcasts.audience(program, filters)
            preview = {"people": people[: broadcasts.PREVIEW_NAMES], "count": len(people), "who": filters.describe()}
            form = BroadcastForm({**form.cleaned_data, "confirm": len(people)})
            form.is_valid()
    person = request.GET.get("person", "")
    person = get_object_or_404(program.enrollments, person_id=person).person if person.isdigit() else None
    return render(
        request,
        "programs/broadcasts.html",
        {
            "program": program,
            "form": form,
            "preview": preview,
            "person": person,
            "log": [
                (b, [(r, broadcasts.delivery(r)) for r in b.sent_to])
                for b in broadcasts.log(program, person.pk if person else None)
            ],
        },
    )


@coordinator_view
def dashboard(request, program):
    form, filters = _filters(request, program)
    data = metrics.dashboard(program, filters)
    return render(
        request,
        "programs/dashboard.html",
        {
            "program": program,
            "form": form,
            "figures": data["figures"],
            "charts": data["charts"],
            "chart_data": [c.as_dict() for c in data["charts"]],
            "query": request.GET.urlencode(),
        },
    )


@coordinator_view
def export(request, program, what):
    if what == "participants":
        body = exports.participants(program)
    elif what == "relationships":
        body = exports.relationships(program)
    elif what == "metrics":
        body = exports.metrics(program, _filters(request, program)[1])
    elif what == "matches":
        runs = program.match_runs.all()
        number = request.GET.get("run", "")
        run = runs.filter(number=number).first() if number.isdigit() else runs.filter(status=MatchRun.PUBLISHED).first()
        if run is None:
            raise Http404("No such run")
        body = exports.matches(run)
        what = f"matches-run-{run.number}"
    else:
        raise Http404("No such export")
    response = HttpResponse(body, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{program.slug}-{what}.csv"'
    return response
