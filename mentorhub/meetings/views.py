from datetime import timedelta
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Max, prefetch_related_objects
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from mentorhub.coach import panel
from mentorhub.coach.feedback import assess_feedback
from mentorhub.lib.errors import back_on_error, shown_on
from mentorhub.lib.i18n import local_label
from mentorhub.lib.redirects import safe_next
from mentorhub.lib.time import zone_of
from mentorhub.relationships.models import Relationship
from mentorhub.relationships.services import get_relationship_for_user

from . import ics, services
from .forms import (
    ActionItemForm,
    AgendaForm,
    CancelForm,
    ChangeForm,
    FeedbackForm,
    LogForm,
    MentorFeedbackForm,
    NoteForm,
    PlanForm,
    ProgressForm,
    SlotsForm,
)
from .models import ActionItem, CalendarFeed, Meeting, MeetingFeedback

# Service errors name API fields; where a form calls the field otherwise, this is its name there.
FORM_FIELDS = {"slots": "slot_1", "starts_at": "slot_1", "assignee_id": "assignee", "goal_id": "goal"}


def form_page(request, form, act, success: str, **page):
    """A one-form page: on a valid post, `act` on the cleaned data and go to what it returns; a broken rule shows
    on the form, with everything the person typed kept."""
    if request.method == "POST" and form.is_valid():
        with shown_on(form, FORM_FIELDS):
            target = act(form.cleaned_data)
            messages.success(request, success)
            return redirect(target)
    return render(request, "meetings/form_page.html", {"form": form, **page})


