import hashlib
import secrets
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PersonManager(BaseUserManager):
    use_in_migrations = True

    def create_user(self, email, password=None, profile=None, **extra):
        """Every person has a Profile from the start (profiles creates it on the save, with `profile`'s fields), so
        no page has to wonder whether it exists."""
        if not email:
            raise ValueError("A person needs an email address.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.profile_fields = profile or {}
        user.save(using=self._db)
        # The address allauth logs them in by (its sign-up makes its own).
        EmailAddress.objects.using(self._db).create(
            user=user, email=user.email, primary=True, verified=user.email_verified
        )
        return user

    def create_superuser(self, email, password=None, **extra):
        extra.update(is_staff=True, is_superuser=True, email_verified=True)
        return self.create_user(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    """A person. Whether they mentor, are mentored, or both lives on their Profile."""

    email = models.EmailField(unique=True)
    email_verified = models.BooleanField(default=False)
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False)
    date_joined = models.DateTimeField(default=timezone.now)

    objects = PersonManager()

    # What `create_user(profile=...)` asks of the new person's Profile; profiles creates it when the person is saved.
    profile_fields: dict = {}

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"

    class Meta:
        verbose_name = "person"
        verbose_name_plural = "people"

    def __str__(self):
        return self.email

    def get_full_name(self):
        profile = getattr(self, "profile", None)
        return profile.name if profile and profile.name else self.email.split("@")[0]

    def get_short_name(self):
        return self.get_full_name().split(" ")[0]


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class AccessToken(models.Model):
    """A personal access token for the API. Only its SHA-256 is stored; the raw value is shown once."""

    READ = "read"
    WRITE = "write"
    SCOPE_CHOICES = [(READ, _("Read only")), (WRITE, _("Read and write"))]
    PREFIX = "mh_"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="access_tokens")
    name = models.CharField(max_length=100)
    token_hash = models.CharField(max_length=64, unique=True)
    hint = models.CharField(max_length=12, help_text=_("The first characters, to recognise a token in the list."))
    scope = models.CharField(max_length=10, choices=SCOPE_CHOICES, default=READ)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} ({self.hint}…)"

    @classmethod
    def issue(cls, user, name: str, scope: str = READ, days: int | None = None) -> tuple["AccessToken", str]:
        raw = cls.PREFIX + secrets.token_urlsafe(32)
        days = days or settings.ACCESS_TOKEN_DEFAULT_DAYS
        token = cls.objects.create(
            user=user,
            name=name,
            token_hash=hash_token(raw),
            hint=raw[:8],
            scope=scope,
            expires_at=timezone.now() + timedelta(days=days),
        )
        return token, raw

    @property
    def is_usable(self) -> bool:
        return self.revoked_at is None and self.expires_at > timezone.now()

    def allows(self, method: str) -> bool:
        return self.scope == self.WRITE or method in ("GET", "HEAD", "OPTIONS")


class TokenUsage(models.Model):
    """Requests per token per minute, for the API rate limit. One row per token and minute, counted in place."""

    token = models.ForeignKey(AccessToken, on_delete=models.CASCADE, related_name="usage")
    minute = models.DateTimeField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["token", "minute"], name="one_usage_row_per_minute")]

    def __str__(self):
        return f"{self.token} at {self.minute:%H:%M}: {self.count}"
