from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from . import photos
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