def in_viewer_timezone(view):
    """Every time on these pages, shown and typed, is in the viewer's own timezone."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        with timezone.override(zone_of(request.user)):
            return view(request, *args, **kwargs)

    return login_required(wrapper)


# Overview ---------------------------------------------------------------------------------------------------------


@in_viewer_timezone
def index(request):
    person = request.user
    now = timezone.now()
    mine = Meeting.objects.involving(person).select_related(
        "agenda", "relationship__mentee__profile", "relationship__mentor__profile"
    )
    proposals = list(mine.filter(status=Meeting.PROPOSED).prefetch_related("slots").order_by("proposed_at"))
    recent = mine.filter(status=Meeting.HELD, starts_at__gte=now - timedelta(days=30)).order_by("-starts_at")
    rated = set(MeetingFeedback.objects.filter(author=person).values_list("meeting_id", flat=True))
    return render(
        request,
        "meetings/index.html",
        {
            "to_answer": [m for m in proposals if m.organiser_id != person.pk],
            "waiting": [m for m in proposals if m.organiser_id == person.pk],
            "scheduled": mine.filter(status=Meeting.SCHEDULED).order_by("starts_at"),
            "to_rate": [m for m in recent if m.pk not in rated],
            "my_items": ActionItem.objects.filter(assignee=person, status=ActionItem.OPEN).select_related(
                "relationship__mentee__profile", "relationship__mentor__profile"
            ),
            "relationships": Relationship.objects.involving(person)
            .current()
            .select_related("mentee__profile", "mentor__profile"),
            "feed": CalendarFeed.objects.filter(person=person).first(),
        },
    )


@login_required
@require_POST
def feed_new(request):
    url = services.feed_url(CalendarFeed.issue(request.user))
    return render(
        request, "meetings/feed_created.html", {"feed_url": url, "webcal_url": "webcal://" + url.split("://")[1]}
    )


@login_required
@require_POST
def feed_revoke(request):
    CalendarFeed.objects.filter(person=request.user).delete()
    messages.success(request, _("Your calendar address no longer works. Create a new one whenever you like."))
    return redirect("meetings:index")


def feed(request, token):
    """The calendar subscription: no login, the secret address is the key."""
    person = services.person_for_feed_token(token)
    response = HttpResponse(
        ics.feed(person, services.feed_meetings(person)), content_type="text/calendar; charset=utf-8"
    )
    response["Cache-Control"] = "private, max-age=300"
    response["X-Robots-Tag"] = "noindex"
    return response


# One relationship -------------------------------------------------------------------------------------------------


def relationship_page(request, relationship, **forms):
    user = request.user
    # The cadence, the due date and the timeline all read the agreement: load its versions once.
    prefetch_related_objects([relationship], "agreement_versions")
    is_mentee = relationship.mentee_id == user.pk
    meetings = relationship.meetings.select_related("agenda").prefetch_related("slots")
    last = meetings.filter(status=Meeting.HELD).aggregate(at=Max("starts_at"))["at"]
    context = {
        "relationship": relationship,
        "other": relationship.other_side(user),
        "is_mentee": is_mentee,
        "proposals": meetings.filter(status=Meeting.PROPOSED).order_by("proposed_at"),
        "scheduled": meetings.filter(status=Meeting.SCHEDULED).order_by("starts_at"),
        "items": relationship.action_items.select_related("assignee__profile", "meeting"),
        "timeline": services.timeline(relationship, user),
        "cadence_days": relationship.cadence_days(),
        "due_by": relationship.next_meeting_due(last.date() if last else None),
    }
    if is_mentee:
        context["progress_form"] = forms.get("progress_form") or ProgressForm(
            services.linked_goals(relationship), other=relationship.mentor
        )
    else:
        context["mentor_feedback_form"] = forms.get("mentor_feedback_form") or MentorFeedbackForm(
            other=relationship.mentee
        )
    return render(request, "meetings/relationship.html", context)


@in_viewer_timezone
def relationship(request, pk):
    return relationship_page(request, get_relationship_for_user(request.user, pk))


@in_viewer_timezone
def plan(request, pk):
    relationship = get_relationship_for_user(request.user, pk)
    cadence_days = relationship.cadence_days()
    form = PlanForm(request.POST or None, cadence_days=cadence_days, other=relationship.other_side(request.user))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        recurring = data.get("recurring", False)
        with shown_on(form, FORM_FIELDS):
            if data["mode"] == "schedule":
                meeting = services.schedule_meeting(
                    relationship, request.user, data["slots"][0], recurring=recurring, **form.details()
                )
                messages.success(request, _("Scheduled. You both have a calendar invitation by email."))
            else:
                meeting = services.propose_times(
                    relationship, request.user, data["slots"], recurring=recurring, **form.details()
                )
                messages.success(
                    request,
                    _("Sent. {name} picks a time.").format(name=relationship.other_side(request.user).profile.name),
                )
            return redirect(meeting)
    return render(
        request,
        "meetings/plan.html",
        {"form": form, "relationship": relationship, "other": relationship.other_side(request.user)},
    )


@in_viewer_timezone
def log(request, pk):
    relationship = get_relationship_for_user(request.user, pk)
    form = LogForm(request.POST or None, other=relationship.other_side(request.user))

    def log_it(data):
        return services.log_meeting(
            relationship,
            request.user,
            data["starts_at"],
            note=data["note"],
            note_shared=data["note_shared"],
            **form.details(),
        )

    return form_page(
        request,
        form,
        log_it,
        _("Logged. Add action items and rate it if you like."),
        relationship=relationship,
        title=_("Log a meeting with {name}").format(name=relationship.other_side(request.user).profile.name),
        intro=_("A call, a coffee, a chat at a conference: record it so that it counts and its notes are kept."),
        button=_("Log the meeting"),
    )


@in_viewer_timezone
@require_POST
def progress(request, pk):
    relationship = get_relationship_for_user(request.user, pk)
    form = ProgressForm(services.linked_goals(relationship), request.POST, other=relationship.mentor)
    if form.is_valid():
        with shown_on(form, FORM_FIELDS):
            services.post_progress_update(relationship, request.user, **form.cleaned_data)
            messages.success(request, _("Progress update posted. Your mentor sees it on your timeline."))
            return redirect("meetings:relationship", pk=relationship.pk)
    return relationship_page(request, relationship, progress_form=form)


@in_viewer_timezone
@require_POST
def mentor_feedback(request, pk):
    relationship = get_relationship_for_user(request.user, pk)
    form = MentorFeedbackForm(request.POST, other=relationship.mentee)
    if form.is_valid():
        with shown_on(form, FORM_FIELDS):
            services.leave_mentor_feedback(relationship, request.user, **form.cleaned_data)
            messages.success(request, _("Feedback shared."))
            return redirect("meetings:relationship", pk=relationship.pk)
    return relationship_page(request, relationship, mentor_feedback_form=form)


@login_required
@require_POST
def feedback_coach(request):
    """htmx: the feedback coach under a progress update or a mentor's feedback while it is typed."""
    text = "\n".join(request.POST.get(field, "") for field in ("text", "strengths", "next_steps")).strip()
    review = assess_feedback(text).to_dict() if text else {}
    checks = panel.checks(review, "feedback") if review else []
    return render(request, "meetings/_feedback_coach.html", {"review": review, "checks": checks})


