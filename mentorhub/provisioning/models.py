"""What an organisation's HR system keeps here through SCIM (docs/provisioning.md): the tokens it signs in with,
its own id for each person it provisioned, and its groups, each of which may stand for a program's participants."""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from mentorhub.accounts.models import User
from mentorhub.programs.models import Enrollment, Program


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class ProvisioningToken(models.Model):
    """The bearer token an identity provider (Entra ID, Okta, ...) sends. Only its SHA-256 is kept: the raw value is
    shown once, when an operator creates it."""

    PREFIX = "scim_"

    name = models.CharField(max_length=100, help_text=_("Who uses it, e.g. “Entra ID, production tenant”."))
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    hint = models.CharField(max_length=12, editable=False, help_text=_("The first characters, to recognise it."))
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} ({self.hint}…)"

    @classmethod
    def issue(cls, name: str, created_by=None) -> tuple["ProvisioningToken", str]:
        raw = cls.PREFIX + secrets.token_urlsafe(32)
        token = cls.objects.create(name=name, token_hash=hash_token(raw), hint=raw[:9], created_by=created_by)
        return token, raw

    @classmethod
    def find(cls, raw: str) -> "ProvisioningToken | None":
        return cls.objects.filter(token_hash=hash_token(raw), revoked_at__isnull=True).first()


class ProvisionedPerson(models.Model):
    """A person the HR system manages. The SCIM `id` is the person's own id; this keeps the HR system's `externalId`."""

    person = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="provisioning")
    external_id = models.CharField(max_length=254, blank=True, db_index=True)
    provisioned_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "provisioned people"

    def __str__(self):
        return f"{self.person} ({self.external_id or 'no external id'})"


class ProvisionedGroup(models.Model):
    """A group in the HR system ("Engineering mentors 2027"). An operator may link it to a program and a role: its
    members are then that program's approved participants in that role (docs/provisioning.md, "Groups")."""

    display_name = models.CharField(max_length=254, unique=True)
    external_id = models.CharField(max_length=254, blank=True, db_index=True)
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="provisioned_groups")
    program = models.ForeignKey(
        Program,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="provisioned_groups",
        help_text="Members join this program, approved, in the role below.",
    )
    role = models.CharField(max_length=10, choices=Enrollment.ROLE_CHOICES, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["display_name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(program__isnull=True) | ~models.Q(role=""), name="a_linked_group_has_a_role"
            )
        ]

    def __str__(self):
        return self.display_name


class Account(User):
    """People as the admin's deactivation page lists them: accounts' own admin page belongs to accounts."""

    class Meta:
        proxy = True
        verbose_name = "account to deactivate or reactivate"
        verbose_name_plural = "deactivate or reactivate accounts"
