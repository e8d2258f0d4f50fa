from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from mentorhub.lib.errors import DomainError, back_on_error, shown_on

from . import attention, exports, reports, services
from .access import get_pair_for_coordinator, get_pair_for_participant, get_program_for_coordinator
from .forms import CheckInForm, EndForm, ExtendForm, FitCheckForm, HelpForm, NoteForm, PairFilterForm
from .models import FitCheck, HelpRequest

# Coordinators ------------------------------------------------------------------------------------------------------


def _filtered(request, program, attention_only):
    form = PairFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    pairs = attention.program_pairs(program, attention_only=attention_only, **data)
    return form, pairs


def pairs_page(request, slug, attention_only):
    """The program's pairs: all of them, or only those needing attention (one template, one filter form)."""
    program = get_program_for_coordinator(request.user, slug)
    form, pairs = _filtered(request, program, attention_only)
    context = {"program": program, "form": form, "pairs": pairs, "attention_only": attention_only}
    return render(request, "coordination/pairs.html", {**context, "query": request.GET.urlencode()})


@login_required
def attention_list(request, slug):
    return pairs_page(request, slug, attention_only=True)


@login_required
def pair_list(request, slug):
    return pairs_page(request, slug, attention_only=False)


@login_required
def outcomes(request, slug):
    program = get_program_for_coordinator(request.user, slug)
    context = {"program": program, "rows": reports.outcomes(program), "min_group": settings.COORDINATION_MIN_GROUP}
    return render(request, "coordination/outcomes.html", context)


