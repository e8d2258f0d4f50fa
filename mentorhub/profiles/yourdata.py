"""A person's profile and photo in their export; the profile blanked and hidden when they leave."""

from pathlib import PurePosixPath

from django.forms.models import model_to_dict

from . import photos


def export(person):
    profile = {
        "email": person.email,
        "date_joined": person.date_joined,
        "profile": model_to_dict(person.profile, exclude=["photo", "id", "user"]),
    }
    return {"profile.json": profile, **files(person)}


def files(person) -> dict[str, bytes]:
    """Uploaded files, as they are stored (already stripped of metadata on upload)."""
    photo = person.profile.photo
    if not photo:
        return {}
    try:
        with photo.open("rb") as stored:
            return {f"profile_photo{PurePosixPath(photo.name).suffix}": stored.read()}
    except FileNotFoundError:
        return {}


def erase(person):
    profile = person.profile
    for field in ["headline", "bio", "current_role", "organisation", "industry", "location", "video_link"]:
        setattr(profile, field, "")
    photos.forget(profile.photo.name)
    profile.photo = ""
    profile.name = "Deleted person"
    profile.languages = profile.skills_offered = profile.skills_sought = []
    profile.values = profile.interests = profile.links = profile.meeting_formats = profile.channels = []
    profile.seeking_mentors = profile.accepting_mentees = False
    profile.visibility = profile.HIDDEN
    profile.save()
