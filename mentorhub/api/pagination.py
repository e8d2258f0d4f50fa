"""Cursor pagination: stable under inserts, unlike page numbers. The cursor is the last id seen, signed so that a
client cannot hand-craft one; items come newest first."""

from django.core import signing
from ninja.errors import HttpError

SALT = "mentorhub.api.cursor"


def page(queryset, cursor: str | None, limit: int) -> dict:
    queryset = queryset.order_by("-pk")
    if cursor:
        try:
            queryset = queryset.filter(pk__lt=signing.loads(cursor, salt=SALT))
        except signing.BadSignature:
            raise HttpError(422, "cursor: not a cursor from this API; start without one.") from None
    items = list(queryset[: limit + 1])
    more = len(items) > limit
    items = items[:limit]
    return {"items": items, "next_cursor": signing.dumps(items[-1].pk, salt=SALT) if more else None}
