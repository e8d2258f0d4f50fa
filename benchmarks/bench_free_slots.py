"""Time free-slot computation: a month of weekly hours against 500 busy events (issue #21's target: < 20 ms).

Run from anywhere: python benchmarks/bench_free_slots.py

Exactly the issue's case: one person's weekly hours over a month, and 500 busy intervals (their scheduled meetings
plus the busy events of their calendars, as availability.services.free_slots_of passes them). Wall-clock time and
CPU time are both printed: on a shared machine the CPU time is the figure that does not depend on the neighbours.
"""

import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mentorhub.availability.slots import free_slots

BUDGET_MS = 20.0
RUNS = 200
BUSY_EVENTS = 500
START = datetime(2026, 3, 1, tzinfo=UTC)  # March: the month Lisbon changes its clocks
END = START + timedelta(days=31)
# Weekdays 08:00-12:00 and 13:00-18:00, Saturday morning: about 9 hours a day, slots every 15 minutes.
HOURS = {day: [(clock(8), clock(12)), (clock(13), clock(18))] for day in range(5)} | {5: [(clock(9), clock(12))]}


def busy_events(rng: random.Random) -> list[tuple[datetime, datetime]]:
    events = []
    for _ in range(BUSY_EVENTS):
        begin = START + timedelta(minutes=15 * rng.randrange(31 * 24 * 4))
        events.append((begin, begin + timedelta(minutes=rng.choice((15, 30, 45, 60, 90)))))
    return events


def main() -> None:
    rng = random.Random(21)
    busy = busy_events(rng)
    meetings = busy[:40]
    timings, cpu, found = [], [], []
    for _ in range(RUNS):
        started, started_cpu = time.perf_counter(), time.process_time()
        found = free_slots(
            HOURS,
            ZoneInfo("Europe/Lisbon"),
            start=START,
            end=END,
            duration=timedelta(minutes=30),
            meetings=meetings,
            busy=busy[40:],
            buffer_before=timedelta(minutes=10),
            buffer_after=timedelta(minutes=10),
            weekly_max=12,
            step=timedelta(minutes=15),
        )
        timings.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    assert len(busy) == BUSY_EVENTS
    p50, p95 = percentiles(timings)
    cpu50, cpu95 = percentiles(cpu)
    print(f"free slots, a month of hours, {BUSY_EVENTS} busy events ({len(meetings)} of them meetings): "
          f"{len(found)} slots")  # fmt: skip
    print(f"  p50 {p50:.2f} ms, p95 {p95:.2f} ms over {RUNS} runs (target < {BUDGET_MS:.0f} ms: p95 is "
          f"{100 * p95 / BUDGET_MS:.0f} % of it)")  # fmt: skip
    print(f"  CPU time p50 {cpu50:.2f} ms, p95 {cpu95:.2f} ms")


def percentiles(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered), ordered[int(0.95 * len(ordered)) - 1]


if __name__ == "__main__":
    main()
