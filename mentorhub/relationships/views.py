from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch, prefetch_related_objects
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from mentorhub.goals.models import Goal
from mentorhub.health.services import health_for_page
from mentorhub.lib.errors import DomainError, back_on_error, shown_on
from mentorhub.profiles.availability import pause_accepting, resume_accepting
from mentorhub.profiles.services import get_profile_for_user

from . import lifecycle, services
from .forms import AgreementForm, AnswerForm, CloseForm, DeclineForm, GratitudeForm, QuestionForm, RequestForm
from .models import AGREEMENT_FIELDS, MentorshipRequest, Relationship
from .services.access import with_people


@login_required
def index(request):
    person = request.user
    relationships = list(
        Relationship.objects.involving(person)
        .select_related("mentee__profile", "mentor__profile")
        .prefetch_related("agreement_versions__goals")
    )
    current_as_mentee = [r for r in relationships if r.mentee_id == person.pk and r.is_current]
    board = [(r, (r.current_agreement() or r.pending_agreement())) for r in current_as_mentee]
    requests = MentorshipRequest.objects.visible_to(person).select_related("mentee__profile", "mentor__profile")
    return render(
        request,
        "relationships/index.html",
        {
            "board": board,
            "mentees": [r for r in relationships if r.mentor_id == person.pk and r.is_current],
            "in_touch": [r for r in relationships if r.stay_in_touch],
            "past": [r for r in relationships if not r.is_current and not r.stay_in_touch],
            "received": [r for r in requests if r.receiver.pk == person.pk and r.is_open],
            "sent": [r for r in requests if r.sender.pk == person.pk and r.is_open],
            "answered": [r for r in requests if not r.is_open][:20],
            "capacity_left": services.capacity_left(person) if person.profile.accepting_mentees else None,
        },
    )


@login_required
def new_request(request, profile_pk):
    other = get_profile_for_user(request.user, profile_pk).user
    as_role = "mentor" if request.GET.get("as") == "mentor" or request.POST.get("as") == "mentor" else "mentee"
    form = RequestForm(request.user, other, as_role, request.POST or None)
    if request.method == "POST" and form.is_valid():
        with shown_on(form):
            sent = services.send_request(
                request.user,
                other,
                as_role=as_role,
                message=form.cleaned_data["message"],
                goals=form.chosen_goals(),
                cadence=form.cleaned_data["cadence"],
                meeting_format=form.cleaned_data["meeting_format"],
            )
            messages.success(
                request, _("Request sent to {name}. They have 14 days to answer.").format(name=other.profile.name)
            )
            return redirect(sent)
    review = (
        services.review_request_message(form.data.get("message", ""), other.profile.name, as_role)
        if form.is_bound
        else {}
    )
    return render(
        request,
        "relationships/request_form.html",
        {"form": form, "other": other, "as_role": as_role, "review": review},
    )


@login_required
@require_POST
def message_coach(request):
    """htmx: the message check while the person types."""
    review = services.review_request_message(
        request.POST.get("message", ""), request.POST.get("recipient") or None, request.POST.get("as", "mentee")
    )
    return render(request, "relationships/_message_coach.html", {"review": review})


@login_required
def request_detail(request, pk):
    mentorship_request = services.get_request_for_user(request.user, pk)
    services.mark_viewed(mentorship_request, request.user)
    is_receiver = mentorship_request.receiver.pk == request.user.pk
    return render(
        request,
        "relationships/request_detail.html",
        {
            "r": mentorship_request,
            "is_receiver": is_receiver,
            "decline_form": DeclineForm(other=mentorship_request.sender),
            "question_form": QuestionForm(other=mentorship_request.sender),
            "answer_form": AnswerForm(other=mentorship_request.receiver),
            "goals": Goal.objects.visible_to(request.user).filter(requests=mentorship_request),
        },
    )


def request_action(action):
    @login_required
    @require_POST
    @back_on_error("relationships:index")
    def view(request, pk):
        mentorship_request = services.get_request_for_user(request.user, pk)
        result = action(request, mentorship_request)
        return result or redirect(mentorship_request)

    return view


