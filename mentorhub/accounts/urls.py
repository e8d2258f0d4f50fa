"""The account pages of our own, and the names the hub used before allauth: each points at allauth's page (same
address) or redirects to it (an address allauth names differently), so links in old emails and bookmarks work."""

from allauth.account import views as allauth_views
from django.urls import path, re_path
from django.views.generic import RedirectView

from . import views

app_name = "accounts"

urlpatterns = [
    path("", views.account, name="account"),
    path("tokens/<int:pk>/revoke/", views.revoke_token, name="revoke_token"),
    path("verify/resend/", views.resend_verification, name="resend_verification"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("login/organisation/", views.sso_route, name="sso_route"),
    # Before allauth's own view at the same address (mentorhub/urls.py includes these first).
    path("saml/<str:organization_slug>/acs/finish/", views.FinishSamlView.as_view(), name="saml_finish_acs"),
    path("logout/", allauth_views.logout, name="logout"),
    path("signup/", allauth_views.signup, name="signup"),
    path("password/change/", allauth_views.password_change, name="password_change"),
    path("password/reset/", allauth_views.password_reset, name="password_reset"),
    re_path(r"^confirm-email/(?P<key>[-:\w]+)/$", views.ConfirmEmailView.as_view(), name="confirm_email"),
    path("signup/sent/", RedirectView.as_view(pattern_name="account_email_verification_sent"), name="signup_sent"),
    path(
        "password/reset/sent/",
        RedirectView.as_view(pattern_name="account_reset_password_done"),
        name="password_reset_done",
    ),
]
