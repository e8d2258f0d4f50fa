from django.apps import apps as global_apps
from django.conf import settings
from django.db import connections
from django.db.models.signals import post_delete, post_migrate, post_save
from django.dispatch import receiver

from . import photos, search
from .models import Profile


@receiver(post_delete, sender=Profile)
def delete_photo_file(sender, instance, **kwargs):
    """A profile removed with its person (admin, cascade) takes its photo file with it."""
    photos.forget(instance.photo.name)


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="profiles.create_profile")
def create_profile(sender, instance, created, raw=False, using=None, **kwargs):
    """Every person has a Profile from the start, so no page has to wonder whether it exists."""
    if created and not raw:
        fields = {"name": instance.email.split("@")[0], **instance.profile_fields}
        Profile.objects.using(using).create(user=instance, **fields)


@receiver(post_migrate, dispatch_uid="profiles.people_search_index")
def complete_search_index(sender, app_config, using, apps=global_apps, **kwargs):
    """After every migrate, whatever a migration dropped of people search's index is made again (search.py).
    `flush` (the end of a test that commits) sends the signal too, without the migration state's `apps`."""
    if app_config.label != "profiles":
        return
    try:
        profile = apps.get_model("profiles", "Profile")
    except LookupError:
        return  # migrated back before profiles existed
    if any(field.name == "search_text" for field in profile._meta.get_fields()):
        search.create_index(connections[using])