def _accept(request, mentorship_request):
    relationship = services.accept_request(mentorship_request.pk, request.user)
    messages.success(request, _("Accepted. Next: agree how you will work together."))
    return redirect(relationship)


def _decline(request, mentorship_request):
    form = DeclineForm(request.POST)
    if not form.is_valid():
        raise DomainError(_("Choose a reason for declining."), "reason")
    services.decline_request(mentorship_request.pk, request.user, **form.cleaned_data)
    messages.success(request, _("Declined. Thank you for answering: it helps them move on."))


def _ask(request, mentorship_request):
    services.ask_for_info(mentorship_request.pk, request.user, request.POST.get("question", ""))
    messages.success(request, _("Question sent."))


def _answer(request, mentorship_request):
    services.answer_info(mentorship_request.pk, request.user, request.POST.get("answer", ""))
    messages.success(request, _("Answer sent; the request is pending again."))


def _withdraw(request, mentorship_request):
    services.withdraw_request(mentorship_request.pk, request.user)
    messages.success(request, _("Request withdrawn."))


accept = request_action(_accept)
decline = request_action(_decline)
ask = request_action(_ask)
answer = request_action(_answer)
withdraw = request_action(_withdraw)


@login_required
def detail(request, pk):
    relationship = services.get_relationship_for_user(request.user, pk, content=False)
    if not relationship.is_party(request.user):
        health = health_for_page(relationship, request.user)
        return render(request, "relationships/coordinator_view.html", {"relationship": relationship, "health": health})
    # A score not kept yet reads the agreed cadence, and the page lists every version: load the versions once.
    prefetch_related_objects([relationship], "agreement_versions")
    health = health_for_page(relationship, request.user)
    # Who proposed each version is one of the two, already loaded.
    versions = with_people(relationship.agreement_versions.all(), relationship, "proposed_by")
    # Goals a mentee stopped sharing drop out of what the mentor sees, in every version.
    prefetch_related_objects(versions, Prefetch("goals", queryset=Goal.objects.visible_to(request.user)))
    current = next((v for v in versions if v.is_confirmed), None)
    pending = next((v for v in versions if not v.is_confirmed), None)
    return render(
        request,
        "relationships/detail.html",
        {
            "relationship": relationship,
            "other": relationship.other_side(request.user),
            "is_mentee": relationship.mentee_id == request.user.pk,
            "current": current,
            "pending": pending,
            "pending_needs_me": pending is not None and not pending.confirmed_by(request.user),
            "confirmed_versions": [v for v in versions if v.is_confirmed],
            "history": with_people(relationship.history.all()[:50], relationship, "actor"),
            "gratitude_notes": with_people(relationship.gratitude_notes.all(), relationship, "author"),
            "reflections": with_people(relationship.reflections.all(), relationship, "author"),
            "gratitude_form": GratitudeForm(other=relationship.other_side(request.user)),
            "phases": Relationship.PHASES,
            "health": health,
            "trend": list(relationship.health_snapshots.values("taken_on", "score")[:30])[::-1],
        },
    )


