from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from mentorhub.lib.errors import DomainError, back_on_error, shown_on
from mentorhub.lib.time import zone_of
from mentorhub.relationships.services.access import get_relationship_for_user

from . import caldav_sync, services
from .forms import AvailabilityForm, BookForm, CalendarForm, DurationForm


@login_required
def edit(request):
    availability = services.availability_of(request.user)
    form = AvailabilityForm(request.POST or None, availability=availability)
    if request.method == "POST" and form.is_valid():
        with shown_on(form):
            url = form.cleaned_data["busy_calendar_url"]
            busy_times = services.read_busy_calendar(request.user, url)
            with transaction.atomic():
                services.set_availability(
                    request.user,
                    weekly_hours=form.weekly_hours(),
                    buffer_before_minutes=form.cleaned_data["buffer_before_minutes"],
                    buffer_after_minutes=form.cleaned_data["buffer_after_minutes"],
                    weekly_max=form.cleaned_data["weekly_max"],
                    video_link=form.cleaned_data["video_link"],
                )
                services.save_busy_calendar(request.user, url, busy_times)
            messages.success(request, gettext("Your availability is saved: people you meet can book your free times."))
            return redirect("availability:edit")
    return _page(request, form, availability)


def _page(request, form, availability, calendar_form=None):
    connection = caldav_sync.connection_of(request.user)
    if calendar_form is None:
        initial = {"caldav_url": connection.url, "caldav_username": connection.username} if connection else {}
        calendar_form = CalendarForm(initial=initial)
    context = {
        "form": form,
        "zone": zone_of(request.user).key,
        "availability": availability,
        "connection": connection,
        "calendar_form": calendar_form,
    }
    return render(request, "availability/edit.html", context)


@login_required
@require_POST
def connect_calendar(request):
    """Connect the person's CalDAV calendar; a calendar we cannot use comes back with the reason, input kept."""
    calendar_form = CalendarForm(request.POST)
    if calendar_form.is_valid():
        with shown_on(calendar_form):
            data = calendar_form.cleaned_data
            caldav_sync.connect(request.user, data["caldav_url"], data["caldav_username"], data["caldav_password"])
            messages.success(
                request,
                gettext("Your calendar is connected: your meetings appear in it, its busy times leave your free time."),
            )
            return redirect("availability:edit")
    availability = services.availability_of(request.user)
    return _page(request, AvailabilityForm(availability=availability), availability, calendar_form)


@login_required
@require_POST
def disconnect_calendar(request):
    if caldav_sync.disconnect(request.user):
        messages.success(
            request, gettext("Your calendar is disconnected; the meetings we had put in it are gone from it.")
        )
    else:
        messages.warning(
            request,
            gettext("Your calendar is disconnected, but it did not answer: remove the meetings we put there yourself."),
        )
    return redirect("availability:edit")


@login_required
@back_on_error(lambda request, pk: reverse("availability:book", args=[pk]))
def book(request, pk):
    """The other person's free slots, each on both clocks; booking one schedules the meeting. A refused booking
    (the slot was taken meanwhile) comes back here with the reason and the slots as they are now."""
    relationship = get_relationship_for_user(request.user, pk)
    if not relationship.can_meet:
        messages.error(request, gettext("This mentorship has ended; its meetings can no longer change."))
        return redirect("meetings:relationship", pk)
    if request.method == "POST":
        form = BookForm(request.POST)
        if not form.is_valid():
            raise DomainError(gettext("Pick one of the free times below."), field="starts_at")
        data = form.cleaned_data
        meeting = services.book(relationship, request.user, data["starts_at"], data["duration_minutes"])
        messages.success(request, gettext("Booked. You both have a calendar invitation by email."))
        return redirect(meeting)
    form = DurationForm(request.GET or None)
    duration = form.cleaned_data["duration_minutes"] if form.is_valid() else settings.MEETING_MINUTES_DEFAULT
    offer = services.slots_to_book(relationship, request.user, duration)
    durations = DurationForm(initial={"duration_minutes": duration})
    return render(request, "availability/book.html", {"relationship": relationship, "durations": durations, **offer})
