"""Time the outreach coach and report its agreement with the labelled examples.

Run from anywhere: python benchmarks/bench_outreach_coach.py
"""

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mentorhub.coach.outreach import assess_message  # noqa: E402

EXAMPLES = ROOT.parent / "shared" / "coach-examples" / "outreach.jsonl"
LABELS = ("personalization", "clear_ask", "flexibility", "gratitude", "premature_ask")
BUDGET_MS = 5.0
CALLS = 2000
# Research notes make the coach compare every sentence with them, the slowest path.
NOTES = "Spoke at the Lisbon Product Summit on discovery interviews; built the analytics team at Fieldstone."


def load_examples() -> list[dict]:
    with EXAMPLES.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def time_calls(texts: list[str]) -> list[float]:
    timings = []
    for i in range(CALLS):
        start = time.perf_counter()
        assess_message(texts[i % len(texts)], recipient_name="Marco", research_notes=NOTES)
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def main() -> None:
    examples = load_examples()
    texts = [example["text"] for example in examples]
    timings = sorted(time_calls(texts))
    mean = statistics.fmean(timings)
    p95 = timings[int(0.95 * len(timings)) - 1]
    print(f"{CALLS} calls over {len(texts)} messages")
    print(f"mean {mean:.3f} ms, p95 {p95:.3f} ms per message")
    print(f"p95 is {p95 / BUDGET_MS:.1%} of the {BUDGET_MS:g} ms budget")

    print(f"\nagreement on {len(examples)} examples ({EXAMPLES.name}):")
    results = [assess_message(text) for text in texts]
    for label in LABELS:
        agree = sum(getattr(result, label) == example[label] for result, example in zip(results, examples, strict=True))
        print(f"  {label:<15} {agree}/{len(examples)} = {agree / len(examples):.0%}")
        for result, example in zip(results, examples, strict=True):
            if getattr(result, label) != example[label]:
                print(f"    disagrees on {example['id']}: {example['text']}")


if __name__ == "__main__":
    main()