@login_required
def agreement(request, pk):
    relationship = services.get_relationship_for_user(request.user, pk)
    base = relationship.current_agreement() or relationship.pending_agreement()
    initial = {f: getattr(base, f) for f in AGREEMENT_FIELDS} if base else {}
    if base:
        initial["goals"] = list(base.goals.all())
    form = AgreementForm(relationship, request.user, request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        with shown_on(form):
            services.propose_agreement(relationship, request.user, form.cleaned_data, form.chosen_goals())
            messages.success(request, _("Agreement proposed. It holds once the other person confirms it."))
            return redirect(relationship)
    return render(request, "relationships/agreement_form.html", {"form": form, "relationship": relationship})


@login_required
@require_POST
@back_on_error("relationships:index")
def confirm_agreement(request, pk, version_pk):
    relationship = services.get_relationship_for_user(request.user, pk)
    version = services.confirm_agreement(relationship, request.user, version_pk)
    if version.is_confirmed:
        messages.success(request, _("Agreement v{number} is confirmed by both of you.").format(number=version.number))
    return redirect(relationship)


@login_required
@require_POST
@back_on_error("relationships:index")
def change_status(request, pk):
    relationship = services.get_relationship_for_user(request.user, pk)
    lifecycle.change_status(relationship, request.user, request.POST.get("status", ""), request.POST.get("why", ""))
    return redirect(relationship)


@login_required
@require_POST
@back_on_error("relationships:index")
def change_phase(request, pk):
    relationship = services.get_relationship_for_user(request.user, pk)
    lifecycle.change_phase(relationship, request.user, request.POST.get("phase", ""), request.POST.get("why", ""))
    return redirect(relationship)


@login_required
@require_POST
@back_on_error("relationships:index")
def end_stay_in_touch(request, pk):
    relationship = services.get_relationship_for_user(request.user, pk)
    lifecycle.end_stay_in_touch(relationship, request.user, request.POST.get("why", ""))
    messages.success(request, _("You are no longer staying in touch here; no more check-in reminders."))
    return redirect(relationship)


@login_required
def close(request, pk):
    relationship = services.get_relationship_for_user(request.user, pk)
    form = CloseForm(request.POST or None, other=relationship.other_side(request.user))
    if request.method == "POST" and form.is_valid():
        with shown_on(form):
            services.close_relationship(relationship, request.user, **form.cleaned_data)
            messages.success(request, _("Closed. Thank you for taking the time to close it well."))
            if relationship.mentee_id == request.user.pk and not request.user.profile.accepting_mentees:
                return redirect("relationships:pay_it_forward")
            return redirect(relationship)
    current = relationship.current_agreement()
    return render(
        request,
        "relationships/close.html",
        {
            "form": form,
            "relationship": relationship,
            "agreement": current,
            "goals": Goal.objects.visible_to(request.user).filter(agreements__relationship=relationship),
        },
    )


@login_required
@require_POST
@back_on_error("relationships:index")
def gratitude(request, pk):
    relationship = services.get_relationship_for_user(request.user, pk)
    services.send_gratitude(relationship, request.user, request.POST.get("text", ""))
    messages.success(request, _("Your thank-you note is on its way."))
    return redirect(relationship)


@login_required
@require_POST
@back_on_error("relationships:index")
def reflect(request, pk):
    relationship = services.get_relationship_for_user(request.user, pk)
    services.add_reflection(relationship, request.user, request.POST.get("text", ""))
    return redirect(relationship)


@login_required
def pay_it_forward(request):
    """After being mentored: offer what you learned to the next person, with a prefilled mentor profile."""
    profile = request.user.profile
    achieved = list(Goal.objects.filter(owner=request.user, status="achieved").values_list("text", flat=True))
    learned = [g.skill for g in request.user.skill_gaps.all()]
    if request.method == "POST":
        offered = {s["name"].lower() for s in profile.skills_offered}
        profile.skills_offered = profile.skills_offered + [
            {"name": skill, "level": "intermediate"} for skill in learned if skill.lower() not in offered
        ]
        profile.mentor_capacity = max(1, min(profile.mentor_capacity, 2))
        profile.save()
        resume_accepting(request.user)
        messages.success(
            request, _("You are now open to mentees. Review what you offer and how many people you can take.")
        )
        return redirect("profiles:edit")
    return render(request, "relationships/pay_it_forward.html", {"achieved": achieved, "learned": learned})


@login_required
@require_POST
def pause(request):
    pause_accepting(request.user)
    count = services.requests_declining_soon(request.user)
    messages.info(
        request,
        ngettext(
            "You are not accepting new mentees. {count} open request will be declined as “no longer available” "
            "after a grace period, unless you resume.",
            "You are not accepting new mentees. {count} open requests will be declined as “no longer available” "
            "after a grace period, unless you resume.",
            count,
        ).format(count=count),
    )
    return redirect("relationships:index")


@login_required
@require_POST
def resume(request):
    resume_accepting(request.user)
    messages.success(request, _("You are accepting mentees again."))
    return redirect("relationships:index")
