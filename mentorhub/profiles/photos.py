"""Profile photos: cleaned on upload, stored under a random name, served only through the profile's access rule.

A photo straight from a phone carries where it was taken (EXIF GPS), the device, often an address in XMP, and its
file name says more ("IMG_2041_at_home.jpg"). We keep only the pixels: turned upright by the EXIF orientation,
scaled to what a profile shows, converted to sRGB and written afresh as JPEG (PNG when the picture has
transparency). Files live under a random name and their URL is the access-checked view (profiles.views.photo), so
nobody can guess or keep a working address to a photo they may not see.
"""

import contextlib
import io
import secrets
from functools import partial
from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _
from PIL import Image, ImageCms, ImageOps

from mentorhub.lib.errors import DomainError

FOLDER = "photos"
MAX_SIDE = 1024
MAX_MEGAPIXELS = 40
CONTENT_TYPES = {".jpg": "image/jpeg", ".png": "image/png"}
SRGB = ImageCms.createProfile("sRGB")


class PhotoStorage(FileSystemStorage):
    """Files in MEDIA_ROOT whose address is the access-checked view, never MEDIA_URL."""

    def url(self, name):
        return reverse("profiles:photo", args=[PurePosixPath(name).name])


def photo_storage() -> PhotoStorage:
    return PhotoStorage()


def photo_path(instance, filename: str) -> str:
    """A random name: the uploaded one can say who, where or when, and a guessable one could be fetched."""
    suffix = PurePosixPath(filename).suffix.lower()
    return f"{FOLDER}/{secrets.token_urlsafe(18)}{suffix if suffix in CONTENT_TYPES else '.jpg'}"


def clean(file) -> ContentFile:
    """The picture alone: upright, at most MAX_SIDE pixels a side, sRGB, with no metadata of any kind."""
    with Image.open(file) as original:
        if original.width * original.height > MAX_MEGAPIXELS * 1_000_000:
            raise DomainError(
                _("The picture is over {count} megapixels; a smaller one, please.").format(count=MAX_MEGAPIXELS),
                field="photo",
            )
        image = ImageOps.exif_transpose(original)
    image.thumbnail((MAX_SIDE, MAX_SIDE))
    transparent = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    mode = "RGBA" if transparent else "RGB"
    icc = image.info.get("icc_profile")
    if icc:
        # A broken profile leaves the colours as stored: the best we have.
        with contextlib.suppress(ImageCms.PyCMSError, OSError, ValueError):
            image = ImageCms.profileToProfile(image, ImageCms.ImageCmsProfile(io.BytesIO(icc)), SRGB, outputMode=mode)
    image = image.convert(mode)
    # A new image from the pixels alone: nothing of the original's info (EXIF, XMP, ICC, comments) can follow.
    bare = Image.frombytes(mode, image.size, image.tobytes())
    buffer = io.BytesIO()
    if transparent:
        bare.save(buffer, "PNG", optimize=True)
    else:
        bare.save(buffer, "JPEG", quality=88, optimize=True)
    return ContentFile(buffer.getvalue(), name="photo.png" if transparent else "photo.jpg")


def forget(name: str) -> None:
    """Delete a photo file once the change that dropped it is committed, so a rollback never loses a kept photo."""
    if name:
        transaction.on_commit(partial(photo_storage().delete, name))
