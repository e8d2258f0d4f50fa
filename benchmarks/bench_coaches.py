"""Time the three coaches on our own evaluation sets and check the 5 ms per text budget.

Run from anywhere: python benchmarks/bench_coaches.py
Every text of benchmarks/coach_eval/{goals,outreach,feedback}.jsonl is assessed repeatedly (outreach with
research notes, its slowest path); the script prints mean, p95 and worst time per text and exits 1 if the p95
of any coach is over budget. Agreement with the labels is evaluate.py's job.
"""

import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mentorhub.coach.feedback import assess_feedback  # noqa: E402
from mentorhub.coach.goals import assess_goal  # noqa: E402
from mentorhub.coach.outreach import assess_message  # noqa: E402

SETS = ROOT / "benchmarks" / "coach_eval"
BUDGET_MS = 5.0
CALLS = 3000
TODAY = date(2026, 11, 30)
NOTES = "Spoke at the Lisbon Product Summit on discovery interviews; built the analytics team at Fieldstone."
COACHES = {
    "goals": lambda text: assess_goal(text, today=TODAY),
    "outreach": lambda text: assess_message(text, recipient_name="Marco", research_notes=NOTES),
    "feedback": assess_feedback,
}


def texts(kind: str) -> list[str]:
    with (SETS / f"{kind}.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def main() -> int:
    over = False
    for kind, assess in COACHES.items():
        items = texts(kind)
        timings = []
        for i in range(CALLS):
            start = time.perf_counter()
            assess(items[i % len(items)])
            timings.append((time.perf_counter() - start) * 1000)
        timings.sort()
        p95 = timings[int(0.95 * len(timings)) - 1]
        print(
            f"{kind:9s} {CALLS} calls over {len(items)} texts: mean {statistics.fmean(timings):.3f} ms, "
            f"p95 {p95:.3f} ms, worst {timings[-1]:.3f} ms (budget {BUDGET_MS:g} ms)"
        )
        over = over or p95 > BUDGET_MS
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