@login_required
def export(request, slug, fmt):
    program = get_program_for_coordinator(request.user, slug)
    if fmt not in ("csv", "json"):
        raise Http404("No such export")
    pairs = _filtered(request, program, attention_only=False)[1]
    if fmt == "json":
        return JsonResponse(exports.as_json(program, pairs))
    response = HttpResponse(exports.as_csv(program, pairs), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{program.slug}-pairs.csv"'
    return response


@login_required
def pair(request, slug, pk):
    program, relationship = get_pair_for_coordinator(request.user, slug, pk)
    forms = {
        "check_in_form": CheckInForm(),
        "extend_form": ExtendForm(),
        "end_form": EndForm(),
        "note_form": NoteForm(),
    }
    return render(request, "coordination/pair.html", services.pair_page(program, relationship) | forms)


def pair_action(form_class=None):
    """A coordinator's button on a pair's page: the pair through the one door, a refused action back to the page
    with its message, and nothing changed."""

    def decorate(action):
        def back(request, slug, pk, *args, **kwargs):
            return reverse("coordination:pair", args=[slug, pk])

        @login_required
        @require_POST
        @wraps(action)
        @back_on_error(back)
        def view(request, slug, pk, *args, **kwargs):
            program, relationship = get_pair_for_coordinator(request.user, slug, pk)
            data = None
            if form_class is not None:
                form = form_class(request.POST)
                if not form.is_valid():
                    field, errors = next(iter(form.errors.items()))
                    raise DomainError(
                        _("%(label)s: %(error)s") % {"label": form[field].label, "error": errors[0]},
                        field=field,
                    )
                data = form.cleaned_data
            return action(request, program, relationship, data, *args, **kwargs)

        return view

    return decorate


def _back(program, relationship):
    return redirect("coordination:pair", program.slug, relationship.pk)


@pair_action(CheckInForm)
def check_in(request, program, relationship, data):
    sent = services.send_check_in(relationship, request.user, data["to"], data["message"])
    messages.success(request, _("Check-in sent to both.") if sent == 2 else _("Check-in sent to one person."))
    return _back(program, relationship)


@pair_action(ExtendForm)
def extend(request, program, relationship, data):
    extended = services.extend(relationship, request.user, data["days"], data["why"])
    messages.success(
        request, _("Extended: the review is now on %(day)s.") % {"day": date_format(extended.review_on, "j M Y")}
    )
    return _back(program, relationship)


@pair_action(EndForm)
def end(request, program, relationship, data):
    services.end(relationship, request.user, data["outcome"], data["reason"], data["why"])
    messages.success(request, _("The relationship is closed; both people have been told."))
    return _back(program, relationship)


@pair_action(NoteForm)
def note(request, program, relationship, data):
    services.add_note(relationship, request.user, data["text"])
    messages.success(request, _("Note saved. Only the program's coordinators read it."))
    return _back(program, relationship)


@pair_action()
def resolve(request, program, relationship, data):
    services.resolve(relationship, request.user)
    messages.success(request, _("Marked as dealt with."))
    return _back(program, relationship)


@pair_action()
def open_rematch(request, program, relationship, data):
    role = request.POST.get("person", "")
    person = services.open_rematch(relationship, request.user, role)
    messages.success(
        request,
        _("The pair is ended, nobody's fault. Now choose a new match for %(name)s.") % {"name": person.profile.name},
    )
    return redirect("coordination:rematch", program.slug, relationship.pk, role)


@login_required
def rematch(request, slug, pk, role):
    program, relationship = get_pair_for_coordinator(request.user, slug, pk)
    fallback = back_on_error(lambda *args, **kwargs: reverse("coordination:pair", args=[slug, pk]))
    return fallback(_rematch)(request, program, relationship, role)


def _rematch(request, program, relationship, role):
    person = services.person_in(relationship, role)
    if request.method == "POST":
        candidate = request.POST.get("candidate_id", "")
        if not candidate.isdigit():
            raise DomainError(_("Choose one of the people listed."), field="candidate_id")
        started = services.rematch(relationship, request.user, role, int(candidate))
        messages.success(
            request,
            _("%(mentee)s and %(mentor)s are matched.")
            % {"mentee": started.mentee.profile.name, "mentor": started.mentor.profile.name},
        )
        return redirect("coordination:pair", program.slug, started.pk)
    return render(
        request,
        "coordination/rematch.html",
        {
            "program": program,
            "relationship": relationship,
            "person": person,
            "other": relationship.other_side(person),
            "role": role,
            "candidates": services.candidates(relationship, role) if not relationship.is_current else [],
        },
    )


# Participants ------------------------------------------------------------------------------------------------------


@login_required
def fit_check(request, pk):
    relationship = get_pair_for_participant(request.user, pk)
    mine = FitCheck.objects.filter(relationship=relationship, person=request.user).first()
    form = FitCheckForm(
        request.POST or None, initial={"answer": mine.answer, "comment": mine.comment} if mine else None
    )
    if request.method == "POST" and form.is_valid():
        with shown_on(form):
            mine = services.answer_fit_check(
                relationship, request.user, form.cleaned_data["answer"], form.cleaned_data["comment"]
            )
            messages.success(request, _("Thank you. Only the program's coordinators see your answer."))
            return redirect("coordination:fit_check", relationship.pk)
    return render(
        request,
        "coordination/fit_check.html",
        {"relationship": relationship, "other": relationship.other_side(request.user), "form": form, "mine": mine},
    )


@login_required
def ask_for_help(request, pk):
    relationship = get_pair_for_participant(request.user, pk)
    form = HelpForm(request.POST or None, initial={"kind": request.GET.get("kind", HelpRequest.HELP)})
    if request.method == "POST" and form.is_valid():
        with shown_on(form):
            services.ask_for_help(relationship, request.user, form.cleaned_data["reason"], form.cleaned_data["kind"])
            messages.success(request, _("Your request is with the program's coordinators. They will be in touch."))
            return redirect(relationship)
    mine = HelpRequest.objects.filter(relationship=relationship, person=request.user)
    return render(
        request,
        "coordination/help.html",
        {"relationship": relationship, "other": relationship.other_side(request.user), "form": form, "mine": mine},
    )
