"""Cursor pagination: stable under inserts, unlike page numbers, and as cheap on the thousandth page as on the first.
A cursor is the position of the last item seen, signed so that a client cannot hand-craft one; `page` lists items
newest first."""

from django.core import signing
from ninja.errors import HttpError

SALT = "mentorhub.api.cursor"


def cursor_for(position, kind: str = "") -> str:
    """The cursor a client sends back for the page after `position` (anything JSON can hold). Each `kind` of list
    signs its own, so one list's cursor is refused by another whose positions have another shape."""
    return signing.dumps(position, salt=f"{SALT}{kind}")


def position_of(cursor: str, kind: str = ""):
    try:
        return signing.loads(cursor, salt=f"{SALT}{kind}")
    except signing.BadSignature:
        raise HttpError(422, "cursor: not a cursor from this API; start without one.") from None


def page(queryset, cursor: str | None, limit: int) -> dict:
    queryset = queryset.order_by("-pk")
    if cursor:
        queryset = queryset.filter(pk__lt=position_of(cursor))
    items = list(queryset[: limit + 1])
    more = len(items) > limit
    items = items[:limit]
    return {"items": items, "next_cursor": cursor_for(items[-1].pk) if more else None}
