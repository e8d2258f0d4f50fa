from datetime import datetime

from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Query, Router, Schema

from mentorhub.api.pagination import page
from mentorhub.api.schemas import ErrorOut

from .models import Notification

router = Router(tags=["notifications"])


class NotificationOut(Schema):
    id: int
    category: str
    title: str
    body: str
    url: str
    created_at: datetime
    read_at: datetime | None


class NotificationPage(Schema):
    items: list[NotificationOut]
    next_cursor: str | None


@router.get("/notifications", response={200: NotificationPage, 422: ErrorOut}, summary="Your notifications")
def list_notifications(
    request,
    unread: bool = False,
    cursor: str | None = Query(None, max_length=200, description="next_cursor from the previous page"),
    limit: int = Query(20, ge=1, le=100),
):
    notifications = Notification.objects.filter(person=request.user)
    if unread:
        notifications = notifications.filter(read_at__isnull=True)
    return page(notifications, cursor, limit)


@router.post("/notifications/{int:notification_id}/read", response={200: NotificationOut, 404: ErrorOut})
def mark_read(request, notification_id: int):
    notification = get_object_or_404(Notification, pk=notification_id, person=request.user)
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
    return notification
