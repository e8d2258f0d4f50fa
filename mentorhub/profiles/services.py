from django.db import transaction
from django.http import Http404

from . import photos
from .models import Profile


def get_profile_for_user(user, pk) -> Profile:
    """The one door to someone's profile: hidden or out-of-scope profiles look exactly like missing ones."""
    profile = Profile.objects.visible_to(user).select_related("user").filter(pk=pk).first()
    if profile is None:
        raise Http404("No such profile")
    return profile


def get_photo_for_user(user, name: str) -> Profile:
    """The profile whose photo file is `name`, if the person may see that profile; otherwise 404, as for a photo
    that does not exist."""
    profile = Profile.objects.visible_to(user).filter(photo=f"{photos.FOLDER}/{name}").first()
    if profile is None:
        raise Http404("No such photo")
    return profile


def save_language(user, code: str) -> None:
    """Remember the language the person reads the hub in (a supported code, see lib/i18n.supported)."""
    profile = Profile.objects.filter(user=user).first()
    if profile is not None and profile.site_language != code:
        profile.site_language = code
        profile.save(update_fields=["site_language"])


@transaction.atomic
def save_profile(form) -> Profile:
    """Save a profile form; a photo it replaced or cleared is deleted with the change."""
    before = Profile.objects.filter(pk=form.instance.pk).values_list("photo", flat=True).first() or ""
    profile = form.save()
    if before != profile.photo.name:
        photos.forget(before)
    return profile
