"""Profile photos: shown only to people who may see the profile, stripped of metadata, stored under a random name."""

import importlib
import io
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import ExifTags, Image, ImageCms

pytestmark = pytest.mark.django_db

UPLOADED_NAME = "IMG_2041_at_home.jpg"
BASE = {"name": "Maya Mentee", "timezone": "Europe/Lisbon", "mentor_capacity": "2"}


def phone_photo() -> bytes:
    """A JPEG as phones make them: sideways pixels with an orientation tag, GPS, XMP, a comment and an ICC profile."""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6  # display rotated 90° clockwise
    exif[ExifTags.Base.Make] = "PhoneCo"
    exif[ExifTags.IFD.GPSInfo] = {
        ExifTags.GPS.GPSLatitudeRef: "N",
        ExifTags.GPS.GPSLatitude: (38.0, 42.0, 7.0),
        ExifTags.GPS.GPSLongitudeRef: "W",
        ExifTags.GPS.GPSLongitude: (9.0, 8.0, 5.0),
    }
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), "teal").save(
        buffer,
        "JPEG",
        exif=exif,
        comment=b"taken at home",
        xmp=b"<x:xmpmeta>Rua das Flores 12</x:xmpmeta>",
        icc_profile=ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes(),
    )
    return buffer.getvalue()


def upload(client, visibility="everyone", data=None):
    photo = SimpleUploadedFile(UPLOADED_NAME, data or phone_photo(), content_type="image/jpeg")
    response = client.post("/people/edit/", {**BASE, "visibility": visibility, "photo": photo})
    assert response.status_code == 302, response.content.decode()[:2000]


def page_without_tokens(response) -> bytes:
    return re.sub(rb'csrfmiddlewaretoken" value="[^"]*"|"X-CSRFToken": "[^"]*"', b"", response.content)


def photo_url(person) -> str:
    person.profile.refresh_from_db()
    return person.profile.photo.url


def stored_file(person) -> Path:
    person.profile.refresh_from_db()
    return Path(settings.MEDIA_ROOT) / person.profile.photo.name


def test_uploaded_photo_comes_back_upright_without_any_metadata(client_for, personas):
    client = client_for(personas.mentee)
    upload(client)
    url = photo_url(personas.mentee)
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    content = b"".join(response.streaming_content)
    image = Image.open(io.BytesIO(content))
    assert image.size == (20, 40)  # turned upright by its orientation tag, so no tag is needed any more
    assert dict(image.getexif()) == {}
    assert not {"exif", "xmp", "comment", "icc_profile"} & set(image.info)
    assert b"PhoneCo" not in content and b"Rua das Flores" not in content and b"taken at home" not in content
    assert stored_file(personas.mentee).read_bytes() == content


def test_photo_name_is_random_not_the_uploaded_one(client_for, personas):
    client = client_for(personas.mentee)
    upload(client)
    first = photo_url(personas.mentee)
    assert "IMG_2041" not in first and "at_home" not in first and "/media/" not in first
    assert "IMG_2041" not in personas.mentee.profile.photo.name
    upload(client)
    assert photo_url(personas.mentee) != first


def test_uploaded_media_are_not_served_as_static_files(client_for, personas):
    client = client_for(personas.mentee)
    upload(client)
    personas.mentee.profile.refresh_from_db()
    assert client.get(f"{settings.MEDIA_URL}{personas.mentee.profile.photo.name}").status_code == 404


@pytest.mark.parametrize(
    ("visibility", "allowed", "refused"),
    [
        ("everyone", ["mentee", "mentor", "outsider", "other_member"], ["anonymous"]),
        ("programs", ["mentee", "mentor", "coordinator"], ["outsider", "other_member", "anonymous"]),
        ("hidden", ["mentee"], ["mentor", "coordinator", "outsider", "anonymous"]),
    ],
)
def test_photo_is_seen_by_exactly_who_may_see_the_profile(client_for, personas, visibility, allowed, refused):
    upload(client_for(personas.mentee), visibility)
    url = photo_url(personas.mentee)
    missing = url.rsplit("/", 1)[0] + "/nothere.jpg"

    def client(who):
        return Client() if who == "anonymous" else client_for(getattr(personas, who))

    for who in allowed:
        assert client(who).get(url).status_code == 200, who
    for who in refused:
        refusal = client(who).get(url)
        assert refusal.status_code == 404, who
        # The same answer as for a photo that is not there.
        assert page_without_tokens(refusal) == page_without_tokens(client(who).get(missing))
    assert stored_file(personas.mentee).exists()


