"""Slot maths: weekly hours on each date's own clock, daylight-saving changes, buffers, the weekly maximum and
busy times (the rules are in availability/slots.py)."""

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from mentorhub.availability.slots import free_slots

LISBON, SAO_PAULO = ZoneInfo("Europe/Lisbon"), ZoneInfo("America/Sao_Paulo")
MONDAY, SUNDAY = 0, 6


def utc(*args):
    return datetime(*args, tzinfo=UTC)


def slots(hours, zone, start, end, minutes=60, **options):
    return free_slots(hours, zone, start=start, end=end, duration=timedelta(minutes=minutes), **options)


def test_nine_in_lisbon_is_nine_utc_in_winter_and_eight_utc_in_summer():
    hours = {MONDAY: [(time(9), time(10))]}
    found = slots(hours, LISBON, utc(2026, 3, 22), utc(2026, 4, 1))
    assert found == [utc(2026, 3, 23, 9), utc(2026, 3, 30, 8)]


def test_sao_paulo_keeps_its_utc_time_when_lisbon_changes_clocks():
    hours = {MONDAY: [(time(9), time(10))]}
    found = slots(hours, SAO_PAULO, utc(2026, 3, 22), utc(2026, 4, 1))
    assert found == [utc(2026, 3, 23, 12), utc(2026, 3, 30, 12)]


def test_the_skipped_hour_of_a_spring_forward_night_offers_nothing():
    # Lisbon, Sunday 29 March 2026: at 01:00 UTC the clock jumps from 01:00 to 02:00.
    found = slots({SUNDAY: [(time(0), time(3))]}, LISBON, utc(2026, 3, 28), utc(2026, 3, 30), minutes=30)
    assert found == [utc(2026, 3, 29, 0), utc(2026, 3, 29, 0, 30), utc(2026, 3, 29, 1), utc(2026, 3, 29, 1, 30)]


def test_a_range_ending_inside_the_skipped_hour_ends_when_the_clock_jumped():
    found = slots({SUNDAY: [(time(0), time(1, 30))]}, LISBON, utc(2026, 3, 28), utc(2026, 3, 30), minutes=30)
    assert found == [utc(2026, 3, 29, 0), utc(2026, 3, 29, 0, 30)]


def test_the_repeated_hour_of_a_fall_back_night_is_offered_once():
    # Lisbon, Sunday 25 October 2026: at 01:00 UTC the clock goes back from 02:00 to 01:00.
    found = slots({SUNDAY: [(time(0), time(3))]}, LISBON, utc(2026, 10, 24), utc(2026, 10, 26), step=timedelta(hours=1))
    assert found == [utc(2026, 10, 24, 23), utc(2026, 10, 25, 0), utc(2026, 10, 25, 2)]


def test_sao_paulo_2018_midnight_skipped_when_daylight_saving_began():
    # Sunday 4 November 2018: Brazil's clocks went from 00:00 straight to 01:00 (-03 to -02).
    found = slots({SUNDAY: [(time(0), time(2))]}, SAO_PAULO, utc(2018, 11, 3), utc(2018, 11, 5), minutes=30)
    assert found == [utc(2018, 11, 4, 3), utc(2018, 11, 4, 3, 30)]


def test_several_ranges_a_day_and_slots_every_step():
    hours = {MONDAY: [(time(9), time(10, 30)), (time(14), time(15))]}
    found = slots(hours, ZoneInfo("UTC"), utc(2026, 11, 30), utc(2026, 12, 1))
    assert found == [utc(2026, 11, 30, 9), utc(2026, 11, 30, 9, 30), utc(2026, 11, 30, 14)]


def test_busy_times_and_meetings_take_out_the_slots_they_overlap_and_only_those():
    hours = {MONDAY: [(time(9), time(13))]}
    meeting = (utc(2026, 11, 30, 10), utc(2026, 11, 30, 10, 45))
    busy = (utc(2026, 11, 30, 12, 15), utc(2026, 11, 30, 12, 30))
    found = slots(hours, ZoneInfo("UTC"), utc(2026, 11, 30), utc(2026, 12, 1), meetings=[meeting], busy=[busy])
    # 09:00-10:00 touches the meeting without overlapping it; 11:00-12:00 is clear of both.
    assert found == [utc(2026, 11, 30, 9), utc(2026, 11, 30, 11)]


def test_buffers_keep_room_before_and_after_each_meeting():
    hours = {MONDAY: [(time(9), time(13))]}
    meeting = [(utc(2026, 11, 30, 11), utc(2026, 11, 30, 11, 30))]
    plain = slots(hours, ZoneInfo("UTC"), utc(2026, 11, 30), utc(2026, 12, 1), minutes=30, meetings=meeting)
    assert utc(2026, 11, 30, 10, 30) in plain and utc(2026, 11, 30, 11, 30) in plain
    padded = slots(
        hours,
        ZoneInfo("UTC"),
        utc(2026, 11, 30),
        utc(2026, 12, 1),
        minutes=30,
        meetings=meeting,
        buffer_before=timedelta(minutes=15),
        buffer_after=timedelta(minutes=15),
    )
    # A new meeting needs 15 minutes after it before the existing one, and 15 before it after the existing one.
    assert utc(2026, 11, 30, 10, 30) not in padded and utc(2026, 11, 30, 11, 30) not in padded
    assert utc(2026, 11, 30, 10) in padded and utc(2026, 11, 30, 12) in padded


def test_a_week_with_its_maximum_of_meetings_offers_no_slot_and_the_next_week_does():
    hours = {day: [(time(9), time(10))] for day in range(5)}
    # Monday 7 December 01:30 UTC is still Sunday evening in São Paulo: it counts for the week of 30 November.
    meetings = [(utc(2026, 11, 30, 12), utc(2026, 11, 30, 13)), (utc(2026, 12, 7, 1, 30), utc(2026, 12, 7, 2))]
    found = slots(hours, SAO_PAULO, utc(2026, 11, 30), utc(2026, 12, 12), meetings=meetings, weekly_max=2)
    assert found == [utc(2026, 12, d, 12) for d in range(7, 12)]
    assert len(slots(hours, SAO_PAULO, utc(2026, 11, 30), utc(2026, 12, 5), meetings=meetings, weekly_max=3)) == 4


def test_only_slots_inside_the_asked_window():
    hours = {MONDAY: [(time(9), time(12))]}
    found = slots(hours, ZoneInfo("UTC"), utc(2026, 11, 30, 9, 30), utc(2026, 11, 30, 11, 30))
    assert found == [utc(2026, 11, 30, 9, 30), utc(2026, 11, 30, 10), utc(2026, 11, 30, 10, 30)]


def test_hours_until_midnight_run_to_the_end_of_the_day():
    found = slots({MONDAY: [(time(23), time(0))]}, ZoneInfo("UTC"), utc(2026, 11, 30), utc(2026, 12, 2))
    assert found == [utc(2026, 11, 30, 23)]