# One meeting ------------------------------------------------------------------------------------------------------


def meeting_page(request, meeting, **forms):
    user = request.user
    relationship = meeting.relationship
    other = relationship.other_side(user)
    agenda = meeting.agenda
    # Its last editor is one of the two, already loaded with their profile: not two more queries for the name.
    people = {relationship.mentee_id: relationship.mentee, relationship.mentor_id: relationship.mentor}
    if agenda.updated_by_id in people:
        agenda.updated_by = people[agenda.updated_by_id]
    context = {
        "meeting": meeting,
        "relationship": relationship,
        "other": other,
        "other_zone": zone_of(other).key,
        "can_pick": meeting.status == Meeting.PROPOSED and meeting.organiser_id != user.pk,
        "slots": meeting.slots.all(),
        "agenda": agenda,
        "notes": services.notes_for(meeting, user),
        "agenda_form": forms.get("agenda_form") or AgendaForm(agenda, other=other),
        "note_form": forms.get("note_form") or NoteForm(),
        "item_form": forms.get("item_form") or ActionItemForm(relationship, user),
        "cancel_form": CancelForm(other=other),
    }
    context["carried_over"], context["items"] = services.meeting_items(meeting)
    if meeting.status == Meeting.SCHEDULED:
        context["add_to_calendar"] = ics.add_to_calendar_links(meeting)
    if meeting.status == Meeting.HELD:
        # Only a held meeting is rated.
        mine = context["my_feedback"] = meeting.feedback.filter(author=user).first()
        initial = {"rating": mine.rating, "comment": mine.comment} if mine else None
        context["feedback_form"] = forms.get("feedback_form") or FeedbackForm(initial=initial)
    return render(request, "meetings/detail.html", context)


@in_viewer_timezone
def detail(request, pk):
    return meeting_page(request, services.get_meeting_for_user(request.user, pk))


