from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext, pgettext
from django.views.decorators.http import require_POST

from mentorhub.availability.services import offer
from mentorhub.lib import ics as icalendar
from mentorhub.lib.errors import DomainError, back_on_error, shown_on
from mentorhub.lib.i18n import local_label
from mentorhub.lib.time import zone_of
from mentorhub.network import services as network
from mentorhub.network.views import personal
from mentorhub.profiles.services import get_profile_for_user

from . import ics, services
from .forms import AcceptForm, PrepForm, ReferralForm, RequestForm


def back_to_interview(request, pk):
    return reverse("interviews:detail", args=[pk])


@personal
def index(request):
    interviews = list(services.interviews_of(request.user))
    mine = [i for i in interviews if i.requester_id == request.user.pk]
    given = [i for i in interviews if i.requester_id != request.user.pk]
    return render(request, "interviews/index.html", {"asked": mine, "given": given})


SLOT_DAYS_SHOWN = 7


def free_days(free: dict | None, user) -> list[dict]:
    """Their free slots by day on the asker's clock, the first few days only: a month of half hours is hundreds."""
    days: dict = {}
    zone = zone_of(user)
    for slot in free["slots"] if free else []:
        local = slot["starts_at"].astimezone(zone)
        # Translators: a day heading as a Django date format ("Wednesday 2 December"); escape literal letters.
        day = date_format(local, pgettext("day heading date format", "l j F"))
        if day not in days and len(days) == SLOT_DAYS_SHOWN:
            break
        days.setdefault(day, []).append({**slot, "time": f"{local:%H:%M}"})
    return [{"day": day, "slots": slots} for day, slots in days.items()]


def ask_page(request, contact, form, review):
    interviewee = contact.person
    free = offer(interviewee, request.user, settings.INTERVIEW_MINUTES) if interviewee else None
    return render(
        request,
        "interviews/ask.html",
        {
            "contact": contact,
            "form": form,
            "review": review,
            "free": free,
            "days": free_days(free, request.user),
            "minutes": settings.INTERVIEW_MINUTES,
            "zone": zone_of(request.user).key,
        },
    )


@personal
def ask(request, contact_pk):
    """The request: the informational Template drafted from the contact, the outreach coach beside it, and their
    free times to book one (or up to three times to propose)."""
    contact = network.get_contact_for_user(request.user, contact_pk)
    if request.method != "POST":
        subject, body = network.draft(contact, "informational")
        form = RequestForm(initial={"subject": subject, "body": body})
        return ask_page(request, contact, form, network.review_message(body, "informational", contact))
    form = RequestForm(request.POST)
    review = network.review_message(request.POST.get("body", ""), "informational", contact)
    if not form.is_valid():
        return ask_page(request, contact, form, review)
    data = form.cleaned_data
    booking = data["how"] == RequestForm.BOOK
    with shown_on(form, {"proposed_times": "proposed_1", "contact": None}):
        interview = services.request_interview(
            request.user,
            contact,
            subject=data["subject"],
            body=data["body"],
            starts_at=data["starts_at"] if booking else None,
            proposed_times=() if booking else form.proposed(),
        )
        if booking:
            when = local_label(interview.starts_at, request.user)
            messages.success(
                request, gettext("Booked: {when}. {name} has your message.").format(when=when, name=contact.first_name)
            )
        else:
            messages.success(
                request,
                gettext("Sent. {name} picks one of your times or answers you.").format(name=contact.first_name),
            )
        return redirect(interview)
    return ask_page(request, contact, form, review)


@personal
@require_POST
def ask_mentor(request, profile_pk):
    """From the directory: the mentor joins the person's network (if not there yet), then the request page."""
    profile = get_profile_for_user(request.user, profile_pk)
    if profile.user_id == request.user.pk:
        messages.error(request, gettext("You cannot interview yourself."))
        return redirect("interviews:index")
    contact = services.contact_for_mentor(request.user, profile.user)
    return redirect("interviews:ask", contact.pk)


