import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

pytestmark = pytest.mark.django_db

BASE = {
    "name": "Maya Okafor",
    "timezone": "Europe/Lisbon",
    "mentor_capacity": "2",
    "visibility": "everyone",
}


def png_bytes(size=(8, 8)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "purple").save(buffer, "PNG")
    return buffer.getvalue()


def test_profile_form_saves_lists_and_skill_levels(client_for, personas):
    client = client_for(personas.mentee)
    data = {
        **BASE,
        "languages": "English, Portuguese, english",
        "skills_offered": "SQL (expert), Python",
        "skills_sought": "product management",
        "meeting_formats": ["video", "phone"],
        "links": "https://example.org/maya",
        "seeking_mentors": "on",
    }
    assert client.post("/people/edit/", data).status_code == 302
    profile = personas.mentee.profile
    profile.refresh_from_db()
    assert profile.languages == ["English", "Portuguese"]
    assert profile.skills_offered == [
        {"name": "SQL", "level": "expert"},
        {"name": "Python", "level": "intermediate"},
    ]
    assert profile.meeting_formats == ["video", "phone"]


def test_profile_form_with_errors_keeps_what_was_typed(client_for, personas):
    client = client_for(personas.mentee)
    data = {**BASE, "headline": "Keep me", "skills_offered": "SQL (wizard)", "timezone": "Mars/Olympus"}
    page = client.post("/people/edit/", data).content.decode()
    assert "one of beginner, intermediate, advanced or expert" in page
    assert "Select a valid choice" in page
    assert 'value="Keep me"' in page


def test_photo_upload_accepts_images_and_refuses_other_files(client_for, personas):
    client = client_for(personas.mentee)
    fake = SimpleUploadedFile("me.png", b"#!/bin/sh\necho not an image", content_type="image/png")
    page = client.post("/people/edit/", {**BASE, "photo": fake}).content.decode()
    assert "not an image we can read" in page
    real = SimpleUploadedFile("me.png", png_bytes(), content_type="image/png")
    assert client.post("/people/edit/", {**BASE, "photo": real}).status_code == 302
    personas.mentee.profile.refresh_from_db()
    assert personas.mentee.profile.photo.name.startswith("photos/")


def test_oversized_photo_is_refused_with_its_size(client_for, personas, settings):
    settings.PROFILE_PHOTO_MAX_BYTES = 100
    big = SimpleUploadedFile("big.png", png_bytes((64, 64)), content_type="image/png")
    page = client_for(personas.mentee).post("/people/edit/", {**BASE, "photo": big}).content.decode()
    assert "2 MB at most" in page


def test_profile_page_shows_initials_avatar_without_photo(client_for, personas):
    page = client_for(personas.mentee).get(f"/people/{personas.mentor.profile.pk}/").content.decode()
    assert "Marco Mentor" in page and ">MM<" in page


def test_outsider_cannot_see_program_only_profile_page(client_for, personas):
    url = f"/people/{personas.other_member.profile.pk}/"
    assert client_for(personas.outsider).get(url).status_code == 404
    assert "could not find that page" in client_for(personas.outsider).get(url).content.decode()


def test_coordinator_sees_program_only_profiles_of_their_program(client_for, personas):
    personas.mentee.profile.visibility = "programs"
    personas.mentee.profile.save()
    url = f"/people/{personas.mentee.profile.pk}/"
    assert client_for(personas.coordinator).get(url).status_code == 200
    assert client_for(personas.outsider).get(url).status_code == 404
