from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from mentorhub.goals.models import Goal
from mentorhub.relationships.services import get_relationship_for_user

from . import services
from .forms import AuditForm, PreferencesForm, PulseForm
from .models import CATEGORIES, OFF, DeliveryPreferences, Notification


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
        prefs.choices = {c: form.cleaned_data[c] for c, _ in CATEGORIES}
        prefs.quiet_from, prefs.quiet_until = form.cleaned_data["quiet_from"], form.cleaned_data["quiet_until"]
        prefs.save()
        messages.success(request, "Your notification preferences are saved.")
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


@login_required
def pulse(request, pk):
    relationship = get_relationship_for_user(request.user, pk)
    form = PulseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        answer = form.save(commit=False)
        answer.relationship, answer.person = relationship, request.user
        answer.save()
        messages.success(request, "Thank you. Only you see your answer; it counts in the relationship's health.")
        return redirect(relationship)
    return render(request, "nudges/pulse.html", {"form": form, "relationship": relationship})


@login_required
def audit(request, pk):
    relationship = get_relationship_for_user(request.user, pk)
    form = AuditForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        record = form.save(commit=False)
        record.relationship, record.person = relationship, request.user
        record.save()
        messages.success(request, "Audit saved. Talk it through at your next meeting.")
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
            "goals": Goal.objects.filter(agreements__relationship=relationship).distinct(),
        },
    )
