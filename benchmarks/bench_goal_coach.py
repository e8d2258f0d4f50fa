"""Time the SMART goal coach and report its agreement with the labelled examples.

Run from anywhere: python benchmarks/bench_goal_coach.py
"""

import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mentorhub.coach.goals import assess_goal  # noqa: E402

EXAMPLES = ROOT.parent / "shared" / "coach-examples" / "goals.jsonl"
LABELS = ("specific", "measurable", "time_bound")
BUDGET_MS = 5.0
CALLS = 2000
TODAY = date(2026, 6, 1)

# Prefixes and suffixes that change the phrasing and the time expression of each example goal.
PREFIXES = ("", "I want to ", "My goal is to ", "Over the coming months I will ")
SUFFIXES = ("", " by 30 June 2027", " within 10 weeks", " soon", " next quarter", " in Q3 2027")


def load_examples() -> list[dict]:
    with EXAMPLES.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def variants(texts: list[str]) -> list[str]:
    goals = []
    for prefix in PREFIXES:
        for suffix in SUFFIXES:
            for text in texts:
                body = text.rstrip(".")
                goals.append(f"{prefix}{body[0].lower() if prefix else body[0]}{body[1:]}{suffix}.")
    return goals


def time_calls(goals: list[str]) -> list[float]:
    timings = []
    for i in range(CALLS):
        start = time.perf_counter()
        assess_goal(goals[i % len(goals)], today=TODAY)
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def main() -> None:
    examples = load_examples()
    goals = variants([example["text"] for example in examples])
    timings = sorted(time_calls(goals))
    mean = statistics.fmean(timings)
    p95 = timings[int(0.95 * len(timings)) - 1]
    print(f"{CALLS} calls over {len(goals)} goals")
    print(f"mean {mean:.3f} ms, p95 {p95:.3f} ms per goal")
    print(f"p95 is {p95 / BUDGET_MS:.1%} of the {BUDGET_MS:g} ms budget")

    print(f"\nagreement on {len(examples)} examples ({EXAMPLES.name}):")
    results = [assess_goal(example["text"], today=TODAY) for example in examples]
    for label in LABELS:
        misses = [ex for res, ex in zip(results, examples, strict=True) if getattr(res, label) != ex[label]]
        agree = len(examples) - len(misses)
        print(f"  {label:<11} {agree}/{len(examples)} = {agree / len(examples):.0%}")
        for example in misses:
            print(f"    disagrees on {example['id']}: {example['text']}")


if __name__ == "__main__":
    main()
