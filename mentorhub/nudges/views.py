from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from mentorhub.goals.models import Goal
from mentorhub.relationships.services import get_relationship_for_user

from . import services
from .forms import AuditForm, PreferencesForm, PulseForm
from .models import CATEGORIES, OFF, DeliveryPreferences, Notification, Pulse


@login_required
def index(request):
    notifications = Notification.objects.filter(person=request.user)[:100]
    return render(request, "nudges/index.html", {"notifications": notifications})


@login_required
@require_POST
def mark_read(request, pk):
    notification = get_object_or_404(Notification, pk=pk, person=request.user)
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
    return redirect(notification.url or "nudges:index")


@login_required
@require_POST
def mark_all_read(request):
    Notification.objects.filter(person=request.user, read_at__isnull=True).update(read_at=timezone.now())
    return redirect("nudges:index")


@login_required
def preferences(request):
    prefs = services.preferences_for(request.user)
    form = PreferencesForm(prefs, request.POST or None)
    if request.method == "POST" and form.is_valid():
        prefs.choices = {c: form.cleaned_data[c] for c, _label in CATEGORIES}
        prefs.quiet_from, prefs.quiet_until = form.cleaned_data["quiet_from"], form.cleaned_data["quiet_until"]
        prefs.save()
        messages.success(request, _("Your notification preferences are saved."))
        return redirect("nudges:preferences")
    return render(request, "nudges/preferences.html", {"form": form})


@csrf_exempt  # mail clients send the one-click POST (RFC 8058) without a session or CSRF token
def unsubscribe(request, token):
    try:
        data = signing.loads(token, salt="mentorhub.unsubscribe")
    except signing.BadSignature:
        raise Http404("Unknown unsubscribe link") from None
    prefs = DeliveryPreferences.objects.filter(unsubscribe_token=data["t"]).first()
    if prefs is None:
        raise Http404("Unknown unsubscribe link")
    categories = dict(CATEGORIES)
    if data["c"] == "digest":
        names = [c for c in categories if prefs.choice_for(c) == "digest"]
    else:
        names = [data["c"]] if data["c"] in categories else []
    if request.method == "POST":
        prefs.choices = {**prefs.choices, **dict.fromkeys(names, OFF)}
        prefs.save(update_fields=["choices"])
        return render(request, "nudges/unsubscribed.html", {"labels": [categories[n] for n in names]})
    return render(request, "nudges/unsubscribe.html", {"labels": [categories[n] for n in names]})


def answer_one_question(request, relationship, kind, question, thanks):
    form = PulseForm(request.POST or None)
    form.fields["score"].label = question
    if request.method == "POST" and form.is_valid():
        answer = form.save(commit=False)
        answer.relationship, answer.person, answer.kind = relationship, request.user, kind
        answer.save()
        messages.success(request, thanks)
        return redirect(relationship)
    return render(request, "nudges/pulse.html", {"form": form, "relationship": relationship, "kind": kind})


@login_required
def pulse(request, pk):
    relationship = get_relationship_for_user(request.user, pk)
    return answer_one_question(
        request,
        relationship,
        Pulse.PULSE,
        _("How valuable is this mentorship right now? (1 = not at all, 5 = very)"),
        _("Thank you. Only you see your answer; it counts in the health score you see, never in theirs."),
    )


@login_required
def survey(request, pk, kind):
    relationship = get_relationship_for_user(request.user, pk)
    if relationship.program is None or kind not in (Pulse.SURVEY_30, Pulse.SURVEY_END):
        raise Http404("No such survey")
    return answer_one_question(
        request,
        relationship,
        kind,
        _("How valuable is the {program} program for you? (1 = not at all, 5 = very)").format(
            program=relationship.program.name
        ),
        _("Thank you. Coordinators see only the program's averages, never your answer."),
    )


@login_required
def audit(request, pk):
    relationship = get_relationship_for_user(request.user, pk)
    form = AuditForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        record = form.save(commit=False)
        record.relationship, record.person = relationship, request.user
        record.save()
        messages.success(request, _("Audit saved. Talk it through at your next meeting."))
        if record.decision == "adjust":
            return redirect("relationships:agreement", relationship.pk)
        if record.decision == "close":
            return redirect("relationships:close", relationship.pk)
        return redirect(relationship)
    return render(
        request,
        "nudges/audit.html",
        {
            "form": form,
            "relationship": relationship,
            "agreement": relationship.current_agreement(),
            "goals": Goal.objects.visible_to(request.user).filter(agreements__relationship=relationship),
        },
    )
