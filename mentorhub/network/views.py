import secrets
from functools import wraps
from urllib.parse import quote

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext, pgettext
from django.views.decorators.http import require_POST

from mentorhub.lib import csvfile
from mentorhub.lib.errors import back_on_error, shown_on
from mentorhub.lib.redirects import safe_next
from mentorhub.lib.time import zone_of
from mentorhub.profiles.models import Profile

from . import services
from .forms import ComposeForm, ContactFilterForm, ContactForm, EncounterForm, ImportForm, ResponseForm, StageForm
from .models import Contact, OutreachMessage
from .outreach_templates import OWN, TEMPLATES

IMPORT_SESSION_KEY = "network_import"
# The preview table shows every problem row but only this many new ones; the rest are counted.
PREVIEW_NEW_ROWS = 100


def personal(view):
    """Logged-in only, with dates read and shown in the person's own timezone."""

    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        with timezone.override(zone_of(request.user)):
            return view(request, *args, **kwargs)

    return wrapper


def mailto_url(contact, subject, body) -> str:
    return f"mailto:{quote(contact.email)}?subject={quote(subject)}&body={quote(body)}"


@personal
def index(request):
    person = request.user
    filters = ContactFilterForm(request.GET or None)
    contacts = Contact.objects.visible_to(person)
    if filters.is_valid():
        contacts = services.filter_contacts(contacts, **filters.cleaned_data)
    return render(
        request,
        "network/index.html",
        {
            "filters": filters,
            "contacts": contacts,
            "has_contacts": Contact.objects.visible_to(person).exists(),
            "due_items": sorted(services.home_items(person), key=lambda item: item["due"]),
            "inbox": OutreachMessage.objects.to(person).select_related("owner__profile")[:50],
            "tab": "contacts",
        },
    )


@personal
def board(request):
    contacts = list(Contact.objects.visible_to(request.user))
    columns = [
        {"stage": stage, "label": label, "contacts": [c for c in contacts if c.stage == stage]}
        for stage, label in Contact.STAGE_CHOICES
    ]
    return render(request, "network/board.html", {"columns": columns, "stages": Contact.STAGE_CHOICES, "tab": "board"})


@personal
def contact_edit(request, pk=None):
    contact = services.get_contact_for_user(request.user, pk) if pk else None
    form = ContactForm(request.user, request.POST or None, instance=contact)
    if request.method == "POST" and form.is_valid():
        with shown_on(form):
            contact = services.save_contact(
                request.user,
                contact,
                form.contact_data(),
                goals=form.cleaned_data["goals"],
                skill_gaps=form.cleaned_data["skill_gaps"],
            )
            messages.success(request, gettext("{name} is saved.").format(name=contact.name))
            return redirect(contact)
    return render(request, "network/contact_form.html", {"form": form, "contact": contact})


@personal
def contact_detail(request, pk):
    contact = services.get_contact_for_user(request.user, pk)
    profile = None
    if contact.person_id:
        profile = Profile.objects.visible_to(request.user).filter(user_id=contact.person_id).first()
    sent = list(contact.messages.select_related("follow_up_of").prefetch_related("follow_ups"))
    waiting = {m.pk for m in contact.messages.awaiting_follow_up()}
    return render(
        request,
        "network/contact_detail.html",
        {
            "contact": contact,
            "profile": profile,
            "encounters": contact.encounters.all(),
            "sent": [{"message": m, "follow_up_due": m.pk in waiting} for m in sent],
            "stages": Contact.STAGE_CHOICES,
            "response_choices": OutreachMessage.RESPONSE_CHOICES[1:],
        },
    )


@personal
@require_POST
def contact_delete(request, pk):
    contact = services.get_contact_for_user(request.user, pk)
    contact.delete()
    messages.success(
        request,
        gettext("{name} is removed from your network, with their messages and encounters.").format(name=contact.name),
    )
    return redirect("network:index")


