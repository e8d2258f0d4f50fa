from django.http import Http404

from .models import Profile


def get_profile_for_user(user, pk) -> Profile:
    """The one door to someone's profile: hidden or out-of-scope profiles look exactly like missing ones."""
    profile = Profile.objects.visible_to(user).select_related("user").filter(pk=pk).first()
    if profile is None:
        raise Http404("No such profile")
    return profile
