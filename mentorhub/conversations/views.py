from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from mentorhub.coach import panel
from mentorhub.lib.errors import back_on_error, shown_on

from . import quick_messages, services
from .forms import EditForm, MessageForm, ReportForm


@login_required
def index(request):
    query = request.GET.get("q", "")[:200]
    return render(
        request,
        "conversations/index.html",
        {"inbox": services.listed(request.user), "query": query, "found": services.search(request.user, query)},
    )


@login_required
def for_relationship(request, pk):
    conversation = services.conversation_for_relationship(request.user, pk)
    quick = request.GET.get("quick")
    if quick in quick_messages.BY_KEY:  # a nudge's "write to them" link arrives with the message it suggests
        return redirect(f"{conversation.get_absolute_url()}?quick={quick}#write-h")
    return redirect(conversation)


@login_required
def for_request(request, pk):
    return redirect(services.conversation_for_request(request.user, pk))


def shown_messages(conversation, other, after=0):
    """The messages after `after`. Their authors are the two seats, read already: the other person is set on their
    messages instead of joining every message's author and profile (the person's own say "You")."""
    found = list(conversation.messages.filter(pk__gt=after).prefetch_related("attachments"))
    for message in found:
        if other is not None and message.author_id == other.pk:
            message.author = other
    return found


def role_in(conversation, user) -> str | None:
    subject = conversation.relationship or conversation.request
    if subject is None:
        return None
    return "mentee" if subject.mentee_id == user.pk else "mentor"


def page(request, opened, form, status=200, declining=False, coached=False):
    """`opened`: services.open_for_user's answer. `coached`: the message box holds a quick message; the outreach
    coach also checks a conversation's first message, since both are read like a message to someone you are
    getting to know."""
    conversation, mine, other = opened.conversation, opened.mine, opened.other
    shown = shown_messages(conversation, other)
    outreach_writer = services.outreach_to_answer(request.user, conversation)
    if shown:  # with none shown there was nothing to read
        services.mark_read(request.user, conversation, shown[-1], seat=mine)
    return render(
        request,
        "conversations/detail.html",
        {
            "conversation": conversation,
            "other": other,
            "quick_messages": quick_messages.for_role(role_in(conversation, request.user)),
            "blocked": opened.blocked,
            "shown": shown,
            "last_id": shown[-1].pk if shown else 0,
            "form": form,
            "editable_since": timezone.now() - timedelta(minutes=settings.CONVERSATION_EDIT_MINUTES),
            "poll_seconds": settings.CONVERSATION_POLL_SECONDS,
            "outreach_writer": outreach_writer,
            "declining": declining and outreach_writer is not None,
            "review": message_review(form, other) if other and (coached or not shown) and not declining else None,
        },
        status=status,
    )


def message_review(form, other) -> dict:
    text = form.data.get("body", "") if form.is_bound else form.initial.get("body", "")
    return panel.outreach_review(text, other.get_short_name())


@login_required
@require_POST
def coach(request, pk):
    """htmx: the message check under the message box while the person types."""
    other = services.open_for_user(request.user, pk).other
    if other is None:
        raise Http404("No one to write to")
    return render(
        request, "relationships/_message_coach.html", {"review": message_review(MessageForm(request.POST), other)}
    )


@login_required
def detail(request, pk):
    opened = services.open_for_user(request.user, pk)
    declining = request.GET.get("quick") == quick_messages.POLITE_DECLINE.key
    quick = quick_messages.POLITE_DECLINE if declining else quick_messages.BY_KEY.get(request.GET.get("quick", ""))
    other = opened.other
    initial = {"body": quick.fill(other.get_short_name())} if quick and other else {}
    form = MessageForm(initial=initial)
    return page(request, opened, form, declining=declining, coached=bool(quick))


@login_required
@require_POST
def post(request, pk):
    conversation = services.get_conversation_for_user(request.user, pk)
    form = MessageForm(request.POST, request.FILES)
    if form.is_valid():
        upload = form.cleaned_data["attachment"]
        with shown_on(form, {"attachment": "attachment"}):
            services.post_message(
                request.user, conversation, form.cleaned_data["body"], attachments=[upload] if upload else ()
            )
            return redirect(conversation)
    opened = services.open_for_user(request.user, pk)
    return page(request, opened, form, status=422, coached=bool(request.POST.get("coached")))


def conversation_page(request, pk):
    return reverse("conversations:detail", args=[pk])


