"""A person's timezone, today and clock, the same in every app."""

import math
import subprocess
import sys
from datetime import UTC, date, datetime

import pytest
import time_machine

from mentorhub.lib.i18n import local_label
from mentorhub.lib.time import local_now, today_for, utc_offset_hours, zone_named, zone_names, zone_of

pytestmark = pytest.mark.django_db


def with_zone(person, name):
    person.profile.timezone = name
    person.profile.save(update_fields=["timezone"])
    return person


@time_machine.travel(datetime(2026, 11, 30, 11, 30, tzinfo=UTC), tick=False)
def test_auckland_is_already_on_tomorrow_just_after_its_midnight(personas):
    auckland = with_zone(personas.mentee, "Pacific/Auckland")
    assert today_for(auckland) == date(2026, 12, 1)
    assert today_for(with_zone(personas.mentor, "Europe/London")) == date(2026, 11, 30)
    assert local_now(auckland).strftime("%H:%M") == "00:30"


@time_machine.travel(datetime(2026, 12, 1, 0, 30, tzinfo=UTC), tick=False)
def test_honolulu_is_still_on_yesterday_after_utc_midnight(personas):
    assert today_for(with_zone(personas.mentee, "Pacific/Honolulu")) == date(2026, 11, 30)


@pytest.mark.parametrize("name", ["", "Mars/Olympus_Mons", "America", "../../etc/passwd", None])
def test_an_empty_or_unknown_zone_falls_back_to_utc(personas, name):
    person = personas.mentee
    person.profile.timezone = name
    assert zone_of(person).key == "UTC"
    assert zone_named(name).key == "UTC"


def test_someone_without_a_profile_gets_utc():
    assert zone_of(object()).key == "UTC"


def test_a_moment_is_labelled_in_the_readers_own_zone(personas):
    moment = datetime(2026, 3, 5, 8, 7, tzinfo=UTC)
    assert local_label(moment, with_zone(personas.mentee, "Europe/Paris")) == "Thu 5 Mar 2026, 09:07 (Europe/Paris)"
    assert local_label(moment, with_zone(personas.mentor, "America/New_York")).startswith("Thu 5 Mar 2026, 03:07")


def test_utc_offsets_follow_daylight_saving_and_an_unknown_zone_is_not_utc():
    winter, summer = datetime(2026, 1, 15, tzinfo=UTC), datetime(2026, 7, 15, tzinfo=UTC)
    assert (utc_offset_hours("Europe/Lisbon", winter), utc_offset_hours("Europe/Lisbon", summer)) == (0, 1)
    assert utc_offset_hours("Asia/Kolkata", winter) == 5.5
    assert utc_offset_hours("Pacific/Auckland", winter) == 13
    assert math.isnan(utc_offset_hours("Nowhere/Special", winter))
    assert math.isnan(utc_offset_hours(None, winter))


def test_pure_modules_can_use_it_without_django():
    code = (
        "import sys, mentorhub.lib.time, mentorhub.lib.text; sys.exit(any(m.startswith('django') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_zone_names_are_the_zones_a_person_can_choose():
    assert {"Europe/Lisbon", "America/Sao_Paulo", "Pacific/Auckland", "UTC"} <= zone_names()
    assert not {"", "America", "Mars/Olympus_Mons", "europe/lisbon"} & zone_names()
