from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from mentorhub.lib import yourdata
from mentorhub.lib.errors import shown_on

from . import services
from .forms import DeleteAccountForm, WebhookForm
from .models import WebhookSubscription


@login_required
def webhooks(request):
    form = WebhookForm(request.user, request.POST or None)
    created = None
    if request.method == "POST" and form.is_valid():
        with shown_on(form):  # the host's DNS answer may have changed since the form checked it
            created = services.create_subscription(
                request.user, form.cleaned_data["url"], form.cleaned_data["events"], form.cleaned_data.get("program")
            )
            messages.success(request, gettext("Webhook created. Copy its signing secret now: it is shown only once."))
            form = WebhookForm(request.user)
    subscriptions = WebhookSubscription.objects.visible_to(request.user).prefetch_related("deliveries")
    return render(
        request, "integrations/webhooks.html", {"form": form, "subscriptions": subscriptions, "created": created}
    )


@login_required
@require_POST
def webhook_test(request, pk):
    subscription = services.get_subscription_for_user(request.user, pk)
    services.send_test_event(subscription)
    messages.info(request, gettext("A test event is on its way; its delivery shows in the log below within a minute."))
    return redirect("integrations:webhooks")


@login_required
@require_POST
def webhook_delete(request, pk):
    services.get_subscription_for_user(request.user, pk).delete()
    messages.success(request, gettext("Webhook deleted."))
    return redirect("integrations:webhooks")


@login_required
def export(request):
    if request.method == "POST":
        response = HttpResponse(yourdata.archive(request.user), content_type="application/zip")
        response["Content-Disposition"] = f'attachment; filename="mentorhub-{timezone.localdate()}.zip"'
        return response
    return render(request, "integrations/export.html")


@login_required
def delete_account(request):
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        yourdata.erase(request.user)
        logout(request)
        messages.success(request, gettext("Your account is deleted. Thank you for the time you gave to mentoring."))
        return redirect("home:home")
    return render(request, "integrations/delete_account.html", {"form": form})
