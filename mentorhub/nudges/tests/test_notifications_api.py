import pytest
from django.utils import timezone

from mentorhub.nudges.models import Notification

pytestmark = pytest.mark.django_db


def make(person, count):
    for i in range(count):
        Notification.objects.create(person=person, category="meetings", title=f"Note {i}", created_at=timezone.now())


def test_cursor_pagination_walks_every_notification_once(client_for, personas):
    make(personas.mentee, 45)
    client = client_for(personas.mentee)
    seen, cursor = [], None
    while True:
        body = client.get("/api/notifications", {"limit": 20, **({"cursor": cursor} if cursor else {})}).json()
        seen += [n["title"] for n in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == 45 and len(set(seen)) == 45 and seen[0] == "Note 44"


def test_forged_cursor_is_a_422(client_for, personas):
    response = client_for(personas.mentee).get("/api/notifications?cursor=12")
    assert response.status_code == 422 and "cursor" in response.json()["detail"]


def test_mark_read_and_unread_filter(client_for, personas):
    make(personas.mentee, 2)
    client = client_for(personas.mentee)
    first = client.get("/api/notifications").json()["items"][0]
    assert client.post(f"/api/notifications/{first['id']}/read").json()["read_at"]
    assert len(client.get("/api/notifications?unread=true").json()["items"]) == 1


def test_outsider_sees_and_marks_nothing(client_for, personas):
    make(personas.mentee, 1)
    note = Notification.objects.get()
    outsider = client_for(personas.outsider)
    assert outsider.get("/api/notifications").json()["items"] == []
    assert outsider.post(f"/api/notifications/{note.pk}/read").status_code == 404