@login_required
def download(request, pk):
    """This one meeting as an .ics file: what "Add to Apple Calendar" opens, and any calendar app imports."""
    meeting = services.get_meeting_for_user(request.user, pk)
    if meeting.starts_at is None:
        messages.error(request, _("This meeting has no time yet: pick one of the proposed times first."))
        return redirect(meeting)
    response = HttpResponse(ics.single(meeting), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="meeting-{meeting.pk}.ics"'
    return response


@in_viewer_timezone
@require_POST
@back_on_error("relationships:index")
def pick(request, pk):
    meeting = services.get_meeting_for_user(request.user, pk)
    services.pick_slot(meeting, request.user, request.POST.get("slot"))
    messages.success(request, _("It's in the calendar. You both have an invitation by email."))
    return redirect(meeting)


@in_viewer_timezone
def propose_again(request, pk):
    meeting = services.get_meeting_for_user(request.user, pk)
    form = SlotsForm(request.POST or None, other=meeting.relationship.other_side(request.user))
    return form_page(
        request,
        form,
        lambda data: services.propose_new_times(meeting, request.user, form.slots()),
        _("New times sent."),
        relationship=meeting.relationship,
        meeting=meeting,
        title=_("Propose other times"),
        intro=_("Up to three times, in your timezone. They will see each one in theirs."),
        button=_("Send these times"),
    )


@in_viewer_timezone
def change(request, pk):
    meeting = services.get_meeting_for_user(request.user, pk)
    initial = {f: getattr(meeting, f) for f in ("starts_at", *services.DETAIL_FIELDS)}
    form = ChangeForm(request.POST or None, initial=initial, other=meeting.relationship.other_side(request.user))
    return form_page(
        request,
        form,
        lambda data: services.reschedule(meeting, request.user, data["starts_at"], data["note"], **form.details()),
        _("Changed. You both have an updated invitation."),
        relationship=meeting.relationship,
        meeting=meeting,
        title=_("Reschedule or change the meeting"),
        intro=_("Both of you get an updated calendar invitation; reminders move with it."),
        button=_("Save changes"),
    )


@in_viewer_timezone
@require_POST
@back_on_error("relationships:index")
def cancel(request, pk):
    meeting = services.get_meeting_for_user(request.user, pk)
    form = CancelForm(request.POST, other=meeting.relationship.other_side(request.user))
    form.is_valid()
    services.cancel_meeting(meeting, request.user, **form.cleaned_data)
    messages.success(request, _("Cancelled. They have been told, and the calendar event is withdrawn."))
    return redirect(meeting)


@in_viewer_timezone
@require_POST
@back_on_error("relationships:index")
def held(request, pk):
    meeting = services.get_meeting_for_user(request.user, pk)
    meeting = services.mark_held(meeting, request.user)
    follow = Meeting.objects.filter(previous=meeting).first()
    if follow:
        when = local_label(follow.starts_at, request.user)
        messages.success(
            request, _("Marked as held. The next one is on {when}; you both have an invitation.").format(when=when)
        )
    else:
        messages.success(request, _("Marked as held. Add notes, action items and your rating while it is fresh."))
    return redirect(meeting)


@in_viewer_timezone
@require_POST
@back_on_error("relationships:index")
def agenda(request, pk):
    meeting = services.get_meeting_for_user(request.user, pk)
    form = AgendaForm(meeting.agenda, request.POST, other=meeting.relationship.other_side(request.user))
    if not form.is_valid():
        return meeting_page(request, meeting, agenda_form=form)
    services.save_agenda(meeting, request.user, form.cleaned_data)
    messages.success(request, _("Agenda saved. You both see it."))
    return redirect(meeting)


@in_viewer_timezone
@require_POST
def note(request, pk):
    meeting = services.get_meeting_for_user(request.user, pk)
    form = NoteForm(request.POST)
    if form.is_valid():
        services.add_note(meeting, request.user, **form.cleaned_data)
        messages.success(request, _("Note shared.") if form.cleaned_data["shared"] else _("Private note saved."))
        return redirect(meeting)
    return meeting_page(request, meeting, note_form=form)


@login_required
@require_POST
def delete_note(request, pk, note_pk):
    meeting = services.get_meeting_for_user(request.user, pk)
    services.delete_note(meeting, request.user, note_pk)
    messages.success(request, _("Note deleted."))
    return redirect(meeting)


@in_viewer_timezone
@require_POST
def action_item(request, pk):
    meeting = services.get_meeting_for_user(request.user, pk)
    form = ActionItemForm(meeting.relationship, request.user, request.POST)
    if form.is_valid():
        data = form.cleaned_data
        with shown_on(form, FORM_FIELDS):
            services.add_action_item(
                meeting.relationship, request.user, data["text"], data["assignee"], data["due_on"], meeting
            )
            messages.success(request, _("Action item added."))
            return redirect(meeting)
    return meeting_page(request, meeting, item_form=form)


@in_viewer_timezone
@require_POST
@back_on_error("relationships:index")
def action_item_status(request, pk):
    """Done or open again. With htmx only the item's row is swapped."""
    item = services.get_action_item_for_user(request.user, pk)
    status = ActionItem.DONE if request.POST.get("status") == ActionItem.DONE else ActionItem.OPEN
    item = services.update_action_item(item, request.user, status=status)
    if request.headers.get("HX-Request"):
        return render(request, "meetings/_action_item.html", {"item": item})
    return redirect(safe_next(request, reverse("meetings:relationship", args=[item.relationship_id])))


@in_viewer_timezone
@require_POST
@back_on_error("relationships:index")
def feedback(request, pk):
    meeting = services.get_meeting_for_user(request.user, pk)
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        return meeting_page(request, meeting, feedback_form=form)
    services.rate_meeting(meeting, request.user, **form.cleaned_data)
    messages.success(request, _("Thank you. Only you see your rating; it counts towards the mentorship's health."))
    return redirect(meeting)
