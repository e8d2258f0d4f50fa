from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy
from django.views.generic import TemplateView

from . import views
from .forms import PasswordResetForm

app_name = "accounts"

urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path(
        "signup/sent/",
        TemplateView.as_view(template_name="accounts/signup_sent.html"),
        name="signup_sent",
    ),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("confirm/<str:token>/", views.confirm_email, name="confirm_email"),
    path("verify/resend/", views.resend_verification, name="resend_verification"),
    path("", views.account, name="account"),
    path("tokens/<int:pk>/revoke/", views.revoke_token, name="revoke_token"),
    path(
        "password/change/",
        auth_views.PasswordChangeView.as_view(
            template_name="accounts/form_page.html",
            success_url=reverse_lazy("accounts:account"),
            extra_context={"title": "Change your password", "submit": "Change password"},
        ),
        name="password_change",
    ),
    path(
        "password/reset/",
        views.PasswordResetView.as_view(
            form_class=PasswordResetForm,
            template_name="accounts/form_page.html",
            email_template_name="email/password_reset.txt",
            subject_template_name="email/password_reset_subject.txt",
            success_url=reverse_lazy("accounts:password_reset_done"),
            extra_context={"title": "Reset your password", "submit": "Send me a reset link"},
        ),
        name="password_reset",
    ),
    path(
        "password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(template_name="accounts/password_reset_sent.html"),
        name="password_reset_done",
    ),
    path(
        "password/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="accounts/form_page.html",
            success_url=reverse_lazy("accounts:login"),
            post_reset_login=False,
            extra_context={"title": "Choose a new password", "submit": "Set password"},
        ),
        name="password_reset_confirm",
    ),
]
