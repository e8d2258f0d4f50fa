"""Setting one's availability: the page (ISO time widgets, bad input kept) and GET/PUT /api/availability/me."""

import io
import json
import zipfile

import pytest
from django.urls import reverse

from mentorhub.availability.models import Availability

pytestmark = pytest.mark.django_db

URL = "/api/availability/me"


def page_form(**changes):
    data = {"buffer_before_minutes": "10", "buffer_after_minutes": "5", "weekly_max": "3"}
    data |= {"day0_0_start": "09:00", "day0_0_end": "12:00", "day0_1_start": "14:00", "day0_1_end": "17:30"}
    return data | changes


def test_the_page_saves_several_ranges_a_day_buffers_and_a_weekly_maximum(personas, client_for):
    client = client_for(personas.mentor)
    response = client.post(
        reverse("availability:edit"),
        page_form(day4_0_start="08:00", day4_0_end="00:00", video_link="https://meet.example/marco"),
    )
    assert response.status_code == 302
    personas.mentor.profile.refresh_from_db()
    assert personas.mentor.profile.video_link == "https://meet.example/marco"
    saved = Availability.objects.get(person=personas.mentor)
    assert saved.weekly_hours == [
        {"weekday": 0, "start": "09:00", "end": "12:00"},
        {"weekday": 0, "start": "14:00", "end": "17:30"},
        {"weekday": 4, "start": "08:00", "end": "00:00"},
    ]
    assert (saved.buffer_before_minutes, saved.buffer_after_minutes, saved.weekly_max) == (10, 5, 3)
    page = client.get(reverse("availability:edit")).content.decode()
    # ISO values in time inputs: anything else renders blank in a browser and is erased on the next save.
    assert 'type="time" name="day0_1_end" value="17:30"' in page
    assert "Europe/London" in page


def test_overlapping_ranges_are_refused_on_the_page_and_everything_typed_stays(personas, client_for):
    client = client_for(personas.mentor)
    response = client.post(reverse("availability:edit"), page_form(day0_1_start="11:00", weekly_max="7"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Monday: two ranges overlap." in page
    assert 'name="day0_1_start" value="11:00"' in page and 'name="weekly_max" value="7"' in page
    assert not Availability.objects.exists()


def test_a_range_given_half_or_backwards_names_the_field_and_saves_nothing(personas, client_for):
    client = client_for(personas.mentor)
    half = client.post(reverse("availability:edit"), page_form(day2_0_start="10:00")).content.decode()
    assert "Give both the start and the end of this range, or neither." in half
    backwards = client.post(reverse("availability:edit"), page_form(day2_0_start="10:00", day2_0_end="09:00"))
    assert "Wednesday: 10:00-09:00 ends before it starts." in backwards.content.decode()
    assert not Availability.objects.exists()


def test_api_put_then_get_returns_the_hours_in_the_person_timezone(personas, client_for):
    client = client_for(personas.mentee)
    body = {
        "weekly_hours": [
            {"weekday": 1, "start": "18:00", "end": "20:00"},
            {"weekday": 1, "start": "07:30", "end": "08:30"},
        ],
        "buffer_before_minutes": 15,
        "weekly_max": 2,
    }
    put = client.put(URL, json.dumps(body), content_type="application/json")
    assert put.status_code == 200, put.content
    got = client.get(URL).json()
    assert got["timezone"] == "Europe/Lisbon"
    assert got["weekly_hours"] == [
        {"weekday": 1, "start": "07:30", "end": "08:30"},
        {"weekday": 1, "start": "18:00", "end": "20:00"},
    ]
    assert (got["buffer_before_minutes"], got["buffer_after_minutes"], got["weekly_max"]) == (15, 0, 2)


def test_api_refuses_bad_hours_with_422_naming_the_field_and_keeps_the_old_ones(personas, client_for):
    client = client_for(personas.mentee)
    good = {"weekly_hours": [{"weekday": 0, "start": "09:00", "end": "10:00"}]}
    assert client.put(URL, json.dumps(good), content_type="application/json").status_code == 200
    for hours, field in [
        ([{"weekday": 0, "start": "25:00", "end": "26:00"}], "weekly_hours"),
        ([{"weekday": 7, "start": "09:00", "end": "10:00"}], "weekly_hours.0.weekday"),
        ([{"weekday": 0, "start": "9am", "end": "10:00"}], "weekly_hours.0.start"),
        ([{"weekday": 3, "start": f"{h:02}:00", "end": f"{h:02}:30"} for h in range(8, 12)], "weekly_hours"),
    ]:
        response = client.put(URL, json.dumps({"weekly_hours": hours}), content_type="application/json")
        assert response.status_code == 422, hours
        assert response.json()["errors"][0]["field"] == field
    assert client.get(URL).json()["weekly_hours"] == good["weekly_hours"]


def test_someone_who_never_set_hours_has_none(personas, client_for):
    got = client_for(personas.outsider).get(URL).json()
    assert got["weekly_hours"] == [] and got["weekly_max"] is None
    assert not Availability.objects.exists()


def test_availability_is_in_the_export_and_gone_with_the_account(personas, client_for):
    client = client_for(personas.mentor)
    client.post(reverse("availability:edit"), page_form(video_link="https://meet.example/marco"))
    archive = zipfile.ZipFile(io.BytesIO(client.post("/account/export/").content))
    exported = json.loads(archive.read("availability.json"))
    assert exported[0]["weekly_max"] == 3 and exported[0]["weekly_hours"][0]["start"] == "09:00"
    assert json.loads(archive.read("profile.json"))["profile"]["video_link"] == "https://meet.example/marco"
    client.post("/account/delete/", {"password": "correct-horse-battery", "confirm": "on"})
    assert not Availability.objects.exists()
    personas.mentor.profile.refresh_from_db()
    assert personas.mentor.profile.video_link == ""
