"""The authentication backends, reading the signed-in person with their profile.

Nearly every request reads the profile (the timezone and language middlewares, the header's avatar), so the person
and their profile come in one query instead of two. Everything else is the libraries' own: who may log in, the
"active" check that refuses a deactivated person on their next request, allauth's log-in by email.
"""

from allauth.account import auth_backends as allauth_backends
from django.contrib.auth import backends as django_backends
from django.contrib.auth import get_user_model


class WithProfile:
    def get_user(self, user_id):
        people = get_user_model()._default_manager.select_related("profile")
        try:
            user = people.get(pk=user_id)
        except people.model.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None


class ModelBackend(WithProfile, django_backends.ModelBackend):
    """Django's backend: the admin's log-in (by email and password)."""


class AccountBackend(WithProfile, allauth_backends.AuthenticationBackend):
    """allauth's backend: every other log-in."""


# Sessions started before these backends name the libraries' classes; each is moved over on its next request, so
# nobody is logged out by the change. Remove once such sessions have expired (two weeks after deploying this).
RENAMED = {
    "django.contrib.auth.backends.ModelBackend": "mentorhub.accounts.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend": "mentorhub.accounts.backends.AccountBackend",
}