@login_required
@require_POST
@back_on_error(conversation_page)
def accept_outreach(request, pk):
    conversation = services.get_conversation_for_user(request.user, pk)
    relationship = services.accept_outreach(request.user, conversation)
    messages.success(request, _("You are now mentoring them. Next: agree how you will work together."))
    return redirect(relationship)


@login_required
@require_POST
def decline_outreach(request, pk):
    opened = services.open_for_user(request.user, pk)
    form = MessageForm(request.POST)
    if form.is_valid():
        with shown_on(form):
            services.decline_outreach(request.user, opened.conversation, form.cleaned_data["body"])
            return redirect(opened.conversation)
    return page(request, opened, form, status=422, declining=True)


@login_required
def poll(request, pk):
    """The small fragment an open conversation asks for every few seconds: messages after `after`, if any."""
    try:
        after = max(0, int(request.GET.get("after", 0)))
    except ValueError:
        after = 0
    if not services.has_new_messages(request.user, pk, after):
        # Every open tab asks this every few seconds and nearly always nothing is new: one query, no rendering (the
        # layout's context processors would cost more than the answer). htmx swaps nothing on a 204 and keeps polling.
        response = HttpResponse(status=204)
        patch_cache_control(response, private=True, no_store=True)
        return response
    opened = services.open_for_user(request.user, pk)
    conversation = opened.conversation
    shown = shown_messages(conversation, opened.other, after)
    if shown:
        services.mark_read(request.user, conversation, shown[-1], seat=opened.mine)
    response = render(
        request,
        "conversations/_new_messages.html",
        {
            "conversation": conversation,
            "shown": shown,
            "last_id": shown[-1].pk if shown else after,
            "editable_since": timezone.now() - timedelta(minutes=settings.CONVERSATION_EDIT_MINUTES),
            "poll_seconds": settings.CONVERSATION_POLL_SECONDS,
        },
    )
    patch_cache_control(response, private=True, no_store=True)
    return response


def back_to_conversation(request, pk):
    return services.get_message_for_user(request.user, pk).conversation.get_absolute_url()


@login_required
@back_on_error(back_to_conversation)
def edit(request, pk):
    message = services.get_message_for_user(request.user, pk)
    services.require_author(request.user, message)
    form = EditForm(request.POST or None, initial={"body": message.body})
    if request.method == "POST" and form.is_valid():
        with shown_on(form):
            services.edit_message(request.user, message, form.cleaned_data["body"])
            return redirect(message.conversation)
    return render(request, "conversations/edit.html", {"message": message, "form": form})


@login_required
@require_POST
@back_on_error(back_to_conversation)
def delete(request, pk):
    message = services.get_message_for_user(request.user, pk)
    services.delete_message(request.user, message)
    messages.success(request, _("Message deleted."))
    return redirect(message.conversation)


@login_required
def attachment(request, pk):
    found = services.get_attachment_for_user(request.user, pk)
    try:
        handle = found.file.open("rb")
    except FileNotFoundError:
        raise Http404("No such attachment") from None
    # Images show in the page; anything else downloads, so a file never runs as a page of this site.
    response = FileResponse(
        handle,
        content_type=found.content_type,
        as_attachment=not found.content_type.startswith("image/"),
        filename=found.name,
    )
    patch_cache_control(response, private=True, max_age=300)
    return response


def other_in(request, pk):
    conversation = services.get_conversation_for_user(request.user, pk)
    other = services.other_person(conversation, request.user)
    if other is None:
        raise Http404("Nobody to block")
    return conversation, other


@login_required
@require_POST
def block(request, pk):
    conversation, other = other_in(request, pk)
    services.block(request.user, other)
    messages.success(
        request, _("{name} can no longer write to you or send you requests.").format(name=other.profile.name)
    )
    return redirect(conversation)


@login_required
@require_POST
def unblock(request, pk):
    conversation, other = other_in(request, pk)
    services.unblock(request.user, other)
    messages.success(request, _("{name} can write to you again.").format(name=other.profile.name))
    return redirect(conversation)


@login_required
@back_on_error(back_to_conversation)
def report(request, pk):
    message = services.get_message_for_user(request.user, pk)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with shown_on(form):
            services.report_message(request.user, message, form.cleaned_data["reason"])
            messages.success(request, _("Thank you. The people who look after this program will read your report."))
            return redirect(message.conversation)
    return render(request, "conversations/report.html", {"message": message, "form": form})


@login_required
def report_detail(request, pk):
    return render(
        request, "conversations/report_detail.html", {"report": services.get_report_for_user(request.user, pk)}
    )