def test_photo_answers_privately_cacheable_with_a_validator(client_for, personas):
    client = client_for(personas.mentee)
    upload(client)
    response = client.get(photo_url(personas.mentee))
    assert "private" in response["Cache-Control"] and "public" not in response["Cache-Control"]
    assert response["ETag"] and response["Last-Modified"]
    again = client.get(photo_url(personas.mentee), headers={"if-none-match": response["ETag"]})
    assert again.status_code == 304
    assert Client().get(photo_url(personas.mentee), headers={"if-none-match": response["ETag"]}).status_code == 404


def test_pages_and_api_show_the_checked_photo_address(client_for, personas):
    upload(client_for(personas.mentee))
    url = photo_url(personas.mentee)
    viewer = client_for(personas.mentor)
    assert f'src="{url}"' in viewer.get(f"/people/{personas.mentee.profile.pk}/").content.decode()
    assert viewer.get(f"/api/profiles/{personas.mentee.profile.pk}").json()["photo_url"] == url


def test_replaced_and_cleared_photos_leave_no_file_behind(client_for, personas, django_capture_on_commit_callbacks):
    client = client_for(personas.mentee)
    upload(client)
    first = stored_file(personas.mentee)
    with django_capture_on_commit_callbacks(execute=True):
        upload(client)
    second = stored_file(personas.mentee)
    assert not first.exists() and second.exists()
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/people/edit/", {**BASE, "visibility": "everyone", "photo-clear": "on"})
    personas.mentee.profile.refresh_from_db()
    assert not personas.mentee.profile.photo and not second.exists()


def test_deleting_the_account_or_the_person_deletes_the_photo(client_for, personas, django_capture_on_commit_callbacks):
    client = client_for(personas.mentee)
    upload(client)
    stored = stored_file(personas.mentee)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/account/delete/", {"password": "correct-horse-battery", "confirm": "on"})
    assert not stored.exists()
    upload(client_for(personas.mentor))
    stored = stored_file(personas.mentor)
    with django_capture_on_commit_callbacks(execute=True):
        personas.mentor.delete()
    assert not stored.exists()


def test_image_too_large_in_pixels_is_refused_with_a_reason(client_for, personas):
    buffer = io.BytesIO()
    Image.new("1", (8000, 6000)).save(buffer, "PNG")
    photo = SimpleUploadedFile("huge.png", buffer.getvalue(), content_type="image/png")
    page = client_for(personas.mentee).post("/people/edit/", {**BASE, "visibility": "everyone", "photo": photo})
    assert "megapixels" in page.content.decode()
    personas.mentee.profile.refresh_from_db()
    assert not personas.mentee.profile.photo


def test_photos_stored_before_are_cleaned_and_renamed_by_the_migration(personas, django_capture_on_commit_callbacks):
    from django.apps import apps

    migration = importlib.import_module("mentorhub.profiles.migrations.0003_photos_private_random_names")
    legacy = Path(settings.MEDIA_ROOT) / "photos" / UPLOADED_NAME
    legacy.parent.mkdir(parents=True, exist_ok=True)
    legacy.write_bytes(phone_photo())
    Profile = apps.get_model("profiles", "Profile")
    Profile.objects.filter(pk=personas.mentee.profile.pk).update(photo=f"photos/{UPLOADED_NAME}")
    Profile.objects.filter(pk=personas.mentor.profile.pk).update(photo="photos/gone.jpg")
    with django_capture_on_commit_callbacks(execute=True):
        migration.clean_and_rename_existing_photos(apps, None)
    assert not legacy.exists()
    renamed = stored_file(personas.mentee)
    assert "IMG_2041" not in renamed.name and dict(Image.open(renamed).getexif()) == {}
    personas.mentor.profile.refresh_from_db()
    assert not personas.mentor.profile.photo  # its file was already gone: nothing to show
