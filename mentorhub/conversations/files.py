"""Attachments: what kind of file it really is, read from its first bytes, never from its name or the browser's
claimed type, and whether it is small enough (CONVERSATION_ATTACHMENT_MAX_BYTES)."""

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from mentorhub.lib.errors import DomainError

# Signatures of the kinds we accept: images, PDF and plain text. Anything else could be a program in disguise.
SIGNATURES = [
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-", "application/pdf"),
]
ACCEPTED = gettext_lazy("PNG, JPEG, GIF or WebP images, PDF documents or plain text")


def sniff(head: bytes) -> str | None:
    for signature, kind in SIGNATURES:
        if head.startswith(signature):
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if b"\x00" not in head:
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as error:
            # A multi-byte character cut off at the end of the sample is still text.
            if error.start < len(head) - 3:
                return None
        return "text/plain"
    return None


def checked_upload(upload, field: str = "attachment") -> str:
    """The sniffed content type of an upload, or a DomainError on `field`."""
    limit = settings.CONVERSATION_ATTACHMENT_MAX_BYTES
    if upload.size > limit:
        raise DomainError(
            _("{name} is larger than {size} MB.").format(name=upload.name, size=limit // (1024 * 1024)), field=field
        )
    if upload.size == 0:
        raise DomainError(_("{name} is empty.").format(name=upload.name), field=field)
    upload.seek(0)
    head = upload.read(2048)
    upload.seek(0)
    kind = sniff(head)
    if kind is None:
        raise DomainError(
            _("{name} is not one of the kinds we accept: {kinds}.").format(name=upload.name, kinds=ACCEPTED),
            field=field,
        )
    return kind