@personal
def detail(request, pk):
    interview = services.get_interview_for_user(request.user, pk)
    me, other = request.user, interview.other_side(request.user)
    asked = interview.requester_id == me.pk
    context = {
        "interview": interview,
        "other": other,
        "asked": asked,
        "over": interview.is_over(),
        "when_you": interview.starts_at and local_label(interview.starts_at, me),
        "when_them": interview.starts_at and local_label(interview.starts_at, other),
        "proposed": [
            {"starts_at": t, "for_you": local_label(t, me), "for_them": local_label(t, other)}
            for t in interview.proposed()
        ],
        "prep": services.prep_sheet(interview, me),
        "prep_form": PrepForm(initial={"prep_notes": interview.prep_notes}) if asked else None,
        "referral_form": ReferralForm() if asked else None,
        "next": services.next_steps(interview, me) if asked else None,
        "awaiting_thanks": asked
        and services.InformationalInterview.objects.filter(pk=interview.pk).awaiting_follow_up().exists(),
    }
    if interview.status == services.InformationalInterview.SCHEDULED and not context["over"]:
        context["add_to_calendar"] = icalendar.add_to_calendar_links(ics.as_event(interview))
    return render(request, "interviews/detail.html", context)


@personal
def download(request, pk):
    """This one interview as an .ics file: what "Add to Apple Calendar" opens, and any calendar app imports."""
    interview = services.get_interview_for_user(request.user, pk)
    if interview.status != services.InformationalInterview.SCHEDULED:
        messages.error(
            request, gettext("This conversation has no agreed time, so there is nothing to add to a calendar.")
        )
        return redirect(interview)
    response = HttpResponse(icalendar.single(ics.as_event(interview)), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="interview-{interview.pk}.ics"'
    return response


@personal
@require_POST
@back_on_error(back_to_interview)
def accept(request, pk):
    interview = services.get_interview_for_user(request.user, pk)
    form = AcceptForm(request.POST)
    if not form.is_valid():
        raise DomainError(gettext("Pick one of the proposed times."), field="starts_at")
    services.accept_time(interview, request.user, form.cleaned_data["starts_at"])
    messages.success(request, gettext("Accepted. {name} is told.").format(name=interview.requester.profile.name))
    return redirect(interview)


@personal
@require_POST
@back_on_error(back_to_interview)
def decline(request, pk):
    interview = services.get_interview_for_user(request.user, pk)
    services.decline(interview, request.user)
    messages.success(
        request, gettext("Declined. {name} is told, politely.").format(name=interview.requester.profile.name)
    )
    return redirect(interview)


@personal
@require_POST
@back_on_error(back_to_interview)
def cancel(request, pk):
    interview = services.get_interview_for_user(request.user, pk)
    services.cancel(interview, request.user)
    messages.success(
        request, gettext("Cancelled. {name} is told.").format(name=interview.other_side(request.user).profile.name)
    )
    return redirect(interview)


@personal
@require_POST
@back_on_error(back_to_interview)
def prep(request, pk):
    interview = services.get_interview_for_user(request.user, pk)
    form = PrepForm(request.POST)
    if not form.is_valid():
        raise DomainError(gettext("Your questions fit in 4,000 characters."), field="prep_notes")
    services.update_prep(interview, request.user, form.cleaned_data["prep_notes"])
    messages.success(request, gettext("Your questions are saved."))
    return redirect(interview)


@personal
@require_POST
@back_on_error(back_to_interview)
def thanked(request, pk):
    interview = services.get_interview_for_user(request.user, pk)
    services.mark_followed_up(interview, request.user)
    messages.success(request, gettext("Noted: you thanked them."))
    return redirect(interview)


@personal
@require_POST
@back_on_error(back_to_interview)
def referral(request, pk):
    interview = services.get_interview_for_user(request.user, pk)
    form = ReferralForm(request.POST)
    if not form.is_valid():
        first = next(iter(form.errors.values()))[0]
        raise DomainError(first, field="name")
    found = services.log_referral(interview, request.user, **form.cleaned_data)
    messages.success(
        request,
        gettext("{name} is in your contacts, introduced by {introducer}.").format(
            name=found.contact.name, introducer=interview.interviewee.profile.name
        ),
    )
    return redirect(interview)


@personal
@require_POST
@back_on_error(back_to_interview)
def stay_in_touch(request, pk):
    interview = services.get_interview_for_user(request.user, pk)
    services.keep_in_touch(interview, request.user)
    days = settings.INTERVIEW_CHECK_IN_DAYS
    messages.success(
        request,
        gettext("Staying in touch: Home reminds you of a light check-in in {days} days.").format(days=days),
    )

    return redirect(interview)