@personal
@require_POST
def contact_stage(request, pk):
    contact = services.get_contact_for_user(request.user, pk)
    form = StageForm(request.POST)
    if form.is_valid():
        services.move_contact(contact, form.cleaned_data["stage"])
        messages.success(
            request, gettext("{name}: {stage}.").format(name=contact.name, stage=contact.get_stage_display())
        )
    else:
        messages.error(request, gettext("Choose one of the stages."))
    return redirect(safe_next(request, contact))


@personal
def encounter_new(request):
    person = request.user
    initial = {"met_at": timezone.localtime().replace(second=0, microsecond=0), "contact": request.GET.get("contact")}
    form = EncounterForm(person, request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        # A new contact's name or email is at fault when it duplicates one: the form calls both "new_name".
        with shown_on(form, {"name": "new_name", "email": "new_name"}):
            encounter = services.log_encounter(
                person,
                where=data["where"],
                met_at=data["met_at"],
                notes=data["notes"],
                contact=data["contact"],
                new_contact={"name": data["new_name"], "organisation": data["new_organisation"]},
            )
            due = timezone.localtime(encounter.follow_up_due_at)
            messages.success(
                request,
                gettext("Logged. Follow up with {name} by {when}: it is on your Home page until you do.").format(
                    name=encounter.contact.name, when=date_format(due, pgettext("follow-up date format", "l j F, H:i"))
                ),
            )
            return redirect(encounter.contact)
    return render(request, "network/encounter_form.html", {"form": form, "tab": "encounter"})


@personal
@require_POST
def encounter_done(request, pk):
    encounter = services.get_encounter_for_user(request.user, pk)
    services.complete_encounter(encounter)
    messages.success(request, gettext("Follow-up with {name} marked done.").format(name=encounter.contact.name))
    return redirect(safe_next(request, encounter.contact))


def compose_page(request, contact, form, template_key, review):
    subject = form["subject"].value() or ""
    body = form["body"].value() or ""
    return render(
        request,
        "network/compose.html",
        {
            "contact": contact,
            "form": form,
            "template": TEMPLATES[template_key],
            "templates": TEMPLATES.values(),
            "review": review,
            "mailto": mailto_url(contact, subject, body) if contact.email else "",
            "channels": dict(form.fields["channel"].choices),
        },
    )


@personal
def compose(request, pk):
    contact = services.get_contact_for_user(request.user, pk)
    if request.method != "POST":
        key = request.GET.get("template")
        key = key if key in TEMPLATES else services.suggested_template(contact)
        subject, body = services.draft(contact, key)
        form = ComposeForm(contact, initial={"template": key, "subject": subject, "body": body})
        return compose_page(request, contact, form, key, services.review_message(body, key, contact))
    key = request.POST.get("template")
    key = key if key in TEMPLATES else OWN
    review = services.review_message(request.POST.get("body", ""), key, contact)
    if request.POST.get("action") == "check":
        # Checking is not sending: show the coach without complaining that no channel was chosen.
        return compose_page(request, contact, ComposeForm(contact, initial=request.POST.dict()), key, review)
    form = ComposeForm(contact, request.POST)
    if not form.is_valid():
        return compose_page(request, contact, form, key, review)
    data = form.cleaned_data
    with shown_on(form):
        message = services.send_message(
            request.user,
            contact,
            template=data["template"],
            channel=data["channel"],
            subject=data["subject"],
            body=data["body"],
            sent_at=data["sent_at"],
        )
        done = (
            gettext("Sent to {name} on Mentorship Hub.").format(name=contact.name)
            if message.channel == OutreachMessage.PLATFORM
            else gettext("Logged.")
        )
        if message.expects_reply and message.follow_up_of is None:
            done += " " + gettext("If {name} has not replied in a week, Home will remind you.").format(
                name=contact.first_name
            )
        messages.success(request, done)
        return redirect(contact)
    return compose_page(request, contact, form, key, review)


@personal
@require_POST
def coach(request, pk):
    """htmx: the coach panel, word count and email link for the draft as it is typed."""
    contact = services.get_contact_for_user(request.user, pk)
    key = request.POST.get("template", OWN)
    body, subject = request.POST.get("body", ""), request.POST.get("subject", "")
    return render(
        request,
        "network/_coach.html",
        {
            "review": services.review_message(body, key, contact),
            "contact": contact,
            "mailto": mailto_url(contact, subject, body) if contact.email else "",
            "oob": True,
        },
    )


@personal
@require_POST
@back_on_error(lambda request, pk: services.get_message_for_user(request.user, pk).contact)
def message_response(request, pk):
    message = services.get_message_for_user(request.user, pk)
    form = ResponseForm(request.POST)
    if not form.is_valid():
        messages.error(request, gettext("Choose whether the reply was positive or a decline, and a valid date."))
        return redirect(message.contact)
    services.record_response(message, form.cleaned_data["response"], form.cleaned_data["responded_at"])
    messages.success(
        request,
        gettext("Reply from {name} recorded: {response}.").format(
            name=message.contact.name, response=message.get_response_display()
        ),
    )
    return redirect(message.contact)


@personal
@require_POST
def message_skip_follow_up(request, pk):
    message = services.get_message_for_user(request.user, pk)
    services.skip_follow_up(message)
    messages.success(
        request, gettext("No follow-up for {name}: the reminder is gone from Home.").format(name=message.contact.name)
    )
    return redirect(safe_next(request, message.contact))


@personal
def import_upload(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        with shown_on(form):
            rows = services.preview_import(request.user, csvfile.read_upload(upload))
            request.session[IMPORT_SESSION_KEY] = {
                "id": secrets.token_urlsafe(12),
                "filename": upload.name,
                "rows": [r.as_dict() for r in rows],
            }
            return redirect("network:import_preview")
    return render(
        request,
        "network/import_upload.html",
        {"form": form, "how_known_choices": Contact.HOW_KNOWN_CHOICES, "tab": "import"},
    )


@personal
def import_preview(request):
    preview = request.session.get(IMPORT_SESSION_KEY)
    if not preview:
        messages.error(request, gettext("Upload a file first."))
        return redirect("network:import")
    labels = dict(Contact.HOW_KNOWN_CHOICES)
    rows = [{**r, "how_known_label": labels.get(r["values"].get("how_known"), "")} for r in preview["rows"]]
    problems = [r for r in rows if r["status"] != "new"]
    new = [r for r in rows if r["status"] == "new"]
    return render(
        request,
        "network/import_preview.html",
        {
            "preview": preview,
            "errors": sum(r["status"] == "error" for r in rows),
            "duplicates": sum(r["status"] == "duplicate" for r in rows),
            "new_count": len(new),
            "shown": problems + new[:PREVIEW_NEW_ROWS],
            "hidden_new": max(0, len(new) - PREVIEW_NEW_ROWS),
            "tab": "import",
        },
    )


@personal
@require_POST
def import_confirm(request):
    preview = request.session.get(IMPORT_SESSION_KEY)
    if not preview or request.POST.get("preview") != preview["id"]:
        messages.error(request, gettext("This preview has expired. Upload the file again."))
        return redirect("network:import")
    if any(r["status"] == "error" for r in preview["rows"]):
        messages.error(
            request, gettext("Nothing was imported: fix the rows with errors in your file and upload it again.")
        )
        return redirect("network:import_preview")
    result = services.commit_import(request.user, preview["rows"])
    del request.session[IMPORT_SESSION_KEY]
    imported = ngettext("Imported {count} contact.", "Imported {count} contacts.", result["created"]).format(
        count=result["created"]
    )
    if result["updated"] or result["unchanged"]:
        imported += " " + gettext(
            "Already in your contacts: {updated} updated with new details, {unchanged} unchanged."
        ).format(updated=result["updated"], unchanged=result["unchanged"])
    messages.success(request, imported)
    return redirect("network:index")


@personal
@require_POST
def import_cancel(request):
    request.session.pop(IMPORT_SESSION_KEY, None)
    messages.success(request, gettext("Import cancelled; nothing was imported."))

    return redirect("network:import")


@personal
def stats(request):
    return render(request, "network/stats.html", {"stats": services.response_stats(request.user), "tab": "stats"})
