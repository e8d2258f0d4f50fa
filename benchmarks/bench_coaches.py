"""Time the three coaches on our own evaluation sets and check the 5 ms per text budget.

Run from anywhere: python benchmarks/bench_coaches.py
Every text of benchmarks/coach_eval/{goals,outreach,feedback}.jsonl is assessed repeatedly (outreach with
research notes, its slowest path). The budget is checked on CPU time per text (time.thread_time), which is what
the code costs; wall time is printed beside it because on a machine shared with other work it mostly measures the
wait for a core. Exits 1 if the CPU-time p95 of any coach is over budget. Agreement is evaluate.py's job.
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
        cpu, wall = [], []
        for i in range(CALLS):
            start, start_cpu = time.perf_counter(), time.thread_time()
            assess(items[i % len(items)])
            cpu.append((time.thread_time() - start_cpu) * 1000)
            wall.append((time.perf_counter() - start) * 1000)
        cpu.sort()
        wall.sort()
        p95 = cpu[int(0.95 * len(cpu)) - 1]
        print(
            f"{kind:9s} {CALLS} calls over {len(items)} texts: CPU mean {statistics.fmean(cpu):.3f} ms, "
            f"p95 {p95:.3f} ms (budget {BUDGET_MS:g} ms); wall mean {statistics.fmean(wall):.3f} ms, "
            f"p95 {wall[int(0.95 * len(wall)) - 1]:.3f} ms"
        )
        over = over or p95 > BUDGET_MS
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
