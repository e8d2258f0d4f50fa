from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from mentorhub.lib.clientip import client_ip
from mentorhub.lib.errors import DomainError
from mentorhub.lib.redirects import safe_next

from . import services
from .forms import AccessTokenForm, ChangeEmailForm, LoginForm, SignupForm
from .models import AccessToken

DEMO_LOGINS = ["mentee@example.com", "mentor@example.com", "coordinator@example.com"]


def signup(request):
    if request.user.is_authenticated:
        return redirect("home:home")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.sign_up(
            form.cleaned_data["email"],
            form.cleaned_data["password"],
            form.cleaned_data["name"],
            seeking_mentors=form.cleaned_data["seeking_mentors"],
            accepting_mentees=form.cleaned_data["accepting_mentees"],
            client_ip=client_ip(request),
        )
        return redirect("accounts:signup_sent")
    return render(request, "accounts/signup.html", {"form": form})


class PasswordResetView(auth_views.PasswordResetView):
    def form_valid(self, form):
        if services.may_email(form.cleaned_data["email"], client_ip(self.request)):
            return super().form_valid(form)
        return redirect(self.get_success_url())


class LoginView(auth_views.LoginView):
    form_class = LoginForm
    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            demo_logins=DEMO_LOGINS if settings.DEMO_MODE else [], demo_password="mentorhub-demo", **kwargs
        )

    def get_redirect_url(self):
        # The Referer of a login is the login page itself, so only an explicit `next` counts.
        return safe_next(self.request, "", referer=False)


def confirm_email(request, token):
    try:
        user, outcome = services.confirm_email(token)
    except DomainError as error:  # a link is not a form: the reason gets a page of its own
        return render(request, "accounts/link_invalid.html", {"reason": error.message}, status=error.status)
    if outcome == "verified":
        messages.success(request, "Your email address is verified. Thank you!")
    else:
        messages.success(request, f"Your email address is now {user.email}.")
    return redirect("home:home" if request.user.is_authenticated else "accounts:login")


@login_required
@require_POST
def resend_verification(request):
    if not request.user.email_verified:
        if services.may_email(request.user.email, client_ip(request)):
            services.send_verification(request.user)
        messages.info(request, f"We sent a new link to {request.user.email}.")
    return redirect(safe_next(request, "home:home"))


@login_required
def account(request):
    email_form = ChangeEmailForm(request.user, prefix="email")
    token_form = AccessTokenForm(prefix="token")
    new_token = None
    if request.method == "POST" and "email-new_email" in request.POST:
        email_form = ChangeEmailForm(request.user, request.POST, prefix="email")
        if email_form.is_valid():
            services.request_email_change(request.user, email_form.cleaned_data["new_email"])
            messages.info(request, "Check the new address's inbox for a confirmation link.")
            return redirect("accounts:account")
    elif request.method == "POST":
        token_form = AccessTokenForm(request.POST, prefix="token")
        if token_form.is_valid():
            _, new_token = AccessToken.issue(
                request.user,
                token_form.cleaned_data["name"],
                token_form.cleaned_data["scope"],
                token_form.cleaned_data["days"],
            )
            token_form = AccessTokenForm(prefix="token")
    tokens = request.user.access_tokens.all()
    return render(
        request,
        "accounts/account.html",
        {
            "email_form": email_form,
            "token_form": token_form,
            "tokens": tokens,
            "new_token": new_token,
            "now": timezone.now(),
        },
    )


@login_required
@require_POST
def revoke_token(request, pk):
    token = get_object_or_404(request.user.access_tokens, pk=pk)
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        messages.success(request, f"Token “{token.name}” is revoked; scripts using it stop working now.")
    return redirect("accounts:account")
