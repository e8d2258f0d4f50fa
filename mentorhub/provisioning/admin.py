from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from mentorhub.accounts.admin import PersonAdmin
from mentorhub.accounts.models import User

from . import services
from .models import Account, ProvisionedGroup, ProvisionedPerson, ProvisioningToken, hash_token


@admin.register(ProvisioningToken)
class ProvisioningTokenAdmin(admin.ModelAdmin):
    list_display = ["name", "hint", "created_at", "created_by", "last_used_at", "revoked_at"]
    readonly_fields = ["hint", "created_at", "created_by", "last_used_at"]
    fields = ["name", "hint", "created_at", "created_by", "last_used_at", "revoked_at"]
    actions = ["revoke"]

    def save_model(self, request, obj, form, change):
        if change:
            return super().save_model(request, obj, form, change)
        issued, raw = ProvisioningToken.issue(obj.name, created_by=request.user)
        obj.pk, obj.token_hash, obj.hint = issued.pk, hash_token(raw), issued.hint
        # Shown once: only the hash is kept, so a lost token is revoked and replaced, never read back.
        messages.warning(
            request,
            _("Copy this token into your identity provider now; it is not shown again: {token}").format(token=raw),
        )

    @admin.action(description="Revoke the selected tokens")
    def revoke(self, request, queryset):
        revoked = queryset.filter(revoked_at__isnull=True).update(revoked_at=timezone.now())
        messages.success(request, ngettext("%(n)d token revoked.", "%(n)d tokens revoked.", revoked) % {"n": revoked})


@admin.register(ProvisionedGroup)
class ProvisionedGroupAdmin(admin.ModelAdmin):
    list_display = ["display_name", "program", "role", "external_id"]
    list_filter = ["program"]
    search_fields = ["display_name", "external_id"]
    readonly_fields = ["display_name", "external_id", "members", "created_at", "updated_at"]
    fields = ["display_name", "external_id", "program", "role", "members", "created_at", "updated_at"]

    def has_add_permission(self, request):
        return False  # the HR system creates groups; an operator links them to a program

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if "program" in form.changed_data or "role" in form.changed_data:
            services.enrol(obj, list(obj.members.all()))


@admin.register(ProvisionedPerson)
class ProvisionedPersonAdmin(admin.ModelAdmin):
    list_display = ["person", "external_id", "provisioned_at", "updated_at"]
    search_fields = ["person__email", "external_id"]
    readonly_fields = ["person", "external_id", "provisioned_at", "updated_at"]

    def has_add_permission(self, request):
        return False


@admin.register(Account)
class AccountAdmin(admin.ModelAdmin):
    """Staff deactivate and reactivate here, through the same service as the HR system."""

    list_display = ["email", "is_active", "date_joined"]
    list_filter = ["is_active"]
    search_fields = ["email", "profile__name"]
    fields = ["email", "is_active", "date_joined"]
    readonly_fields = fields
    actions = ["deactivate", "reactivate"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.action(description="Deactivate: end sessions and tokens, pause relationships, keep their data")
    def deactivate(self, request, queryset):
        for person in queryset.filter(is_active=True):
            services.deactivate(person, by=request.user, why=f"Deactivated by {request.user.email}")
        messages.success(request, _("Deactivated. Their relationships are paused and the other people told."))

    @admin.action(description="Reactivate: they may sign in again (relationships stay paused)")
    def reactivate(self, request, queryset):
        for person in queryset.filter(is_active=False):
            services.reactivate(person, by=request.user, why=f"Reactivated by {request.user.email}")
        messages.success(request, _("Reactivated. They can sign in again; their relationships stay paused."))


admin.site.unregister(User)


@admin.register(User)
class DeactivatingPersonAdmin(PersonAdmin):
    """The person's "active" box deactivates and reactivates through the same service as the actions and the HR
    system, so unticking it also ends their sessions and tokens and pauses their relationships."""

    def save_model(self, request, obj, form, change):
        active = obj.is_active
        if change and "is_active" in form.changed_data:
            obj.is_active = not active  # saved as it was: the service makes the change, with all that goes with it
        super().save_model(request, obj, form, change)
        if change and "is_active" in form.changed_data:
            services.set_active(
                obj,
                active,
                by=request.user,
                why=f"{'Reactivated' if active else 'Deactivated'} by {request.user.email}",
            )
