"""Score the coaches on our own labelled sets: per-label agreement and how often a confident verdict is right.

Run from the project root:
    python benchmarks/coach_eval/evaluate.py                     # every coach, both splits
    python benchmarks/coach_eval/evaluate.py goals --split dev --show-misses
    python benchmarks/coach_eval/evaluate.py goals --split test --source goals_heldout_s6.txt   # one raw file only

Misses are only ever listed for the dev split: the test split is for reporting, never for tuning.
"""

import argparse
import hashlib
import importlib
import json
import pathlib
import sys
from datetime import date

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

# The day the sets were written: "by March 2027" is ahead of it, "by March 2024" behind.
TODAY = date(2026, 11, 30)
COACHES = {
    "goals": ("mentorhub.coach.goals", "assess_goal", {"today": TODAY}),
    "outreach": ("mentorhub.coach.outreach", "assess_message", {}),
    "feedback": ("mentorhub.coach.feedback", "assess_feedback", {}),
}
LABELS = {
    "goals": ("specific", "measurable", "time_bound"),
    "outreach": ("personalization", "clear_ask", "flexibility", "gratitude", "premature_ask"),
    "feedback": ("specific", "actionable", "behavioural", "balanced"),
}


def load(kind: str) -> list[dict]:
    with (HERE / f"{kind}.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def coach_for(kind: str):
    module, name, kwargs = COACHES[kind]
    try:
        assess = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None
    return lambda text: assess(text, **kwargs).to_dict()


def score(kind: str, rows: list[dict], assess) -> dict:
    verdicts = [assess(r["text"]) for r in rows]
    result = {"n": len(rows), "labels": {}, "misses": {}}
    for label in LABELS[kind]:
        cases = [(r, v) for r, v in zip(rows, verdicts, strict=True) if r[label] is not None]
        wrong = [(r, v) for r, v in cases if bool(v[label]) != r[label]]
        sure = [(r, v) for r, v in cases if v["confident"]]
        sure_right = sum(bool(v[label]) == r[label] for r, v in sure)
        result["labels"][label] = {
            "accuracy": 1 - len(wrong) / len(cases),
            "confident_precision": sure_right / len(sure) if sure else None,
        }
        result["misses"][label] = wrong
    confident = [(r, v) for r, v in zip(rows, verdicts, strict=True) if v["confident"]]
    right = [(r, v) for r, v in confident if all(r[lab] is None or bool(v[lab]) == r[lab] for lab in LABELS[kind])]
    result["confident"] = len(confident)
    result["confident_right"] = len(right)
    result["confident_wrong"] = [(r, v) for r, v in confident if (r, v) not in right]
    return result


def from_source(kind: str, source: str) -> set[str]:
    """The ids of the texts in one raw file, so a held-out set can be scored on its own."""
    lines = (HERE / "raw" / source).read_text(encoding="utf-8").splitlines()
    return {kind[0] + hashlib.sha1(line.split("|", 1)[1].encode()).hexdigest()[:7] for line in lines if line.strip()}


def report(kind: str, split: str, show_misses: bool, source: str | None = None) -> dict | None:
    assess = coach_for(kind)
    if assess is None:
        print(f"{kind}: no coach yet")
        return None
    rows = [r for r in load(kind) if r["split"] == split]
    if source:
        ids = from_source(kind, source)
        rows = [r for r in rows if r["id"] in ids]
    result = score(kind, rows, assess)
    print(f"{kind} [{split}{', ' + source if source else ''}] {result['n']} texts")
    for label, figures in result["labels"].items():
        precision = figures["confident_precision"]
        shown = f"{precision:.1%}" if precision is not None else "-"
        print(f"  {label:16s} accuracy {figures['accuracy']:.1%}   right when confident {shown}")
    n, right = result["confident"], result["confident_right"]
    share = f"{right / n:.1%}" if n else "-"
    print(f"  confident verdicts: {n}/{result['n']}, right on every label: {right}/{n} = {share}")
    if show_misses and split == "dev":
        for label, wrong in result["misses"].items():
            for r, v in wrong:
                mark = "CONFIDENT " if v["confident"] else ""
                print(f"    {mark}{label}: expected {r[label]!s:5s} {r['id']}: {r['text'][:150]}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kinds", nargs="*", default=list(COACHES))
    parser.add_argument("--split", choices=["dev", "test"], action="append")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--source", help="score only the texts of this file in raw/, e.g. goals_heldout_s6.txt")
    args = parser.parse_args()
    for kind in args.kinds:
        for split in args.split or ["dev", "test"]:
            report(kind, split, args.show_misses, args.source)


if __name__ == "__main__":
    main()
