from django.db.models.signals import post_delete
from django.dispatch import receiver

from . import photos
from .models import Profile


@receiver(post_delete, sender=Profile)
def delete_photo_file(sender, instance, **kwargs):
    """A profile removed with its person (admin, cascade) takes its photo file with it."""
    photos.forget(instance.photo.name)
